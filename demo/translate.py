"""Translating demo objects through wagtail-localize, as a translator in the CMS would.

The Spanish page is a real translation: a TranslationSource of the English page, a Translation
into Spanish (so the CMS opens the translation editor and "Sync translated pages" works later),
and its strings imported from a PO file the way a translator uploads one. Pages (and snippets
with drafts, such as stories) are saved as a draft and their revision published here, rather
than with `publish=True`, which defers publishing to `transaction.on_commit` and can leave the
page unpublished or stale when the caller holds a transaction open.
"""

import json

from wagtail.models import DraftStateMixin
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    Translation,
    TranslationSource,
)


class MissingDemoTranslation(Exception):
    pass


def translate(instance, locale, memory=None):
    """Create or update `instance`'s translation into `locale` and publish it.

    With a memory (the object's PO file, files.Catalogue) every string must have an entry (a
    missing one means the PO file is out of date, and raises); without one, strings fall back
    to the source text.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    if memory is not None:
        upload_po(translation, memory)
        fill_overrides(source, locale, memory)
    has_drafts = isinstance(instance, DraftStateMixin)  # pages, and snippets such as stories
    translated, _created = source.create_or_update_translation(
        locale, publish=not has_drafts, fallback=memory is None
    )
    if has_drafts:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated


def upload_po(translation, memory):
    """A translator's round trip in the CMS: download the translation's PO file, fill each
    entry, upload it (wagtail-localize's own import). The demo's PO files are keyed by English
    text only: the download's msgctxt is the block path, which holds ids made at load time."""
    po = translation.export_po()
    missing = []
    for entry in po:
        if entry.obsolete:
            continue
        text = memory.get(entry.msgid)
        if text is None:
            missing.append(entry.msgid)
        entry.msgstr = text or ""
    if missing:
        lines = "\n  ".join(missing)
        language = translation.target_locale.language_code
        raise MissingDemoTranslation(f"No {language} text for {translation.source}:\n  {lines}")
    warnings = translation.import_po(po, tool_name="Border Humanity demo loader")
    if warnings:
        raise MissingDemoTranslation(f"{translation.source}: {warnings}")


def fill_overrides(source, locale, memory):
    """Override the synchronised values the memory names (the .overrides.yaml beside a PO
    file), as a translator would under "Synchronised values" in the translation editor."""
    if not memory.overrides:
        return
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        if segment.data_json in memory.overrides:
            SegmentOverride.objects.update_or_create(
                locale=locale,
                context=segment.context,
                defaults={"data_json": json.dumps(memory.overrides[segment.data_json])},
            )
