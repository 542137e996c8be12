"""A signature is stored once, counted in every language once its owner confirms it, and bad
input loses nothing."""

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client

from campaigns.counts import stepped_goal
from campaigns.models import Signature
from tests.factories import (
    confirm_signatures,
    fetched_tokens,
    h1_texts,
    make_action,
    soup,
    started_form,
)

pytestmark = pytest.mark.django_db


def shown_total(response):
    return int(soup(response).find("progress")["value"])


def test_petition_page_shows_letter_demands_counter_and_form_in_both_languages(
    client, petition_en, petition_es
):
    for page, words in ((petition_en, "Sign"), (petition_es, "Firmar")):
        response = client.get(page.url)
        assert response.status_code == 200
        assert h1_texts(response) == [page.title]
        html = response.content.decode()
        assert page.recipients in html
        assert len(soup(response).select(".demands-list li")) == 5
        assert soup(response).select_one(".signature-form button").get_text(strip=True) == words
        # Nothing of one visitor in it (its tokens are fetched apart): a shared cache may keep it.
        assert "private" not in response.get("Cache-Control", "")
        assert not soup(response).select_one("input[name=started]").get("value")
        assert not soup(response).select_one("input[name=csrfmiddlewaretoken]")["value"]
        assert "Set-Cookie" not in response
        assert shown_total(response) == page.offline_count


def test_signing_stores_one_row_thanks_with_303_and_counts_it(client, petition_en, form_data):
    before = shown_total(client.get(petition_en.url))
    response = client.post(petition_en.url, form_data())
    assert response.status_code == 303
    thanks_url = response["Location"]
    assert thanks_url == petition_en.url + "thank-you/"
    assert "ana" not in thanks_url.lower() and "@" not in thanks_url

    signature = Signature.objects.get(email="ana@example.org")
    assert signature.page_key == petition_en.translation_key
    assert signature.language == "en"
    assert signature.consent_text == petition_en.consent_text
    assert signature.confirmed_at is None
    thanks = client.get(thanks_url)
    assert thanks.status_code == 200
    assert h1_texts(thanks) == ["Check your email"]
    # Not counted until its owner confirms it from the email.
    assert shown_total(client.get(petition_en.url)) == before

    confirm_signatures(client)
    signature.refresh_from_db()
    assert signature.confirmed_at is not None
    assert shown_total(client.get(petition_en.url)) == before + 1


def test_english_and_spanish_versions_add_up_to_one_count(
    client, petition_en, petition_es, form_data
):
    client.post(petition_en.url, form_data(email="one@example.org"))
    response = client.post(petition_es.url, form_data(email="dos@example.org"))
    assert response["Location"] == petition_es.url + "gracias/"
    confirm_signatures(client)
    expected = petition_en.offline_count + 2
    assert shown_total(client.get(petition_en.url)) == expected
    assert shown_total(client.get(petition_es.url)) == expected
    assert Signature.objects.get(email="dos@example.org").language == "es"
    # The Spanish signer confirmed on a Spanish page, thanked with the Spanish heading.
    assert "/es/firma/confirmar/" in mail.outbox[1].body


def test_the_signer_who_opted_in_appears_among_recent_signers(client, petition_en, form_data):
    client.post(petition_en.url, form_data(first_name="Marisol"))
    client.post(
        petition_en.url, form_data(first_name="Hidden", email="h@example.org", show_name=None)
    )
    client.post(petition_en.url, form_data(first_name="Unconfirmed", email="u@example.org"))
    confirm_signatures(client, mail.outbox[:2])
    recent = soup(client.get(petition_en.url)).select(".recent-signers li")
    assert [li.get_text(strip=True) for li in recent] == ["Marisol, Texas"]


@pytest.mark.parametrize(
    ("overrides", "field", "message_es"),
    [
        ({"email": "not-an-email"}, "email", "correo electrónico válida"),
        ({"first_name": "<script>alert(1)</script>"}, "first_name", "HTML"),
        ({"last_name": "x" * 81}, "last_name", "81"),
        ({"country": "ZZ"}, "country", "opción válida"),
        ({"postal_code": "<b>"}, "postal_code", "código postal"),
        ({"first_name": "An\x00a"}, "first_name", "nulos"),
        ({"first_name": "Ana \ufffd"}, "first_name", "caracteres"),
        ({"email": ""}, "email", "necesario"),
    ],
)
def test_bad_input_gets_a_clear_spanish_message_a_400_and_stores_nothing(
    client, petition_es, form_data, overrides, field, message_es
):
    response = client.post(petition_es.url, form_data(**overrides))
    assert response.status_code == 400
    errors = soup(response).select(".field--error .field-error")
    assert errors and message_es in " ".join(e.get_text() for e in errors)
    assert not Signature.objects.exists()
    assert "private" in response["Cache-Control"]


def test_robots_filling_the_hidden_field_are_turned_away(client, petition_en, form_data):
    response = client.post(petition_en.url, form_data(website="https://spam.example"))
    assert response.status_code == 400
    assert not Signature.objects.exists()


def test_a_form_sent_within_seconds_of_loading_is_refused(client, petition_en, form_data):
    response = client.post(
        petition_en.url, form_data(started=started_form(petition_en, seconds_ago=0))
    )
    assert response.status_code == 400
    assert "very fast" in response.content.decode()
    assert not Signature.objects.exists()


def test_a_tampered_start_token_is_refused(client, petition_en, form_data):
    response = client.post(petition_en.url, form_data(started="forged"))
    assert response.status_code == 400
    assert not Signature.objects.exists()


def test_too_many_submissions_from_one_client_get_429(client, petition_es, form_data):
    for i in range(settings.ACTION_RATE_LIMIT):
        assert client.post(petition_es.url, form_data(email=f"p{i}@example.org")).status_code == 303
    response = client.post(petition_es.url, form_data(email="late@example.org"))
    assert response.status_code == 429
    assert "Demasiados envíos" in response.content.decode()
    assert Signature.objects.count() == settings.ACTION_RATE_LIMIT


def test_mistakes_do_not_count_against_the_limit_but_spam_does(client, petition_es, form_data):
    for _ in range(settings.ACTION_RATE_LIMIT + 2):
        assert client.post(petition_es.url, form_data(email="typo")).status_code == 400
    assert client.post(petition_es.url, form_data()).status_code == 303
    for _ in range(settings.ACTION_RATE_LIMIT):
        client.post(petition_es.url, form_data(email="x@example.org", website="spam"))
    assert client.post(petition_es.url, form_data(email="y@example.org")).status_code == 429


def test_a_start_token_works_once(client, petition_en, form_data):
    data = form_data()
    assert client.post(petition_en.url, data).status_code == 303
    # The same token again (a replay, or a double click): nothing more is stored.
    again = client.post(petition_en.url, {**data, "email": "other@example.org"})
    assert again.status_code == 303
    assert list(Signature.objects.values_list("email", flat=True)) == ["ana@example.org"]


def test_a_token_given_by_another_form_is_refused(client, petition_en, form_data):
    letter = make_action("letter", "Test letter: another form", "test-another-form")
    response = client.post(petition_en.url, form_data(started=started_form(letter)))
    assert response.status_code == 400
    assert not Signature.objects.exists()


def test_missing_csrf_token_is_a_clear_403_in_the_visitors_language(petition_es, form_data):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(petition_es.url, form_data())
    assert response.status_code == 403
    assert "Vuelve a enviar el formulario" in response.content.decode()
    assert not Signature.objects.exists()


def test_a_copy_of_the_page_kept_by_the_browser_can_still_be_submitted(petition_en, form_data):
    visitor = Client(enforce_csrf_checks=True)
    csrf = fetched_tokens(visitor, visitor.get(petition_en.url))["csrfmiddlewaretoken"]
    # Later, from the copy of the page (the browser's cache, or the back button):
    response = visitor.post(petition_en.url, form_data(csrfmiddlewaretoken=csrf))
    assert response.status_code == 303
    assert Signature.objects.count() == 1


@pytest.mark.parametrize(
    ("goal", "total", "shown"),
    [(1000, 0, 1000), (1000, 999, 1000), (1000, 1000, 2000), (1000, 4500, 8000)],
)
def test_the_goal_steps_up_once_passed(goal, total, shown):
    assert stepped_goal(goal, total) == shown
