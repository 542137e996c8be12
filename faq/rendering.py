"""Turning FAQ sections into what templates and JSON-LD read, with a fixed number of queries.

Rich text links (`<a linktype="page" id="3">`) are expanded by Wagtail one call at a time;
expanding every answer of a page in a single call costs one query per link type however many
questions there are.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page
from wagtail.rich_text import RichText, expand_db_html

from home.visibility import in_visitor_language

SEPARATOR = "<!--faq-answer-boundary-->"
PAGE_LINK = re.compile(r'<a\b[^>]*\blinktype="page"[^>]*>')
LINK_ID = re.compile(r'\bid="(\d+)"')


def localize_page_links(source):
    """Replace every page link with a link to the page in the visitor's language, with a
    fixed number of queries (Wagtail's own handler asks for the language once per link)."""
    tags = PAGE_LINK.findall(source)
    if not tags:
        return source
    ids = {int(m.group(1)) for tag in tags if (m := LINK_ID.search(tag))}
    pages = {page.pk: page for page in Page.objects.filter(pk__in=ids)}
    # Links an editor wrote into an answer: followed into the visitor's language like every
    # editor's link (home.visibility), a page behind a password asking for it itself.
    localized = in_visitor_language(pages.values(), listed=False)

    def replace(match):
        found = LINK_ID.search(match.group(0))
        page = pages.get(int(found.group(1))) if found else None
        if page is None:
            return "<a>"
        target = localized.get(page.translation_key)
        if target is None:  # a page that is not live: no link, as for a deleted one
            return "<a>"
        return f'<a href="{escape(target.url or "")}">'

    return PAGE_LINK.sub(replace, source)


def expand_many(texts):
    """Rendered HTML of each rich text source, in order, from one expansion."""
    sources = [text.source if isinstance(text, RichText) else (text or "") for text in texts]
    if not sources:
        return []
    expanded = expand_db_html(localize_page_links(SEPARATOR.join(sources))).split(SEPARATOR)
    if len(expanded) != len(sources):  # a source held the separator itself: go one by one
        expanded = [expand_db_html(source) for source in sources]
    return [mark_safe(html) for html in expanded]  # noqa: S308 — rich text from editors


@dataclass
class Entry:
    question: str
    anchor: str
    answer_html: SafeString
    sources_html: SafeString
    shared: bool = False


def entry_anchor(child):
    """A question's stable anchor: the one given, else one made from its block id."""
    if child.block_type == "shared_question":
        return child.value.anchor if child.value is not None else ""
    if child.value.get("anchor"):
        return child.value["anchor"]
    return f"q-{child.id[:8]}" if child.id else ""


def prepare_faq(sections, expand=True):
    """[{heading, anchor, intro, items: [Entry]}] for the given `section` blocks."""
    prepared, texts = [], []
    for section in sections:
        items = []
        for child in section.value["questions"]:
            if child.block_type == "shared_question":
                question = child.value
                if question is None:  # the snippet was deleted
                    continue
                items.append(Entry(question.question, question.anchor, "", "", shared=True))
                texts += [question.answer, question.sources]
            else:
                value = child.value
                items.append(Entry(value["question"], entry_anchor(child), "", ""))
                texts += [value["answer"], value["sources"]]
        prepared.append(
            {
                "heading": section.value["heading"],
                "anchor": section.value["anchor"] or (f"s-{section.id[:8]}" if section.id else ""),
                "intro": section.value["intro"],
                "items": items,
            }
        )
    if expand:
        htmls = iter(expand_many(texts))
        for section in prepared:
            for entry in section["items"]:
                entry.answer_html = next(htmls)
                entry.sources_html = next(htmls)
    return prepared
