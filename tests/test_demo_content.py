"""The demo site a new user sees after `make run`: complete, in two languages, loaded once, every
page answering and every link between its pages leading somewhere.

The one test of `load_demo_content` (the session fixture in conftest.py has already run it).
"""

from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from home.models import HomePage, SiteNavigation
from tests.factories import h1_texts, hreflangs, meta_content, soup

pytestmark = pytest.mark.django_db

DEMO_PAGES = 29  # per language: home, campaigns, actions, news, toolkit, forms, answers, notices
LANGUAGES = {"en", "es"}
# Addresses the site serves but that are not pages: files and the admin.
NOT_PAGES = ("/static/", "/media/", "/documents/", "/admin/", "/django-admin/")


def live_pages():
    return Page.objects.filter(depth__gt=1).live().specific().order_by("path")


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "navigation": SiteNavigation.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
    }


def test_loading_twice_creates_nothing_twice():
    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before


def test_both_languages_have_the_same_pages_as_real_translations():
    en = {p.translation_key for p in live_pages().filter(locale__language_code="en")}
    es = {p.translation_key for p in live_pages().filter(locale__language_code="es")}
    assert len(en) == DEMO_PAGES
    assert en == es
    assert HomePage.objects.filter(locale__language_code="es").count() == 1
    assert SiteNavigation.objects.filter(locale__language_code="es").exists()
    assert Translation.objects.filter(target_locale__language_code="es").exists()


def test_every_page_answers_in_its_language_with_its_translated_title(client):
    pages = list(live_pages())
    assert len(pages) == DEMO_PAGES * len(LANGUAGES)
    english = Locale.objects.get(language_code="en")
    for page in pages:
        response = client.get(page.url)
        code = page.locale.language_code
        html = response.content.decode()
        assert response.status_code == 200, page.url
        assert f'<html lang="{code}"' in html, page.url
        assert len(h1_texts(response)) == 1, page.url
        assert escape(page.title) in html, page.url
        if code != "en":
            assert page.title != page.get_translation(english).title, page.url
        assert meta_content(response, name="description"), page.url
        assert set(hreflangs(response)) == LANGUAGES, page.url
        assert meta_content(response, prop="og:image"), page.url


def test_spanish_pages_are_in_spanish(client):
    english = Locale.objects.get(language_code="en")
    pages = list(live_pages().filter(locale__language_code="es"))
    assert len(pages) == DEMO_PAGES
    for page in pages:
        source = page.get_translation(english)
        assert page.intro and page.intro != source.intro, page.url
        assert page.search_description != source.search_description, page.url
        body = client.get(page.url).content.decode()
        assert source.intro not in body, page.url


def internal_links(response):
    """Paths of this site that a page links to (fragments and files left out)."""
    paths = set()
    for anchor in soup(response).find_all("a", href=True):
        parts = urlsplit(anchor["href"])
        if parts.scheme or parts.netloc or not parts.path.startswith("/"):
            continue  # another site, mailto:, tel:, or only a fragment
        if parts.path.startswith(NOT_PAGES):
            continue
        paths.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return paths


def test_every_link_between_pages_of_the_site_resolves(client):
    pages = list(live_pages())
    assert len(pages) == DEMO_PAGES * len(LANGUAGES)
    linked = set()
    for page in pages:
        linked |= internal_links(client.get(page.url))
    page_paths = {page.url for page in pages}
    # The navigation alone links every language's campaign pages.
    assert len(linked & page_paths) >= len(LANGUAGES) * 5
    broken = sorted(path for path in linked if client.get(path, follow=True).status_code != 200)
    assert broken == []


@pytest.mark.parametrize(
    "path, note",
    [("/en/limit-detention/", "in Spanish"), ("/es/limitar-la-detencion/", "en inglés")],
)
def test_the_detention_campaign_lists_its_press_coverage_newest_first(client, path, note):
    html = soup(client.get(path))
    block = html.select_one(".in-the-news")
    dates = [time["datetime"] for time in block.select(".press-item time")]
    assert len(dates) == 4 and dates == sorted(dates, reverse=True)
    languages = {h["lang"] for h in block.select(".press-headline")}
    assert languages == {"en", "es"}
    assert note in block.get_text()
    # Invented outlets: no link at all rather than one to nowhere.
    assert not block.select("a")


def test_one_know_your_rights_page_the_guide_and_search_points_to_it():
    from wagtail.contrib.search_promotions.models import SearchPromotion

    from faq.models import KnowYourRightsPage
    from home.models import StandardPage

    assert not StandardPage.objects.filter(slug__in=["know-your-rights", "conoce-tus-derechos"])
    for query in ("lawyer", "abogado"):
        (promotion,) = SearchPromotion.objects.filter(query__query_string=query)
        assert isinstance(promotion.page.specific, KnowYourRightsPage), query
