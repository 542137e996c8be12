"""Site search in the visitor's language: a results page and title suggestions."""

import re
from dataclasses import dataclass

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import connection
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.safestring import SafeString
from django.views.decorators.http import require_GET
from modelsearch.conf import get_app_config
from modelsearch.query import Fuzzy
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from home.alternates import untranslated_aliases
from home.visibility import is_public, public_pages

from .highlight import mark, passage, query_stems
from .models import SearchSettings, SearchTermCount

RESULTS_PER_PAGE = 10
WORD = re.compile(r"\w+")
EMPTY_PARTS = re.compile(r"(?:\s*,){2,}\s*")
SENTENCE_THEN_COMMA = re.compile(r"([.?!:;…]),")  # "…an answer., Next" → "…an answer. Next"
MAX_QUERY_LENGTH = 200


def visitor_query(request):
    """The search words as typed, tidied: spaces collapsed, length capped, and control
    characters (a NUL byte cannot even be stored by PostgreSQL) dropped."""
    text = "".join(ch for ch in request.GET.get("q", "") if ch.isprintable() or ch.isspace())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


SUGGESTIONS = 6
MIN_SUGGEST_LENGTH = 2


@dataclass
class Result:
    page: Page
    title: SafeString
    passage: SafeString
    kind: str

    @property
    def url(self):
        return self.page.url


def pages_in(locale):
    # An alias of an English page in the Spanish tree is English text, not a Spanish result.
    aliases = Page.objects.filter(untranslated_aliases()).values("id")
    return public_pages(Page.objects.filter(locale=locale)).exclude(id__in=aliases)


def search_words(query):
    """The words of a query, without punctuation or markup; one-letter words only alone."""
    words = WORD.findall(query)
    return [word for word in words if len(word) > 1] or words


def find(query, locale):
    """Relevance-ordered pages of `locale` holding every word; if none, any of the words; if
    none (PostgreSQL), words spelt alike. Returns (results, whether they are similar words)."""
    words = search_words(query)
    if not words:
        return pages_in(locale).none(), False
    results = pages_in(locale).specific().search(" ".join(words), operator="and")
    if len(words) > 1 and not results.count():
        results = pages_in(locale).specific().search(" ".join(words), operator="or")
    if not results.count() and connection.vendor == "postgresql":
        similar = pages_in(locale).specific().search(Fuzzy(" ".join(words)))
        if similar.count():
            return similar, True
    return results, False


def indexed_text(pages):
    """The indexed body text of each page, in one query (what the passages are cut from)."""
    if not pages:
        return {}
    field = "body_text" if connection.vendor == "postgresql" else "body"
    entries = (
        get_app_config()
        .get_model("IndexEntry")
        .objects.filter(
            content_type_id__in={page.content_type_id for page in pages},
            object_id__in=[str(page.pk) for page in pages],
        )
        .values_list("content_type_id", "object_id", field)
    )
    return {(ct, object_id): tidy(text or "") for ct, object_id, text in entries}


def tidy(text):
    """Empty block values leave runs of separators in the indexed text."""
    return SENTENCE_THEN_COMMA.sub(r"\1", EMPTY_PARTS.sub(", ", text)).strip(" ,")


def as_results(pages, query):
    texts = indexed_text(pages)
    stems = query_stems(query)
    return [
        Result(
            page=page,
            title=mark(page.title, stems),
            passage=passage(texts.get((page.content_type_id, str(page.pk)), ""), query),
            kind=page.specific_class._meta.verbose_name if page.specific_class else "",
        )
        for page in pages
    ]


@dataclass
class Promotion:
    url: str
    title: str
    description: str
    kind: str


def promotions(query, locale):
    """Editors' picks for this exact query: pages in the visitor's language, and links
    elsewhere (which have no language and show in every one)."""
    picks = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    found = []
    for pick in picks:
        if pick.page_id is None and pick.external_link_url:
            title = pick.external_link_text or pick.external_link_url
            found.append(Promotion(pick.external_link_url, title, pick.description, ""))
        elif pick.page and pick.page.locale_id == locale.pk and is_public(pick.page):
            kind = pick.page.specific_class._meta.verbose_name if pick.page.specific_class else ""
            found.append(Promotion(pick.page.url, pick.page.title, pick.description, kind))
    return found


def search(request):
    query = visitor_query(request)
    locale = Locale.get_active()
    context = {"search_query": query, "search_results": None}
    if query:
        found, similar = find(query, locale)
        paginator = Paginator(found, RESULTS_PER_PAGE)
        try:
            page_number = int(request.GET.get("page", 1))
            results_page = paginator.page(page_number)
        except (ValueError, PageNotAnInteger, EmptyPage):
            page_number = 1
            results_page = paginator.page(1)
        picks = promotions(query, locale) if results_page.number == 1 else []
        context.update(
            search_results=results_page,
            results=as_results(list(results_page.object_list), query),
            promotions=picks,
            result_count=paginator.count,
            similar_words=similar,
        )
        if not paginator.count and not picks:
            settings = SearchSettings.load(request_or_site=request)
            context["offered_pages"] = settings.offered_pages(locale)
        if page_number == 1 and "page" not in request.GET:
            # Counted once per search, not per results page; nothing about the visitor.
            SearchTermCount.record(locale, query, paginator.count)
    response = TemplateResponse(request, "search/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def suggest(request):
    """Up to six page titles starting with what has been typed, for the header search box."""
    query = visitor_query(request)
    suggestions = []
    if len(query) >= MIN_SUGGEST_LENGTH:
        pages = pages_in(Locale.get_active()).autocomplete(query)[:SUGGESTIONS]
        suggestions = [{"title": page.title, "url": page.get_url(request)} for page in pages]
    response = JsonResponse({"query": query, "suggestions": suggestions})
    patch_cache_control(response, public=True, max_age=300)
    return response
