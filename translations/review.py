"""The "Translation review" workflow: a moderator approves a translation before it goes live.

On when settings.TRANSLATION_REVIEW_WORKFLOW is true; `setup_groups` then assigns it to every
translated tree (it takes precedence there over the workflow on the root page). Translators then
hold no publish permission (translations.groups), so their only way to publish is to submit.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Locale, Page, Workflow, WorkflowPage, WorkflowTask

WORKFLOW_NAME = "Translation review"
REVIEWERS = "Moderators"


def translated_roots():
    return Page.objects.filter(depth=2).exclude(locale=Locale.get_default())


def ensure_review_workflow():
    """Create and assign the workflow when the setting is on; unassign it when off."""
    if not settings.TRANSLATION_REVIEW_WORKFLOW:
        WorkflowPage.objects.filter(workflow__name=WORKFLOW_NAME).delete()
        return None
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task, _created = GroupApprovalTask.objects.get_or_create(name=WORKFLOW_NAME)
    task.groups.set([Group.objects.get(name=REVIEWERS)])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in translated_roots():
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow
