"""With TRANSLATION_REVIEW_WORKFLOW on, a translator submits and a moderator publishes."""

import io
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from wagtail.models import GroupPagePermission
from wagtail_localize.models import StringSegment, Translation

from translations.review import WORKFLOW_NAME

pytestmark = pytest.mark.django_db


@pytest.fixture
def review_on(settings, groups):
    settings.TRANSLATION_REVIEW_WORKFLOW = True
    call_command("setup_groups", stdout=io.StringIO())


def test_setup_groups_assigns_the_workflow_and_withholds_publishing(
    review_on, settings, home_es, home_en, petition_es, petition_en
):
    assert petition_es.get_workflow().name == WORKFLOW_NAME
    assert petition_en.get_workflow() is None or petition_en.get_workflow().name != WORKFLOW_NAME
    translator_perms = GroupPagePermission.objects.filter(group__name__endswith="ranslators")
    assert "publish_page" not in {gp.permission.codename for gp in translator_perms}

    # Turned off again: translators publish themselves, and the workflow leaves the tree.
    settings.TRANSLATION_REVIEW_WORKFLOW = False
    call_command("setup_groups", stdout=io.StringIO())
    petition_es.refresh_from_db()
    workflow = petition_es.get_workflow()
    assert workflow is None or workflow.name != WORKFLOW_NAME
    assert translator_perms.filter(permission__codename="publish_page").exists()


def test_translator_submits_moderator_approves_page_goes_live(
    review_on, client, member, petition_en, petition_es, django_capture_on_commit_callbacks
):
    translation = Translation.objects.get(
        source__object_id=petition_en.translation_key, target_locale=petition_es.locale
    )
    title = StringSegment.objects.get(source=translation.source, string__data=petition_en.title)
    old_title = petition_es.title
    editor = f"/admin/pages/{petition_es.pk}/edit/"

    translator = member("Spanish translators")
    client.force_login(translator)
    page = client.get(editor).content.decode()
    assert "Submit for review" in page
    # Publishing from the translation editor is refused without review.
    refused = client.post(editor, {"action": "publish"})
    assert refused.status_code in (302, 403) and refused.get("Location") != editor

    response = client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{title.pk}/edit/",
        urlencode({"value": "Firma revisada por la moderación"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/translation-review/{translation.pk}/submit/")
    assert response.status_code == 302 and response["Location"] == editor
    petition_es.refresh_from_db()
    state = petition_es.current_workflow_state
    assert state is not None and state.workflow.name == WORKFLOW_NAME
    assert "Waiting for review" in client.get(editor).content.decode()
    # Until approved, the public reads the published Spanish page.
    assert old_title in client.get(petition_es.url).content.decode()

    # A moderator approves: the translation is live.
    client.force_login(member("Moderators"))
    task_state = state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/workflow/action/{petition_es.pk}/approve/{task_state.pk}/",
            {"comment": ""},
        )
    assert response.status_code in (200, 302)
    petition_es.refresh_from_db()
    assert petition_es.current_workflow_state is None
    assert petition_es.title == "Firma revisada por la moderación"
    assert "Firma revisada por la moderación" in client.get(petition_es.url).content.decode()
