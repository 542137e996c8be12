"""With the database unreachable, visitors read a short "try again" page in their language and
are never thanked for a signature that was not stored; the next request after it returns works.
With Redis down, the site serves and signs as usual."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from campaigns.models import Signature
from tests.factories import database_refuses, filled_form

pytestmark = pytest.mark.django_db

SORRY_EN = "The problem is on our side, not yours."
SORRY_ES = "El problema es nuestro, no tuyo."
NOT_SAVED_EN = "What you sent has not been saved."


def sign_url(page):
    with translation.override(page.locale.language_code):
        return reverse("action_sign", args=[page.pk])


def assert_try_again_page(response, language, sorry):
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert "no-store" in response["Cache-Control"]
    body = response.content.decode()
    assert f'<html lang="{language}"' in body
    assert sorry in body
    assert "Traceback" not in body


def test_a_signature_that_cannot_be_stored_is_not_thanked_and_can_be_sent_again(client, petitions):
    petition = petitions[0]
    with database_refuses(only="INSERT INTO"):
        response = client.post(sign_url(petition), filled_form(petition, email="lost@example.org"))
    assert_try_again_page(response, "en", SORRY_EN)
    assert NOT_SAVED_EN in response.content.decode()
    assert "Location" not in response
    assert not Signature.objects.filter(email="lost@example.org").exists()

    # The database is back: the same signature goes through on the next try.
    again = client.post(sign_url(petition), filled_form(petition, email="lost@example.org"))
    assert again.status_code == 303
    assert again["Location"] == petition.url + "thank-you/"
    assert Signature.objects.filter(email="lost@example.org").count() == 1


def test_the_spanish_signer_is_told_in_spanish(client, petition_es):
    data = filled_form(petition_es, email="perdida@example.org")
    with database_refuses(only="INSERT INTO"):
        response = client.post(sign_url(petition_es), data)
    assert_try_again_page(response, "es", SORRY_ES)
    assert not Signature.objects.filter(email="perdida@example.org").exists()


def test_pages_answer_503_in_the_visitors_language_while_the_database_is_down(
    client, home_en, home_es, petitions
):
    urls = home_en.url, petitions[1].url
    with database_refuses():
        english = client.get(urls[0])
        spanish = client.get(urls[1])
    assert_try_again_page(english, "en", SORRY_EN)
    assert_try_again_page(spanish, "es", SORRY_ES)
    assert NOT_SAVED_EN not in english.content.decode()
    assert client.get(home_es.url).status_code == 200


REDIS_DOWN = {
    alias: {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/7",  # nothing listens there
        "OPTIONS": {"IGNORE_EXCEPTIONS": True},
    }
    for alias in ("default", "renditions")
}


@override_settings(CACHES=REDIS_DOWN)
def test_with_redis_down_pages_are_served_and_signatures_stored(client, home_es, petitions):
    assert client.get(home_es.url).status_code == 200
    for page in petitions:
        assert client.get(page.url).status_code == 200
        email = f"sin-redis-{page.locale.language_code}@example.org"
        response = client.post(sign_url(page), filled_form(page, email=email))
        assert response.status_code == 303
        assert Signature.objects.filter(email=email).exists()


def test_cached_pages_keep_serving_and_the_others_say_try_again(
    client, settings, home_es, petitions
):
    settings.PAGE_CACHE_SECONDS = 600
    cached, with_a_form = home_es.url, petitions[1].url  # pages with a form are never cached
    client.get(cached)
    with database_refuses():
        assert client.get(cached).status_code == 200
        assert_try_again_page(client.get(with_a_form), "es", SORRY_ES)
