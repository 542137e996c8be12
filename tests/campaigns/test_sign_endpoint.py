"""The form posts to /<lang>/sign/<page id>/: the same outcome as posting to the page, with
one statement per clean signature instead of a walk of the page tree."""

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django_tasks import default_task_backend
from wagtail.models import PageViewRestriction

from campaigns.models import Signature
from tests.factories import confirm_signatures, soup

pytestmark = pytest.mark.django_db


def sign_url(page):
    with translation.override(page.locale.language_code):
        return reverse("action_sign", args=[page.pk])


def test_the_page_form_posts_to_the_signing_address_in_its_language(
    client, petition_en, petition_es
):
    for page, prefix in ((petition_en, "/en/sign/"), (petition_es, "/es/sign/")):
        form = soup(client.get(page.url)).select_one("form.signature-form")
        assert form["action"] == f"{prefix}{page.pk}/"


def test_a_signature_is_stored_once_thanked_and_counted(client, petition_en, form_data):
    first = client.post(sign_url(petition_en), form_data())
    again = client.post(sign_url(petition_en), form_data(first_name="Ana María"))
    assert first.status_code == again.status_code == 303
    assert first["Location"] == petition_en.url + "thank-you/"
    # Signing again changes nothing stored: a stranger cannot rewrite a signature.
    row = Signature.objects.get(email="ana@example.org")
    assert (row.first_name, row.language, row.state) == ("Ana", "en", "TX")
    assert Signature.objects.count() == 1
    confirm_signatures(client)
    page = soup(client.get(petition_en.url))
    assert int(page.find("progress")["value"]) == petition_en.offline_count + 1


def test_spanish_signature_is_thanked_in_spanish(client, petition_es, form_data):
    response = client.post(sign_url(petition_es), form_data(email="dos@example.org"))
    assert response.status_code == 303
    assert response["Location"] == petition_es.url + "gracias/"
    assert Signature.objects.get(email="dos@example.org").language == "es"


def test_a_clean_signature_costs_one_insert_once_the_action_is_known(
    client, petition_en, form_data
):
    # The email leaves from a worker (in production, one more INSERT: the queued task). The
    # dummy backend keeps what was queued without running it.
    dummy = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with override_settings(TASKS=dummy):
        client.post(sign_url(petition_en), form_data(email="warm@example.org"))
        data = form_data(email="fast@example.org")
        with CaptureQueriesContext(connection) as queries:
            response = client.post(sign_url(petition_en), data)
        queued = default_task_backend.results
    assert response.status_code == 303
    bookkeeping = ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE SAVEPOINT")
    statements = [q["sql"] for q in queries if not q["sql"].startswith(bookkeeping)]
    assert len(statements) == 1, statements
    assert statements[0].startswith("INSERT INTO")
    emails = [r.args[0] for r in queued if r.task.name == "send_email"]
    assert emails == ["signature_confirm", "signature_confirm"]


def test_bad_input_gets_the_page_again_with_a_spanish_message_and_nothing_stored(
    client, petition_es, form_data
):
    response = client.post(sign_url(petition_es), form_data(email="no-es-un-correo"))
    assert response.status_code == 400
    assert "correo electrónico válida" in response.content.decode()
    assert soup(response).select_one("h1").get_text(strip=True) == petition_es.title
    assert "private" in response["Cache-Control"]
    assert not Signature.objects.exists()


def test_spam_trap_and_missing_csrf_are_refused(petition_en, form_data):
    trapped = Client().post(sign_url(petition_en), form_data(website="http://spam.example"))
    assert trapped.status_code == 400
    no_token = Client(enforce_csrf_checks=True).post(sign_url(petition_en), form_data())
    assert no_token.status_code == 403
    assert not Signature.objects.exists()


def test_only_live_action_pages_take_signatures(client, petition_en, form_data):
    assert client.get(sign_url(petition_en)).status_code == 405
    home = petition_en.get_parent()
    assert client.post(f"/en/sign/{home.pk}/", form_data()).status_code == 404
    petition_en.unpublish()
    assert client.post(sign_url(petition_en), form_data()).status_code == 404
    assert not Signature.objects.exists()


def test_the_consent_wording_stored_follows_a_published_change(client, petition_en, form_data):
    client.post(sign_url(petition_en), form_data(email="before@example.org"))
    petition_en.consent_text = "Email me about detention campaigns."
    petition_en.save_revision().publish()
    client.post(sign_url(petition_en), form_data(email="after@example.org"))
    stored = dict(Signature.objects.values_list("email", "consent_text"))
    assert stored["after@example.org"] == "Email me about detention campaigns."
    assert stored["before@example.org"] != stored["after@example.org"]


def test_signing_follows_a_privacy_restriction_at_once(client, petition_en, form_data):
    client.post(sign_url(petition_en), form_data(email="before@example.org"))
    PageViewRestriction.objects.create(page=petition_en, restriction_type=PageViewRestriction.LOGIN)
    response = client.post(sign_url(petition_en), form_data(email="after@example.org"))
    assert response.status_code == 307 and response["Location"] == petition_en.url
    assert list(Signature.objects.values_list("email", flat=True)) == ["before@example.org"]
