"""Search never lists a page behind a privacy restriction: not in results, title suggestions,
editors' promoted results or the pages offered when nothing is found."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from search.models import SearchSettings
from tests.factories import SEARCH_CORPUS, search_titles, soup

pytestmark = pytest.mark.django_db

TITLE = SEARCH_CORPUS["keepers"]["en"]["title"]


def restrict(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="members-only"
    )


@pytest.fixture
def keepers(corpus):
    """The corpus's keepers page (tests/search/conftest.py), as a Page."""
    return Page.objects.get(pk=corpus["keepers"]["en"].pk)


def suggested(client, query):
    return [
        s["title"] for s in client.get("/en/search/suggest/", {"q": query}).json()["suggestions"]
    ]


def offered(client):
    html = soup(client.get("/en/search/", {"q": "qqqxxyy"}))
    return [a["href"] for a in html.select(".search-offered a")]


def test_results_leave_out_a_private_page(client, keepers):
    assert TITLE in search_titles(client.get("/en/search/", {"q": "lighthouse"}))
    restrict(keepers)
    assert TITLE not in search_titles(client.get("/en/search/", {"q": "lighthouse"}))


def test_results_leave_out_pages_below_a_private_page(client, keepers):
    assert TITLE in search_titles(client.get("/en/search/", {"q": "lighthouse"}))
    restrict(keepers.get_parent())
    assert TITLE not in search_titles(client.get("/en/search/", {"q": "lighthouse"}))


def test_suggestions_leave_out_a_private_page(client, keepers):
    assert TITLE in suggested(client, "Lighthouse ke")
    restrict(keepers)
    assert TITLE not in suggested(client, "Lighthouse ke")


def test_a_promotion_of_a_private_page_is_not_shown(client, keepers):
    page = keepers
    SearchPromotion.objects.create(query=Query.get("zzyzx"), page=page, sort_order=0)
    assert soup(client.get("/en/search/", {"q": "zzyzx"})).select(".search-promoted")
    restrict(page)
    assert not soup(client.get("/en/search/", {"q": "zzyzx"})).select(".search-promoted")


def test_pages_offered_when_nothing_is_found_leave_out_a_private_page(client, keepers):
    page = keepers
    settings = SearchSettings.load()
    settings.no_results_pages = [("page", page)]
    settings.save()
    assert page.url in offered(client)
    restrict(page)
    assert page.url not in offered(client)
