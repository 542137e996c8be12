"""The "Translation review" workflow: a moderator approves a translation before it goes live.

On when settings.TRANSLATION_REVIEW_WORKFLOW is true; `setup_groups` then assigns it to every
translated tree (it takes precedence there over the workflow on the root page). Translators then
hold no publish permission (translations.groups), so their only way to publish is to submit.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
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


def save_translation_draft(translation, user):
    """A new draft revision of the translated page from the current strings, leaving the live
    page untouched.

    wagtail-localize's own draft save (`save_target(publish=False)`) also writes the draft's
    content into the page row, i.e. onto the public page, before anyone approved it. So it runs
    in a savepoint that is rolled back, keeping only the revision's content; the revision is
    then saved on the live page, which Wagtail does without touching its content columns.
    """
    with transaction.atomic():
        savepoint = transaction.savepoint()
        translation.save_target(user=user, publish=False)
        content = translation.get_target_instance().get_latest_revision().content
        transaction.savepoint_rollback(savepoint)
    page = translation.get_target_instance()
    return page.with_content_json(content).save_revision(user=user, log_action=True)


def submit_for_review(translation, user):
    """Save the translator's strings as a draft of the translated page and send it into the
    page's workflow. wagtail-localize's editor only offers "Publish", which a translator
    without publish permission cannot use; this is their way to hand the page to a moderator.
    Returns the workflow state (None when no workflow applies to the page)."""
    save_translation_draft(translation, user)
    page = translation.get_target_instance()
    workflow = page.get_workflow()
    if workflow is None:
        return None
    state = page.current_workflow_state
    if state is None:
        return workflow.start(page, user)
    if state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user)
    return state
