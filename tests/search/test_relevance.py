"""What a visitor finds on the demo site, in each language."""

import pytest
from django.db import connection

from tests.factories import search_titles, soup

# SQLite's full-text index folds accents but has no stemmer for any language: what PostgreSQL's
# Spanish and English stemmers find and SQLite cannot is marked with this.
needs_stemming = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite full-text search does not stem words (PostgreSQL does, per language)",
)

pytestmark = pytest.mark.django_db


def search(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return search_titles(response)


@pytest.mark.parametrize(
    ("language", "query", "best"),
    [
        ("en", "detention statistics", "Limit detention"),
        ("en", "toolkit", "Digital toolkit"),
        ("en", "lawyer or another trusted person", "Know your rights at the border"),
        ("en", "welcoming programs", "Community-based welcoming programs"),
        ("es", "acogida comunitaria", "Programas de acogida comunitaria"),
        ("es", "caja de herramientas", "Conoce tus derechos en la frontera"),
        ("es", "un abogado u otra persona de confianza", "Conoce tus derechos en la frontera"),
    ],
)
def test_the_best_answer_comes_first(client, language, query, best):
    assert search(client, language, query)[:1] == [best]


@pytest.mark.parametrize(
    ("language", "query"),
    [("en", "credible fear"), ("es", "miedo creíble"), ("en", "credible fear interview tomorrow")],
)
def test_the_guide_and_the_journey_lead_on_the_credible_fear_interview(client, language, query):
    # The guides, the FAQ and the journey all explain that interview; one of them leads.
    first = search(client, language, query)[0]
    assert first.startswith(("Know your rights", "Conoce tus derechos")) or first in {
        "Asylum & detention FAQs",
        "Preguntas frecuentes sobre asilo y detención",
        "The journey to asylum",
        "El camino hacia el asilo",
    }


def test_rights_lead_to_a_know_your_rights_guide(client):
    assert search(client, "es", "derechos")[0].startswith("Conoce tus derechos")


@pytest.mark.parametrize("query", ["detención", "detencion"])  # accents optional
def test_the_campaign_is_among_the_first_answers(client, query):
    # The news posts about detention compete, rightly, for the first place.
    assert "Limitar la detención" in search(client, "es", query)[:3]


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("en", "asylum", {"Rebuild asylum"}),
        ("es", "asilo", {"Reconstruir el asilo"}),
    ],
)
def test_the_pages_about_a_word_lead(client, language, query, expected):
    assert expected <= set(search(client, language, query)[:3])


@needs_stemming
@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("es", "asilos", "Reconstruir el asilo"),  # plural finds the singular
        ("es", "derecho", "Conoce tus derechos en la frontera"),  # singular finds the plural
        ("es", "detenciones", "Limitar la detención"),
        ("en", "interviews", "Know your rights at the border"),
        ("en", "fears", "Know your rights at the border"),
    ],
)
def test_other_forms_of_a_word_are_found(client, language, query, expected):
    assert expected in search(client, language, query)


def test_results_come_only_from_the_visitors_language(client):
    english = search(client, "en", "detention")
    spanish = search(client, "es", "detención")
    assert "Limit detention" in english
    assert "Limitar la detención" in spanish
    assert not set(english) & set(spanish)
    english_titles = {"Limit detention", "Rebuild asylum", "Asylum with dignity", "Who we are"}
    assert not english_titles & set(search(client, "es", "detention"))


def test_words_in_any_order_and_one_missing_still_find_the_page(client):
    # No page holds all of these words; the pages holding most of them are offered.
    assert "Know your rights at the border" in search(
        client, "en", "tomorrow interview fear credible"
    )


needs_trigrams = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite has no similar-word (trigram) search; a misspelt search finds nothing there",
)


@needs_trigrams
@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("en", "asylim", "Rebuild asylum"),
        ("en", "detension", "Limit detention"),
        ("es", "derechso", "Conoce tus derechos en la frontera"),
    ],
)
def test_a_misspelt_search_finds_words_spelt_alike(client, language, query, expected):
    response = client.get(f"/{language}/search/", {"q": query})
    assert expected in search_titles(response)[:2]
    assert soup(response).select_one(".search-similar")


def test_a_search_that_matches_exactly_says_nothing_about_similar_words(client):
    response = client.get("/en/search/", {"q": "asylum"})
    assert not soup(response).select_one(".search-similar")
