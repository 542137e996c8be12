"""The passage shown under each result, with the searched words marked.

Works on the same text the index holds (every SearchField of the page type, StreamField blocks
included), so a new page type gets passages by declaring its search_fields. Matching is loose on
purpose, like the index: case and accents are ignored, and a word matches when it shares a stem-
sized beginning with a searched word ("asilos" marks "asilo", "detencion" marks "detención").
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe
from modelsearch.index import SearchField

WORD = re.compile(r"\w+", re.UNICODE)
PASSAGE_WORDS = 32
LEAD_WORDS = 8


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _flatten(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = value.values()
    if isinstance(value, list | tuple) or hasattr(value, "__iter__"):
        return [text for item in value for text in _flatten(item)]
    return [str(value)]


def searchable_text(page):
    """The page's indexed text apart from its title, in the order its fields are declared."""
    parts = []
    for field in page.get_search_fields():
        if isinstance(field, SearchField) and field.field_name != "title":
            parts.extend(_flatten(field.get_value(page)))
    return " … ".join(" ".join(part.split()) for part in parts if part and part.strip())


def query_stems(query):
    """What each searched word must start with to count as a match."""
    stems = []
    for word in WORD.findall(fold(query)):
        if len(word) < 3 and len(query.split()) > 1:
            continue  # "de", "la", "of": not worth marking inside a longer query
        stem = word[: max(4, len(word) - 2)] if len(word) > 4 else word
        if stem not in stems:
            stems.append(stem)
    return stems


def _matches(word, stems):
    folded = fold(word)
    for stem in stems:
        if folded.startswith(stem) or (len(folded) >= 4 and stem.startswith(folded)):
            return stem
    return None


def mark(text, stems):
    """`text`, escaped, with each matching word in <mark>."""
    out, last = [], 0
    for match in WORD.finditer(text):
        if _matches(match.group(), stems):
            out += [escape(text[last : match.start()]), "<mark>", escape(match.group()), "</mark>"]
            last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308 (every piece of text is escaped above)


def passage(text, query, words=PASSAGE_WORDS):
    """The stretch of `text` holding the most distinct searched words, marked; or its start."""
    stems = query_stems(query)
    tokens = list(WORD.finditer(text))
    if not tokens:
        return ""
    hits = [(i, _matches(token.group(), stems)) for i, token in enumerate(tokens)]
    hits = [(i, stem) for i, stem in hits if stem]
    start = 0
    lead = min(LEAD_WORDS, words // 4)
    if hits:
        best = -1
        for i, _stem in hits:
            first = max(0, i - lead)
            found = {stem for j, stem in hits if first <= j < first + words}
            if len(found) > best:
                best, start = len(found), first
    end = min(len(tokens), start + words)
    begin_char = 0 if start == 0 else tokens[start].start()
    end_char = len(text) if end == len(tokens) else tokens[end - 1].end()
    snippet = mark(text[begin_char:end_char], stems)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(tokens) else ""
    return mark_safe(f"{escape(prefix)}{snippet}{escape(suffix)}")  # noqa: S308
