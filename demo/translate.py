"""Translating demo objects through wagtail-localize, as a translator in the CMS would.

The Spanish page is a real translation: a TranslationSource of the English page, a Translation
into Spanish (so the CMS opens the translation editor and "Sync translated pages" works later),
and one StringTranslation per segment. Pages (and snippets with drafts, such as stories) are
saved as a draft and their revision published here, rather than with `publish=True`, which
defers publishing to `transaction.on_commit` and can leave the page unpublished or stale when
the caller holds a transaction open.
"""

import json

from wagtail.models import DraftStateMixin
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
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
    Translation.objects.get_or_create(source=source, target_locale=locale)
    if memory is not None:
        fill_strings(source, locale, memory)
        fill_overrides(source, locale, memory)
    has_drafts = isinstance(instance, DraftStateMixin)  # pages, and snippets such as stories
    translated, _created = source.create_or_update_translation(
        locale, publish=not has_drafts, fallback=memory is None
    )
    if has_drafts:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated


def fill_strings(source, locale, memory):
    missing = []
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = memory.get(segment.string.data)
        if text is None:
            missing.append(segment.string.data)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    if missing:
        lines = "\n  ".join(missing)
        raise MissingDemoTranslation(f"No {locale.language_code} text for {source}:\n  {lines}")


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
