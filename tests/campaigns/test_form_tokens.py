"""Form pages are the same for every visitor and kept by the page cache; each visitor's tokens
come from a small private endpoint, and a form sent without them comes back with them."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from campaigns.models import Signature, SignupPage, StoryFormPage
from tests.factories import fetched_tokens, soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()


@pytest.fixture
def no_fill_time(monkeypatch):
    monkeypatch.setattr("campaigns.abuse.MIN_FILL_SECONDS", 0)


def hidden_values(response):
    form = soup(response).select_one("form.public-form")
    return {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}


def sign_url(page):
    with translation.override(page.locale.language_code):
        return reverse("action_sign", args=[page.pk])


def signer(**overrides):
    data = {
        "first_name": "Ana",
        "last_name": "Ruiz",
        "email": "ana@example.org",
        "postal_code": "79901",
        "country": "US",
    }
    return data | overrides


def test_form_pages_are_served_from_the_page_cache_without_tokens(page_cache_on, petition_en):
    pages = [
        petition_en,
        StoryFormPage.objects.live().get(locale__language_code="en"),
        SignupPage.objects.live().get(locale__language_code="es"),
    ]
    for page in pages:
        first = Client().get(page.url)
        assert first["X-Page-Cache"] == "miss" and "Set-Cookie" not in first
        second = Client().get(page.url)
        assert second["X-Page-Cache"] == "hit"
        assert second.content == first.content
        assert set(hidden_values(second).values()) == {""}  # started, csrfmiddlewaretoken
        assert soup(second).select_one("form[data-tokens]")


def test_the_token_endpoint_is_private_and_its_tokens_work_once(petition_en, no_fill_time):
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(petition_en.url)
    url = soup(page).select_one("form[data-tokens]")["data-tokens"]
    answer = visitor.get(url)
    assert answer.status_code == 200
    assert "private" in answer["Cache-Control"] and "no-store" in answer["Cache-Control"]
    assert "X-Page-Cache" not in answer
    tokens = answer.json()
    assert set(tokens) == {"started", "csrfmiddlewaretoken"}
    assert visitor.get(url).json()["started"] != tokens["started"]  # one per form shown

    first = visitor.post(sign_url(petition_en), signer(**tokens))
    assert first.status_code == 303
    # The same start token again (a replay, another email): thanked, nothing more stored.
    replay = visitor.post(sign_url(petition_en), signer(email="other@example.org", **tokens))
    assert replay.status_code == 303
    assert list(Signature.objects.values_list("email", flat=True)) == ["ana@example.org"]


def test_the_fill_time_counts_from_when_the_token_was_fetched(petition_en):
    visitor = Client(enforce_csrf_checks=True)
    tokens = fetched_tokens(visitor, visitor.get(petition_en.url))
    response = visitor.post(sign_url(petition_en), signer(**tokens))
    assert response.status_code == 400
    assert "very fast" in response.content.decode()
    assert not Signature.objects.exists()


def test_a_token_of_one_form_is_refused_by_another(petition_en, no_fill_time):
    visitor = Client(enforce_csrf_checks=True)
    story = StoryFormPage.objects.live().get(locale__language_code="en")
    tokens = fetched_tokens(visitor, visitor.get(story.url))
    assert visitor.post(sign_url(petition_en), signer(**tokens)).status_code == 400
    assert not Signature.objects.exists()


def test_the_token_endpoint_makes_no_query(petition_en):
    url = reverse("campaigns:form_tokens", args=[petition_en.translation_key])
    client = Client()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    assert len(captured) == 0
    assert client.post(url).status_code == 405


def test_a_post_without_tokens_gets_the_form_back_with_usable_ones(petition_es, no_fill_time):
    """What a visitor without JavaScript sees: the first press answers with the form (what they
    typed kept, a message in their language), the second signs."""
    visitor = Client(enforce_csrf_checks=True)  # no cookie yet, as from a cached page
    again = visitor.post(sign_url(petition_es), signer(started="", csrfmiddlewaretoken=""))
    assert again.status_code == 400
    assert "private" in again["Cache-Control"]
    assert soup(again).select_one("#form-errors")
    assert soup(again).select_one("input[name=first_name]")["value"] == "Ana"
    assert not Signature.objects.exists()
    hidden = hidden_values(again)
    assert hidden["started"] and hidden["csrfmiddlewaretoken"]
    assert visitor.post(sign_url(petition_es), signer(**hidden)).status_code == 303
    assert Signature.objects.get().language == "es"


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (
            StoryFormPage,
            {
                "text": "We waited at the bridge for eleven weeks with my daughters.",
                "language": "es",
                "name": "Rosa",
                "contact": "rosa@example.org",
                "publication": "first_name",
                "consent": "on",
            },
        ),
        (SignupPage, {"email": "news@example.org", "language": "en", "consent": "on"}),
    ],
)
def test_story_and_signup_forms_work_without_javascript(model, fields, no_fill_time):
    page = model.objects.live().get(locale__language_code="en")
    visitor = Client(enforce_csrf_checks=True)
    form = soup(visitor.get(page.url)).select_one("form.public-form")
    assert form["action"] == reverse("campaigns:form_send", args=[page.pk])
    again = visitor.post(form["action"], fields)
    assert again.status_code == 400
    assert visitor.post(form["action"], fields | hidden_values(again)).status_code == 303


def test_a_post_with_a_start_token_still_needs_its_csrf_token(petition_en, no_fill_time):
    tokens = fetched_tokens(Client(), Client().get(petition_en.url))
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(sign_url(petition_en), signer(started=tokens["started"])).status_code == 403
    assert not Signature.objects.exists()
