"""The search page a visitor uses: passages, page types, pages of results, editors' picks."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page

from campaigns.models import CampaignPage
from home.models import StandardPage
from search import views
from search.models import SearchSettings
from tests.factories import (
    NEWS_DATE,
    SEARCH_CORPUS,
    make_post,
    search_titles,
    soup,
    spanish_translation,
)

pytestmark = pytest.mark.django_db


def results(response):
    return soup(response).select("ol.search-results > li")


def test_the_query_stays_in_the_box_and_the_page_says_what_was_searched(client):
    response = client.get("/es/search/", {"q": "derechos  humanos "})
    page = soup(response)
    assert page.select_one("#search-q")["value"] == "derechos humanos"
    assert "«derechos humanos»" in page.select_one(".search-count").get_text()
    assert response.headers["X-Robots-Tag"] == "noindex"


def test_a_passage_from_an_accordion_answer_is_shown_with_the_words_marked(client, corpus):
    response = client.get("/en/search/", {"q": "harbourmaster lamplighter"})
    first = results(response)[0]
    assert (
        first.select_one("h2").get_text(" ", strip=True) == SEARCH_CORPUS["keepers"]["en"]["title"]
    )
    passage = first.select_one(".search-passage")
    assert [m.get_text() for m in passage.find_all("mark")] == ["harbourmaster", "lamplighter"]
    assert "Ask the harbourmaster or another" in passage.get_text()  # the answer (StreamField)


def test_marks_ignore_accents_and_endings(client, corpus):
    response = client.get("/es/search/", {"q": "brujula"})
    marks = {m.get_text() for m in results(response)[0].find_all("mark")}
    assert "Brújula" in marks


def test_the_title_is_marked_too_and_html_in_the_query_is_text(client, corpus):
    response = client.get("/en/search/", {"q": "<b>foghorn</b>"})
    assert "<b>foghorn</b>" not in response.content.decode()
    heading = results(response)[0].select_one("h2")
    assert heading.select_one("mark").get_text() == "Foghorn"


def test_each_result_says_what_kind_of_page_it_is(
    client, corpus, home_en, home_es, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        english = home_en.add_child(
            instance=CampaignPage(title="Test harbour campaign", slug="test-harbour")
        )
        english.save_revision().publish()
        campaign = spanish_translation(english, title="Campaña del puerto de prueba")
    # The home page is the site's own; searched by its title.
    kinds = set()
    for query in (campaign.title, home_es.title):
        response = client.get("/es/search/", {"q": query})
        kinds |= {li.select_one(".search-kind").get_text(strip=True) for li in results(response)}
    assert {"Página de campaña", "Página de inicio"} <= kinds
    english = client.get("/en/search/", {"q": "lantern"})
    english_kinds = {li.select_one(".search-kind").get_text(strip=True) for li in results(english)}
    assert "Standard page" in english_kinds


def test_results_come_in_pages_that_keep_the_query(client, monkeypatch, corpus):
    # "lantern" is on two of the corpus's pages: one result a page.
    monkeypatch.setattr(views, "RESULTS_PER_PAGE", 1)
    first = client.get("/en/search/", {"q": "lantern"})
    next_link = soup(first).select_one('nav.pagination a[rel="next"]')
    assert next_link["href"] == "?q=lantern&page=2"
    second = client.get("/en/search/", {"q": "lantern", "page": "2"})
    assert soup(second).select_one("ol.search-results")["start"] == "2"
    both = {SEARCH_CORPUS["lanterns"]["en"]["title"], SEARCH_CORPUS["keepers"]["en"]["title"]}
    assert set(search_titles(first)) | set(search_titles(second)) == both
    assert not set(search_titles(first)) & set(search_titles(second))
    assert soup(second).select_one('nav.pagination a[rel="prev"]')
    beyond = client.get("/en/search/", {"q": "lantern", "page": "99"})
    assert search_titles(beyond) == search_titles(first)


@pytest.fixture
def beacons(home_en, django_capture_on_commit_callbacks):
    """Ten pages of three kinds, each with "beacon" in its title: six standard pages, three
    news posts, a campaign page."""
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(6):
            page = home_en.add_child(
                instance=StandardPage(title=f"Beacon notes {i}", slug=f"test-beacon-{i}")
            )
            page.save_revision().publish()
        for i in range(3):
            make_post(f"Beacon news {i}", f"test-beacon-news-{i}", NEWS_DATE)
        campaign = home_en.add_child(
            instance=CampaignPage(title="Beacon campaign", slug="test-beacon-campaign")
        )
        campaign.save_revision().publish()


@pytest.mark.usefixtures("page_cache_off", "beacons")
def test_the_number_of_queries_does_not_grow_with_the_results(client, monkeypatch):
    """One query per page type among the results (to load their fields), none per result."""

    def count(per_page):
        monkeypatch.setattr(views, "RESULTS_PER_PAGE", per_page)
        client.get("/en/search/", {"q": "beacon"})  # warm caches (navigation, site root)
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/en/search/", {"q": "beacon"})
        kinds = {li.select_one(".search-kind").get_text() for li in results(response)}
        return len(queries), len(kinds), len(results(response))

    (few, few_kinds, shown_few), (many, many_kinds, shown_many) = count(1), count(10)
    assert shown_few == 1 and shown_many == 10
    assert many_kinds == 3
    assert many - few == many_kinds - few_kinds
    assert many <= 11 + many_kinds


def test_promoted_results_belong_to_one_language(client, corpus):
    lanterns = corpus["lanterns"]
    for language, query in (("en", "wick"), ("es", "Mecha")):
        page = Page.objects.get(pk=lanterns[language].pk)
        SearchPromotion.objects.create(query=Query.get(query), page=page, sort_order=0)
    english = soup(client.get("/en/search/", {"q": "wick"}))
    picks = english.select(".search-promoted li h3")
    assert [p.get_text(strip=True) for p in picks] == [SEARCH_CORPUS["lanterns"]["en"]["title"]]

    spanish = soup(client.get("/es/search/", {"q": "mecha"}))
    assert [p.get_text(strip=True) for p in spanish.select(".search-promoted li h3")] == [
        SEARCH_CORPUS["lanterns"]["es"]["title"]
    ]
    # The English promotion for "wick" is not shown to a Spanish visitor.
    assert not soup(client.get("/es/search/", {"q": "wick"})).select(".search-promoted")


def test_a_promotion_can_answer_a_query_that_finds_nothing(client, home_es):
    page = Page.objects.get(pk=home_es.pk)
    SearchPromotion.objects.create(query=Query.get("Frontera Sur"), page=page, sort_order=0)
    response = soup(client.get("/es/search/", {"q": "frontera  sur"}))
    assert [p.get_text(strip=True) for p in response.select(".search-promoted h3")] == [page.title]
    assert not response.select(".search-offered")


@pytest.fixture
def offered_pages(corpus):
    """The pages offered when nothing is found: the corpus's, chosen in English."""
    settings = SearchSettings.load()
    settings.no_results_pages = [("page", corpus[name]["en"]) for name in SEARCH_CORPUS]
    settings.save()
    return corpus


