"""Title suggestions under the header search box."""

import pytest

pytestmark = pytest.mark.django_db


def suggestions(client, language, query):
    response = client.get(f"/{language}/search/suggest/", {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["suggestions"]


def test_titles_starting_with_what_was_typed(client):
    assert {"title": "Limit detention", "url": "/en/limit-detention/"} in suggestions(
        client, "en", "detent"
    )


def test_suggestions_stay_in_the_visitors_language_and_ignore_accents(client):
    found = suggestions(client, "es", "detenc")
    assert "Limitar la detención" in [s["title"] for s in found]
    assert all(s["url"].startswith("/es/") for s in found)
    assert "Conoce tus derechos en la frontera" in [
        s["title"] for s in suggestions(client, "es", "Conoce tus der")
    ]


def test_one_letter_gets_nothing_and_answers_may_be_cached(client):
    response = client.get("/en/search/suggest/", {"q": "d"})
    assert response.json()["suggestions"] == []
    assert "max-age=300" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]


def test_at_most_six_suggestions(client):
    assert len(suggestions(client, "en", "a")) == 0
    assert len(suggestions(client, "es", "co")) <= 6
