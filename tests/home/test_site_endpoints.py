"""The addresses every deployment relies on: /, /healthz, /sitemap.xml, /robots.txt, 404."""

from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.test import override_settings
from wagtail.models import Page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "prefix"),
    [("es-MX,es;q=0.9,en;q=0.5", "/es/"), ("en-US,en;q=0.8", "/en/"), ("de-DE", "/en/")],
)
def test_root_redirects_by_the_browsers_language(client, accept_language, prefix):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == prefix


def test_healthz_answers_ok_when_the_database_and_cache_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_healthz_answers_503_naming_the_database_when_it_is_unreachable(client):
    with mock.patch.object(
        connection, "ensure_connection", side_effect=OperationalError("connection refused")
    ):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "unreachable", "cache": "ok"}
    # The database returns: so does the health check, without a restart.
    assert client.get("/healthz").json() == {"database": "ok", "cache": "ok"}


def test_healthz_answers_503_naming_the_cache_when_it_fails(client):
    with mock.patch(
        "borderhumanity.healthz.cache.set", side_effect=ConnectionError("redis is down")
    ):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "unreachable"}


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/7",  # nothing listens there
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
)
def test_healthz_notices_a_redis_that_swallows_its_errors(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "unreachable"


def test_sitemap_lists_every_live_page_in_both_languages(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    live = Page.objects.filter(depth__gt=1).live().public().specific()
    assert live.filter(locale__language_code="es").exists()
    for page in live:
        assert f"<loc>{page.full_url}</loc>" in body
    assert "/en/" in body and "/es/" in body


def test_robots_txt_points_at_the_sitemap_and_keeps_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


@pytest.mark.parametrize(("prefix", "words"), [("en", "Page not found"), ("es", "no encontrada")])
def test_missing_page_answers_404_in_the_visitors_language(client, prefix, words):
    response = client.get(f"/{prefix}/no-such-page/")
    assert response.status_code == 404
    assert words in response.content.decode()
    assert f'<html lang="{prefix}"' in response.content.decode()


def test_admin_login_is_served(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
