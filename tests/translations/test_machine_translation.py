"""A machine draft fills what is untranslated, and stays marked as machine-made until a person
edits it. The backend comes from the environment (DeepL, LibreTranslate, or none)."""

from urllib.parse import urlencode

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from translations.machine_settings import machine_translator

pytestmark = pytest.mark.django_db
FAKE = {"CLASS": "tests.translations.fake_translator.TaggingTranslator"}


def test_backend_chosen_from_the_environment():
    assert machine_translator({}) is None
    deepl = machine_translator({"DEEPL_API_KEY": "k:fx", "LIBRETRANSLATE_URL": "http://lt"})
    assert deepl["CLASS"].endswith("DeepLTranslator") and deepl["OPTIONS"]["AUTH_KEY"] == "k:fx"
    libre = machine_translator({"LIBRETRANSLATE_URL": "http://lt.example/"})
    assert libre["CLASS"].endswith("LibreTranslator")
    assert libre["OPTIONS"] == {"LIBRETRANSLATE_URL": "http://lt.example", "API_KEY": ""}


@pytest.fixture
def untranslated(petition_en, petition_es):
    """The Spanish petition's translation with every string's Spanish text removed."""
    es = Locale.objects.get(language_code="es")
    translation = Translation.objects.get(
        source__object_id=petition_en.translation_key, target_locale=es
    )
    StringTranslation.objects.filter(
        locale=es, context__object_id=petition_en.translation_key
    ).delete()
    return translation


def segment_translations(translation):
    segments = StringSegment.objects.filter(source=translation.source)
    return StringTranslation.objects.filter(
        locale=translation.target_locale,
        context__in=segments.values("context"),
        translation_of__in=segments.values("string"),
    )


def test_translator_drafts_by_machine_then_reviews_one_segment(
    client, member, settings, untranslated, petition_es
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = FAKE
    client.force_login(member("Spanish translators"))
    editor_url = f"/admin/pages/{petition_es.pk}/edit/"
    machine_url = f"/admin/localize/translate/{untranslated.pk}/machine_translate/"
    assert machine_url in client.get(editor_url).content.decode()

    response = client.post(machine_url, {"next": editor_url})
    assert response.status_code == 302 and response["Location"] == editor_url

    drafts = segment_translations(untranslated)
    segments = StringSegment.objects.filter(source=untranslated.source)
    assert drafts.count() == segments.count() > 3
    assert {d.translation_type for d in drafts} == {StringTranslation.TRANSLATION_TYPE_MACHINE}
    assert {d.tool_name for d in drafts} == {"Tagging test translator"}
    assert all(d.data.startswith("[es] ") for d in drafts)

    # A person corrects one segment: it is theirs now; the others stay machine drafts.
    segment = segments.select_related("string").first()
    edit = f"/admin/localize/translate/{untranslated.pk}/strings/{segment.pk}/edit/"
    response = client.put(
        edit,
        urlencode({"value": "Texto revisado"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    reviewed = drafts.get(translation_of=segment.string, context=segment.context)
    assert reviewed.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL
    assert reviewed.data == "Texto revisado"
    assert drafts.filter(translation_type="machine").count() == segments.count() - 1


def test_machine_translation_is_off_without_a_backend(
    client, member, settings, untranslated, petition_es
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    client.force_login(member("Spanish translators"))
    url = f"/admin/localize/translate/{untranslated.pk}/machine_translate/"
    assert url not in client.get(f"/admin/pages/{petition_es.pk}/edit/").content.decode()
    # A 404 (which the locale middleware turns into a redirect to a language-prefixed URL).
    assert client.post(url).status_code in (302, 404)
    assert not segment_translations(untranslated).exists()
