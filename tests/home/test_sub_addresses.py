"""A Spanish page's sub-addresses are in Spanish (`/es/…/gracias/`), the links of Spanish emails
too, and the English words under /es/ lead there with a 301."""

import re
import uuid

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from campaigns.models import Signature
from home.sub_addresses import WORDS
from tests.factories import filled_form, links_to

pytestmark = pytest.mark.django_db


def test_a_spanish_signer_is_thanked_at_gracias_and_the_english_word_redirects(
    client, petition_en, petition_es
):
    response = client.post(petition_es.url, filled_form(petition_es, email="rosa@example.org"))
    assert response.status_code == 303
    assert response["Location"] == petition_es.url + "gracias/"
    assert client.get(response["Location"]).status_code == 200

    old = client.get(petition_es.url + "thank-you/?utm_source=boletin")
    assert old.status_code == 301
    assert old["Location"] == petition_es.url + "gracias/?utm_source=boletin"
    # The English page keeps its English words, and has no Spanish ones.
    assert client.get(petition_en.url + "thank-you/").status_code == 200
    assert client.get(petition_en.url + "gracias/").status_code == 404


def test_the_spanish_address_is_made_in_the_pages_language_whatever_is_active(petitions):
    petition_en, petition_es = petitions
    with translation.override("en"):
        assert petition_es.reverse_subpage("thank_you") == "gracias/"
    with translation.override("es"):
        assert petition_en.reverse_subpage("thank_you") == "thank-you/"


def test_spanish_emails_link_to_spanish_addresses_and_the_english_ones_redirect(
    client, petition_es
):
    client.post(petition_es.url, filled_form(petition_es, email="rosa@example.org"))
    (link,) = links_to("/es/firma/confirmar/", mail.outbox)
    assert Signature.objects.get(email="rosa@example.org").language == "es"
    path = re.sub(r"^https?://[^/]+", "", link)
    assert client.get(path).status_code == 200
    english = path.replace("/firma/confirmar/", "/signature/confirm/")
    response = client.get(english)
    assert (response.status_code, response["Location"]) == (301, path)


def test_subscription_and_download_addresses_follow_the_language():
    code, page_id, asset = "abc", 12, uuid.uuid4()
    expected = {
        "en": ["/en/subscription/confirm/abc/", "/en/subscription/unsubscribe/abc/"],
        "es": ["/es/suscripcion/confirmar/abc/", "/es/suscripcion/baja/abc/"],
    }
    for language, (confirm, unsubscribe) in expected.items():
        with translation.override(language):
            assert reverse("campaigns:signup_confirm", args=[code]) == confirm
            assert reverse("campaigns:signup_unsubscribe", args=[code]) == unsubscribe
            download = reverse("toolkit:download", args=[page_id, asset, "story"])
            words = {"en": "downloads", "es": "descargas"}[language]
            assert download == f"/{language}/{words}/{page_id}/{asset}/story/"


def test_english_download_and_subscription_words_under_es_redirect(client):
    asset = uuid.uuid4()
    response = client.get(f"/es/downloads/3/{asset}/story/")
    assert (response.status_code, response["Location"]) == (
        301,
        f"/es/descargas/3/{asset}/story/",
    )
    response = client.get("/es/subscription/unsubscribe/abc/")
    assert (response.status_code, response["Location"]) == (301, "/es/suscripcion/baja/abc/")
    # Under /en/ the Spanish words mean nothing.
    assert client.get("/en/suscripcion/baja/abc/").status_code == 404


def test_every_word_has_a_spanish_translation_fit_for_an_address():
    with translation.override("es"):
        for english, word in WORDS.items():
            assert re.fullmatch(r"[a-z0-9-]+", str(word)), word
            assert str(word) != english, english
