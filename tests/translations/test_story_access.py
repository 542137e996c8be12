"""A story a member of the public told stays with the Campaign data group until it is
published: a translator cannot open an unpublished story, its translation, its history or its
place in any list, nor send it to translation. A published story is theirs to translate. The
translation status report names stories by number only."""

import pytest
from django.contrib.auth.models import User
from wagtail.models import Locale
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation, TranslationSource

from campaigns.models import Story
from tests.factories import make_user

pytestmark = pytest.mark.django_db

TRANSLATORS = ["Translators", "Spanish translators"]
RAW_TITLE = "We crossed at night with Maribel"
RAW_TEXT = "My name is Maribel Quispe and my cousin still lives at 14 Calle Norte."
SNIPPETS = "/admin/snippets/campaigns/story"
FORBIDDEN = (302, 403, 404)


@pytest.fixture
def unpublished():
    """What approving a submission makes: a draft copied from the teller's words, and (as if
    someone sent it to translation before staff edited it) its Spanish copy."""
    english = Story(
        locale=Locale.objects.get(language_code="en"),
        title=RAW_TITLE,
        text=RAW_TEXT,
        attribution="Maribel",
        live=False,
    )
    english.save()
    english.save_revision()
    source, _created = TranslationSource.get_or_create_from_instance(english)
    spanish = english.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.live = False
    spanish.save()
    Translation.objects.create(source=source, target_locale=spanish.locale)
    return english, spanish


def published_pair():
    """A story published in English and in Spanish, as staff publish an approved one."""
    english = Story(
        locale=Locale.objects.get(language_code="en"),
        title="Test story: the night ferry",
        text="We waited for the night ferry and a volunteer brought us blankets.",
        attribution="Rosa",
    )
    english.save()
    english.save_revision().publish()
    # Sent to translation through wagtail-localize, as staff do once it is published.
    source, _created = TranslationSource.get_or_create_from_instance(english)
    spanish = english.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.title = "Historia de prueba: el ferry nocturno"
    spanish.save()
    spanish.save_revision().publish()
    Translation.objects.create(source=source, target_locale=spanish.locale)
    english.refresh_from_db()
    spanish.refresh_from_db()
    assert english.live and spanish.live
    return english, spanish


def shows_story(response):
    text = response.content.decode()
    return RAW_TITLE in text or "Calle Norte" in text or "Maribel</" in text


@pytest.mark.parametrize("group", TRANSLATORS)
def test_a_translator_opens_neither_an_unpublished_story_nor_its_translation(
    client, member, group, unpublished
):
    client.force_login(member(group))
    for story in unpublished:
        for view in ("edit", "history", "usage", "delete"):
            response = client.get(f"{SNIPPETS}/{view}/{story.pk}/")
            assert response.status_code in FORBIDDEN, (view, story.locale)
            assert not shows_story(response)
        response = client.post(f"{SNIPPETS}/edit/{story.pk}/", {"title": "x", "text": "y"})
        assert response.status_code in FORBIDDEN
    english, spanish = unpublished
    spanish.refresh_from_db()
    assert spanish.title == RAW_TITLE
    # The translation editor's own requests: the PO file holds every string of the story.
    translation = Translation.objects.get(source__object_id=english.translation_key)
    for route in ("pofile/download/", "preview/"):
        response = client.get(f"/admin/localize/translate/{translation.pk}/{route}")
        assert response.status_code in FORBIDDEN, route
        assert not shows_story(response)


@pytest.mark.parametrize("group", TRANSLATORS)
def test_a_translator_finds_no_unpublished_story_in_any_list(client, member, group, unpublished):
    client.force_login(member(group))
    for url in (
        f"{SNIPPETS}/",
        f"{SNIPPETS}/?locale=en",
        f"{SNIPPETS}/?locale=es",
        f"{SNIPPETS}/?q=crossed",
        "/admin/snippets/choose/campaigns/story/",
        "/admin/snippets/choose/campaigns/story/results/?q=crossed",
        "/admin/localize/api/snippets/campaigns/story/",
        "/admin/reports/translation-status/?locale=es",
        "/admin/localize/reports/translations/",
        "/admin/localize/reports/translations/results/",
    ):
        response = client.get(url)
        assert not shows_story(response), url


@pytest.mark.parametrize("group", TRANSLATORS)
def test_a_translator_cannot_send_an_unpublished_story_to_translation(
    client, member, group, unpublished
):
    english, _spanish = unpublished
    client.force_login(member(group))
    url = f"/admin/localize/submit/snippet/campaigns/story/{english.pk}/"
    assert client.get(url).status_code in FORBIDDEN
    assert (
        client.post(url, {"locales": [Locale.objects.get(language_code="es").pk]}).status_code
        in FORBIDDEN
    )


@pytest.mark.parametrize("group", TRANSLATORS)
def test_a_translator_translates_a_published_story(client, member, group):
    english, spanish = published_pair()
    client.force_login(member(group))
    response = client.get(f"{SNIPPETS}/edit/{spanish.pk}/")
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]
    assert (
        client.get(f"/admin/localize/submit/snippet/campaigns/story/{english.pk}/").status_code
        == 200
    )
    assert spanish.title in client.get(f"{SNIPPETS}/?locale=es").content.decode()
    # The story in the language it was told in stays with the Campaign data group.
    assert client.get(f"{SNIPPETS}/edit/{english.pk}/").status_code in FORBIDDEN


def test_the_campaign_data_group_opens_and_lists_unpublished_stories(client, member, unpublished):
    english, spanish = unpublished
    client.force_login(member("Campaign data"))
    assert client.get(f"{SNIPPETS}/edit/{english.pk}/").status_code == 200
    assert client.get(f"{SNIPPETS}/edit/{spanish.pk}/").status_code == 200
    assert RAW_TITLE in client.get(f"{SNIPPETS}/?locale=en").content.decode()


def test_the_policy_follows_publication(groups, unpublished):
    translator = make_user("t", groups=["Translators"])
    policy = policy_registry.get_by_type(Story)
    english, spanish = unpublished
    assert translator.has_perm("campaigns.change_story")  # per model: Wagtail's only grant
    assert not policy.user_has_permission_for_instance(translator, "change", spanish)
    english.save_revision().publish()
    translator = User.objects.get(pk=translator.pk)
    assert policy.user_has_permission_for_instance(translator, "change", spanish)
    assert not policy.user_has_permission_for_instance(translator, "change", english)
    assert not policy.user_has_permission_for_instance(translator, "delete", spanish)
    assert not policy.user_has_permission_for_instance(translator, "publish", spanish)


@pytest.mark.parametrize("group", ["Translators", "Editors", "Moderators"])
def test_the_status_report_shows_no_story_text(client, member, group, unpublished):
    english, _spanish = published_pair()
    client.force_login(member(group))
    response = client.get("/admin/reports/translation-status/", {"locale": "es"})
    assert response.status_code == 200
    html = response.content.decode()
    assert not shows_story(response)
    for story in Story.objects.all():
        assert story.title not in html
        assert story.text[:40] not in html
    assert f"Story #{english.pk}" in html
    assert f"Story #{unpublished[0].pk}" not in html


def test_wagtail_localizes_translations_report_names_an_unpublished_story_to_staff_only(
    client, member, unpublished
):
    url = "/admin/localize/reports/translations/"
    client.force_login(member("Editors"))
    response = client.get(url)
    assert response.status_code == 200
    assert not shows_story(response)
    client.force_login(member("Campaign data"))
    assert RAW_TITLE in client.get(url).content.decode()