@pytest.mark.parametrize("language", ["en", "es"])
def test_nothing_found_offers_the_pages_editors_chose(client, offered_pages, language):
    expected = [SEARCH_CORPUS[name][language]["title"] for name in SEARCH_CORPUS]
    response = client.get(f"/{language}/search/", {"q": "xylophone"})
    offered = soup(response).select(".search-offered li h3 a")
    assert [a.get_text(strip=True) for a in offered] == expected
    assert all(a["href"].startswith(f"/{language}/") for a in offered)


def test_an_offered_page_not_live_in_the_visitors_language_is_left_out(
    client, offered_pages, home_es
):
    chosen = [block.value for block in SearchSettings.load().no_results_pages]
    chosen[0].get_translation(home_es.locale).unpublish()
    response = client.get("/es/search/", {"q": "xylophone"})
    assert len(soup(response).select(".search-offered li")) == len(chosen) - 1
    assert (
        len(soup(client.get("/en/search/", {"q": "xylophone"})).select(".search-offered li")) == 3
    )


def test_an_empty_search_shows_just_the_form(client):
    response = client.get("/en/search/")
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("#search-q")["value"] == ""
    assert not page.select(".search-count, .search-offered")
    assert len(page.find_all("h1")) == 1


def test_the_header_form_sends_visitors_to_their_languages_search(client):
    page = soup(client.get("/es/"))
    form = page.select_one("form.header-search")
    assert form["action"] == "/es/search/"
    assert form["data-suggest-url"] == "/es/search/suggest/"


def test_a_spanish_search_does_not_offer_an_alias_of_an_english_page(
    client, home_en, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = home_en.add_child(
            instance=StandardPage(title="Zebrafish paperwork", slug="zebrafish-paperwork")
        )
        page.save_revision().publish()
        page.copy_for_translation(Locale.objects.get(language_code="es"), alias=True)

    assert search_titles(client.get("/en/search/", {"q": "zebrafish"})) == ["Zebrafish paperwork"]
    assert search_titles(client.get("/es/search/", {"q": "zebrafish"})) == []
    suggestions = client.get("/es/search/suggest/", {"q": "zebraf"}).json()["suggestions"]
    assert suggestions == []


def test_a_search_with_control_characters_is_answered_not_refused_by_the_database(client):
    response = client.get("/en/search/", {"q": "asylum\x00\x1b[31m"})
    assert response.status_code == 200
    assert "asylum" in response.content.decode()
