"""Translators outside the CMS work on PO files; a changed English page flags its translations.

wagtail-localize publishes in on_commit callbacks: the tests run them with
django_capture_on_commit_callbacks (inside a test's transaction they would never run).
"""

import polib
import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from translations.status import translation_state

pytestmark = pytest.mark.django_db


@pytest.fixture
def translation(petition_en):
    return Translation.objects.get(
        source__object_id=petition_en.translation_key, target_locale__language_code="es"
    )


def entries(po):
    return {(e.msgctxt, e.msgid): e.msgstr for e in po}


def test_po_round_trip_publishes_the_edited_text_at_es(
    client, translation, petition_en, petition_es, django_capture_on_commit_callbacks
):
    exported = translation.export_po()
    assert exported.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
    before = entries(exported)
    assert all(before.values()), "the demo petition is fully translated"

    # The file goes out and comes back (as a translator's tool would write it), one string changed.
    title = next(e for e in exported if e.msgid == petition_en.title)
    title.msgstr = "Firma: un asilo digno para todas las personas"
    returned = polib.pofile(exported.__unicode__())
    assert translation.import_po(returned) == []

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    petition_es.refresh_from_db()
    assert petition_es.title == "Firma: un asilo digno para todas las personas"
    page = client.get(petition_es.url)
    assert page.status_code == 200
    assert "Firma: un asilo digno para todas las personas" in page.content.decode()

    # Nothing else was lost on the way: exporting again gives the same file but that string.
    after = entries(translation.export_po())
    changed = {key for key in before if before[key] != after[key]}
    assert set(after) == set(before)
    assert changed == {(title.msgctxt, title.msgid)}


def test_changed_english_page_flags_the_spanish_one_until_synced_and_translated(
    client, member, groups, translation, petition_en, petition_es,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    es = Locale.objects.get(language_code="es")
    old_spanish_title = petition_es.title
    assert translation_state(translation) == "published"

    # An editor changes the English title and publishes.
    petition_en.title = "Sign now: safe passage for every family"
    with django_capture_on_commit_callbacks(execute=True):
        petition_en.save_revision().publish()
    assert translation_state(translation) == "out of date"  # the English moved on

    # The translator syncs (Translate → "Sync translated pages"), without publishing.
    client.force_login(member("Spanish translators"))
    source = translation.source
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/localize/update/{source.pk}/", {})
    assert response.status_code == 302
    source.refresh_from_db()
    translation.refresh_from_db()

    # Exactly the changed string waits for a translation; the rest keep theirs.
    waiting = [
        s.string.data
        for s in StringSegment.objects.filter(source=source).select_related("string")
        if not StringTranslation.objects.filter(
            translation_of=s.string, context=s.context, locale=es
        ).exists()
    ]
    assert waiting == ["Sign now: safe passage for every family"]
    assert translation_state(translation) == "out of date"

    # Meanwhile the published Spanish page still serves the old translation.
    page = client.get(petition_es.url).content.decode()
    assert old_spanish_title in page and "safe passage" not in page

    # The translator translates just that string and publishes: up to date again.
    segment = StringSegment.objects.get(source=source, string__data=waiting[0])
    StringTranslation.objects.create(
        translation_of=segment.string, context=segment.context, locale=es,
        data="Firma ya: paso seguro para cada familia", translation_type="manual",
    )  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert "Firma ya: paso seguro para cada familia" in client.get(petition_es.url).content.decode()
    assert translation_state(translation) == "published"
