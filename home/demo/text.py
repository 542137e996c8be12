"""Bilingual text for the demo content.

Every text of the demo is written once with its Spanish beside it, so the English page and its
Spanish translation cannot drift apart. `resolve` picks one language out of a content tree;
`TranslationMemory` turns the pairs into the exact strings wagtail-localize extracts (through
its own functions), so the Spanish page is a real translation, string by string.
"""

import json
from dataclasses import dataclass

from wagtail_localize.strings import StringValue, extract_strings


@dataclass(frozen=True)
class T:
    """A plain text (page field, CharBlock, TextBlock) in English and Spanish."""

    en: str
    es: str


@dataclass(frozen=True)
class R:
    """Rich text (HTML) in English and Spanish, with the same tags in the same order."""

    en: str
    es: str


@dataclass(frozen=True)
class Swap:
    """A synchronised value that the Spanish translation overrides, such as the language code
    of a section written in the other language (wagtail-localize: an overridable segment)."""

    en: object
    es: object


def same(text):
    """Text that reads the same in both languages: a number, a proper name."""
    return T(text, text)


def p(*paragraphs):
    """Rich text made of paragraphs, each a T (or R for inline tags)."""
    return R(
        "".join(f"<p>{para.en}</p>" for para in paragraphs),
        "".join(f"<p>{para.es}</p>" for para in paragraphs),
    )


def resolve(value, lang):
    """A copy of a content tree (dicts, lists, tuples) with every T/R replaced by one language."""
    if isinstance(value, T | R | Swap):
        return getattr(value, lang)
    if isinstance(value, dict):
        return {key: resolve(item, lang) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(resolve(item, lang) for item in value)
    return value


def bilingual_values(value):
    """Every T/R in a content tree."""
    if isinstance(value, T | R | Swap):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from bilingual_values(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from bilingual_values(item)


class TranslationMemory:
    """English string → Spanish string, keyed the way wagtail-localize stores segments."""

    def __init__(self, content=()):
        self.strings = {}
        self.overrides = {}  # English value (as JSON) → Spanish value, for overridable segments
        self.add(content)

    def add(self, content):
        for value in bilingual_values(content):
            if isinstance(value, Swap):
                self.overrides[json.dumps(value.en)] = value.es
                continue
            if isinstance(value, T):
                pairs = [
                    (StringValue.from_plaintext(value.en), StringValue.from_plaintext(value.es))
                ]
            else:
                en = [string for string, _attrs in extract_strings(value.en)[1]]
                es = [string for string, _attrs in extract_strings(value.es)[1]]
                if len(en) != len(es):
                    raise ValueError(f"Rich text pair has {len(en)} vs {len(es)} strings: {value}")
                pairs = zip(en, es, strict=True)
            for en_string, es_string in pairs:
                self._put(en_string.data, es_string.data)
        return self

    def _put(self, en, es):
        if not en:
            return
        if self.strings.get(en, es) != es:
            raise ValueError(f"Two Spanish texts for one English text: {en!r}")
        self.strings[en] = es

    def get(self, en):
        return self.strings.get(en)
