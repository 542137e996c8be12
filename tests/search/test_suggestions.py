"""Title suggestions under the header search box."""

import pytest

from home.models import StandardPage
from tests.factories import SEARCH_CORPUS

pytestmark = pytest.mark.django_db


def suggestions(client, language, query):
    response = client.get(f"/{language}/search/suggest/", {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["suggestions"]


def test_titles_starting_with_what_was_typed(client, corpus):
    assert {
        "title": SEARCH_CORPUS["keepers"]["en"]["title"],
        "url": "/en/test-keepers/",
    } in suggestions(client, "en", "lightho")


def test_suggestions_stay_in_the_visitors_language_and_ignore_accents(client, corpus):
    found = suggestions(client, "es", "brujul")
    assert SEARCH_CORPUS["keepers"]["es"]["title"] in [s["title"] for s in found]
    assert all(s["url"].startswith("/es/") for s in found)
    assert SEARCH_CORPUS["foghorn"]["es"]["title"] in [
        s["title"] for s in suggestions(client, "es", "Horarios de la si")
    ]
    assert not suggestions(client, "es", "lightho")  # the English title


def test_one_letter_gets_nothing_and_answers_may_be_cached(client):
    response = client.get("/en/search/suggest/", {"q": "d"})
    assert response.json()["suggestions"] == []
    assert "max-age=300" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]


def test_at_most_six_suggestions(client, home_en):
    for n in range(7):
        home_en.add_child(
            instance=StandardPage(title=f"Quayside notice {n}", slug=f"quayside-notice-{n}")
        ).save_revision().publish()
    assert len(suggestions(client, "en", "a")) == 0
    assert len(suggestions(client, "en", "quayside notice")) == 6
