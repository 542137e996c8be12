"""What a visitor finds, in each language, among pages the tests build (tests/search/conftest.py:
a corpus of lighthouse pages whose words the demo does not use)."""

import pytest
from django.db import connection

from tests.factories import SEARCH_CORPUS, search_titles, soup

# SQLite's full-text index folds accents but has no stemmer for any language: what PostgreSQL's
# Spanish and English stemmers find and SQLite cannot is marked with this.
needs_stemming = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite full-text search does not stem words (PostgreSQL does, per language)",
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("corpus")]


def title(name, language):
    return SEARCH_CORPUS[name][language]["title"]


def search(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return search_titles(response)


@pytest.mark.parametrize(
    ("language", "query", "best"),
    [
        ("en", "lantern repairs", "lanterns"),
        ("en", "harbourmaster or another lamplighter", "keepers"),  # an accordion's answer
        ("en", "foghorn schedules", "foghorn"),
        ("es", "reparación de linternas", "lanterns"),
        ("es", "capitán del puerto u otro farero", "keepers"),
        ("es", "sirena de niebla", "foghorn"),
    ],
)
def test_the_best_answer_comes_first(client, language, query, best):
    assert search(client, language, query)[:1] == [title(best, language)]


@pytest.mark.parametrize(
    ("language", "query"),
    [("en", "foghorn"), ("es", "sirena"), ("en", "foghorn signal log tomorrow")],
)
def test_the_page_about_a_thing_leads_over_a_passing_mention(client, language, query):
    # Only the foghorn page speaks of the foghorn, in its title, intro and body.
    assert search(client, language, query)[0] == title("foghorn", language)


def test_a_word_in_the_title_leads_over_the_same_word_in_a_body(client):
    # "linterna" is in the lantern page's intro and in the keepers' page's body.
    found = search(client, "es", "linterna")
    assert found[:2] == [title("lanterns", "es"), title("keepers", "es")]


@pytest.mark.parametrize("query", ["brújula", "brujula"])  # accents optional
def test_a_page_is_among_the_first_answers_with_or_without_accents(client, query):
    assert title("keepers", "es") in search(client, "es", query)[:3]


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [("en", "lantern", "lanterns"), ("es", "linterna", "lanterns")],
)
def test_the_pages_about_a_word_lead(client, language, query, expected):
    assert title(expected, language) in search(client, language, query)[:3]


@needs_stemming
@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("es", "faros", "keepers"),  # plural finds the singular
        ("es", "sirenas", "foghorn"),
        ("en", "lighthouses", "keepers"),
        ("en", "foghorns", "foghorn"),
    ],
)
def test_other_forms_of_a_word_are_found(client, language, query, expected):
    assert title(expected, language) in search(client, language, query)


def test_results_come_only_from_the_visitors_language(client):
    english = search(client, "en", "lantern")
    spanish = search(client, "es", "linterna")
    assert title("lanterns", "en") in english
    assert title("lanterns", "es") in spanish
    assert not set(english) & set(spanish)
    english_titles = {SEARCH_CORPUS[name]["en"]["title"] for name in SEARCH_CORPUS}
    assert not english_titles & set(search(client, "es", "lantern"))


def test_words_in_any_order_and_one_missing_still_find_the_page(client):
    # No page holds all of these words; the page holding most of them is offered.
    found = search(client, "en", "lamplighter harbourmaster tomorrow another")
    assert found[:1] == [title("keepers", "en")]


needs_trigrams = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite has no similar-word (trigram) search; a misspelt search finds nothing there",
)


@needs_trigrams
@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("en", "lighthose", "keepers"),
        ("en", "harbormaster", "keepers"),
        ("es", "linternsa", "lanterns"),
        ("es", "gurdianes", "keepers"),
    ],
)
def test_a_misspelt_search_finds_words_spelt_alike(client, language, query, expected):
    response = client.get(f"/{language}/search/", {"q": query})
    assert title(expected, language) in search_titles(response)[:2]
    assert soup(response).select_one(".search-similar")


def test_a_search_that_matches_exactly_says_nothing_about_similar_words(client):
    response = client.get("/en/search/", {"q": "lantern"})
    assert title("lanterns", "en") in search_titles(response)
    assert not soup(response).select_one(".search-similar")
