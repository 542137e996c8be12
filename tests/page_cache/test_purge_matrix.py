"""A change purges the cached pages that show it, and leaves the others cached: for every page
type and every snippet type, a change is made, then every page of the demo (one of each type,
in English and Spanish) is served as a fresh render would be, and some page that does not show
the change is still answered from the cache. Navigation, settings and moves purge everything."""

import difflib
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import override_settings
from wagtail.models import Page, ReferenceIndex, get_page_models
from wagtail.snippets.models import get_snippet_models

from home.models import SiteBranding, SiteNavigation
from page_cache.store import forget_local_pages

pytestmark = pytest.mark.django_db

# The field of each snippet type a change is made to: one its pages show.
SHOWN_FIELD = {
    "faq.faqquestion": "question",
    "faq.faqtopic": "name",
    "campaigns.decisionmaker": "name",
    "faq.legalnotice": "short_text",
    "home.sitenavigation": "footer_text",
    "toolkit.socialcard": "text",
    "campaigns.story": "title",
}
# Every page shows these: the menu, and the home page (the logo's link, the breadcrumbs).
PURGE_EVERYTHING = {"home.sitenavigation", "home.homepage"}
# What differs between two renders of the same page: the CSP nonce, a CSRF token.
PER_RESPONSE = re.compile(rb'(nonce|csrfmiddlewaretoken" value|csrf-token" content)="[^"]*"')


@pytest.fixture
def caching(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FRAGMENT_CACHE_SECONDS = 600
    return settings


def demo_urls():
    urls = []
    for model in get_page_models():
        if model is Page:
            continue
        for language in ("en", "es"):
            page = model.objects.live().filter(locale__language_code=language).first()
            urls.append(page.url)
    return urls


def served(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def fresh_render(client, url):
    with override_settings(PAGE_CACHE_SECONDS=0, FRAGMENT_CACHE_SECONDS=0):
        return served(client, url).content


def check_every_page(client, urls, change):
    """Every page as a fresh render shows it (parts kept included); the pages answered from the
    cache."""
    hits, stale = [], []
    for url in urls:
        response = served(client, url)
        if response.get("X-Page-Cache") == "hit":
            hits.append(url)
        kept = PER_RESPONSE.sub(b"", response.content).decode().splitlines()
        fresh = PER_RESPONSE.sub(b"", fresh_render(client, url)).decode().splitlines()
        if kept != fresh:
            difference = difflib.unified_diff(kept, fresh, lineterm="", n=0)
            stale.append((url, response.get("X-Page-Cache"), list(difference)[2:8]))
    assert not stale, f"{change}: served stale {stale}"
    return hits


def page_to_change(model):
    """One the menu does not link to, when there is one: a change to it is not on every page."""
    pages = list(model.objects.live().filter(locale__language_code="en"))
    menu = set(
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(SiteNavigation)
        ).values_list("to_object_id", flat=True)
    )
    outside = [page for page in pages if str(page.pk) not in menu]
    return (outside or pages)[0], not outside


def snippet_to_change(model):
    """One a live page shows, when there is one."""
    for snippet in model.objects.all():
        if ReferenceIndex.get_references_to(snippet).exists():
            return snippet
    return model.objects.first()


def test_every_page_type_and_snippet_type_has_a_change_checked():
    labels = {model._meta.label_lower for model in get_snippet_models()}
    assert labels == set(SHOWN_FIELD), "a snippet type the matrix does not change"


@pytest.mark.usefixtures("caching")
def test_a_change_purges_the_pages_that_show_it_and_no_other(client):
    urls = demo_urls()
    for url in urls:
        served(client, url)
    changes = []
    for model in get_page_models():
        if model is not Page:
            changes.append((model._meta.label_lower, "page", model))
    for model in get_snippet_models():
        changes.append((model._meta.label_lower, "snippet", model))
    for label, kind, model in changes:
        everywhere = label in PURGE_EVERYTHING
        if kind == "page":
            page, everywhere = page_to_change(model)
            everywhere = everywhere or label in PURGE_EVERYTHING
            page.title = f"{page.title} (changed)"
            page.save_revision().publish()
        else:
            snippet = snippet_to_change(model)
            field = SHOWN_FIELD[label]
            setattr(snippet, field, f"{getattr(snippet, field)} changed")
            snippet.save()
        forget_local_pages()  # a worker that missed nothing: only the shared cache decides
        hits = check_every_page(client, urls, label)
        if not everywhere:
            assert hits, f"{label}: every page was purged"


@pytest.mark.usefixtures("caching")
def test_settings_and_moves_purge_everything(client):
    urls = demo_urls()
    for url in urls:
        served(client, url)
    branding = SiteBranding.load()
    branding.save()
    cache_hits = check_every_page(client, urls, "branding")
    assert not cache_hits
    page, _in_menu = page_to_change(get_page_models()[-1])
    page.move(page.get_siblings(inclusive=False).first(), pos="last-child")
    check_every_page(client, demo_urls(), "move")
