"""Every public page tells the browser to run only the site's own scripts, never to be framed,
to keep referrers short and to refuse camera, microphone and location; the petition still works."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from campaigns.models import Signature
from tests.factories import content_security_policy, filled_form, make_user, soup

pytestmark = pytest.mark.django_db

# Script types a browser reads as data, not code: CSP does not apply to them.
DATA_SCRIPTS = {"application/json", "application/ld+json"}


def assert_public_headers(response):
    assert response.status_code == 200
    csp = content_security_policy(response)
    assert csp["script-src"][0] == "'self'"
    assert "'unsafe-inline'" not in csp["script-src"] + csp["default-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    features = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment"):
        assert f"{feature}=()" in features


def test_home_and_petition_send_the_security_headers_in_both_languages(
    client, home_en, home_es, petitions
):
    for page in (home_en, home_es, *petitions):
        assert_public_headers(client.get(page.url))


def test_no_public_page_needs_inline_code_the_policy_would_block(client):
    """A script without src, an on* handler or a style attribute would be blocked: none exist."""
    pages = Page.objects.filter(depth__gt=1).live().public().specific()
    assert pages.filter(locale__language_code="es").exists()
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        nonce = content_security_policy(response)["script-src"]
        for script in soup(response).find_all("script"):
            if script.get("src"):
                assert script["src"].startswith("/"), (page.url, script["src"])
            elif script.get("type") not in DATA_SCRIPTS:
                assert f"'nonce-{script.get('nonce')}'" in nonce, (page.url, str(script)[:80])
        for tag in soup(response).find_all(True):
            handlers = [a for a in tag.attrs if a.startswith("on")]
            assert not handlers and "style" not in tag.attrs, (page.url, str(tag)[:80])


def test_the_petition_form_still_signs_under_the_policy(client, petitions):
    for page in petitions:
        form = soup(client.get(page.url)).select_one("form.signature-form")
        # form-action 'self': the form posts to this site.
        assert form["action"].startswith("/")
        email = f"csp-{page.locale.language_code}@example.org"
        response = client.post(form["action"], filled_form(page, email=email))
        assert response.status_code == 303
        thanks = {"en": "thank-you/", "es": "gracias/"}[page.locale.language_code]
        assert response["Location"] == page.url + thanks
        assert Signature.objects.filter(email=email).exists()


def test_the_admin_gets_its_own_policy_and_public_pages_keep_theirs(client, home_en):
    client.force_login(make_user("csp-admin", superuser=True))
    response = client.get("/admin/")
    assert response.status_code == 200
    admin_policy = content_security_policy(response)
    assert "'unsafe-inline'" in admin_policy["script-src"]
    assert admin_policy["frame-ancestors"] == ["'self'"]
    # Logged in or not, public pages keep the strict policy (the user bar loads files only).
    assert_public_headers(client.get(home_en.url))


def test_the_signing_address_sends_the_public_policy(client, petitions):
    with translation.override("es"):
        url = reverse("action_sign", args=[petitions[1].pk])
    response = client.post(url, {})
    assert "'unsafe-inline'" not in content_security_policy(response)["script-src"]


def test_pages_served_from_the_page_cache_carry_the_headers_too(client, settings, home_es):
    settings.PAGE_CACHE_SECONDS = 600
    client.get(home_es.url)
    hit = client.get(home_es.url)
    assert hit["X-Page-Cache"] == "hit"
    assert_public_headers(hit)
