"""A visitor signs the petition in Spanish, on a phone, and sees the count go up by one.

The petition is the tests' own, built on the live site by tests.factories.make_browser_pages,
which gives its address and thank-you heading; labels and messages are the site's interface."""

import re
from urllib.parse import urlsplit

import pytest

from campaigns.abuse import MIN_FILL_SECONDS

pytestmark = pytest.mark.browser


def shown_total(page):
    return int(page.locator(".counter progress").get_attribute("value"))


def confirmation_path(live_site, address):
    """The path of the link in the confirmation email sent to this address."""
    for message in reversed(live_site.sent_emails()):
        if message["To"] == address:
            body = message.get_body(("plain",)).get_content()
            found = re.search(r"https?://\S+/(?:signature/confirm|firma/confirmar)/\S+", body)
            link = found.group()
            return urlsplit(link).path
    raise AssertionError(f"no confirmation email to {address}")


def test_a_visitor_signs_in_spanish_confirms_and_is_thanked_in_spanish(
    page, site_url, live_site, built, screenshot, axe
):
    petition = built["petition_es"]
    page.goto(f"{site_url}{petition['url']}")
    before = shown_total(page)
    assert axe(page) == []
    page.get_by_label("Nombre", exact=True).fill("Lucía")
    page.get_by_label("Apellido", exact=True).fill("Hernández")
    page.get_by_label("Correo", exact=True).fill("lucia.browser@example.org")
    page.get_by_label("Código postal", exact=True).fill("85001")
    page.get_by_label("País", exact=True).select_option("US")
    page.get_by_label(re.compile("Mostrar mi nombre")).check()
    screenshot(page, "petition-es-filled")
    page.wait_for_timeout(MIN_FILL_SECONDS * 1000 + 200)  # people take a moment; robots do not
    page.get_by_role("button", name="Firmar").click()
    page.wait_for_url(f"{site_url}{petition['url']}gracias/")
    assert page.locator("h1").inner_text() == "Revisa tu correo"
    screenshot(page, "petition-es-check-email")
    assert axe(page) == []

    # The email's link opens a page with one button, in Spanish; pressing it counts her.
    page.goto(site_url + confirmation_path(live_site, "lucia.browser@example.org"))
    assert "/es/" in page.url
    assert axe(page) == []
    page.get_by_role("button", name="Confirmar mi firma").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == petition["thanks"]
    assert shown_total(page) == before + 1
    screenshot(page, "petition-es-thanks")
    assert axe(page) == []


def test_a_mistake_is_explained_in_spanish_and_nothing_is_lost(page, site_url, built):
    page.goto(f"{site_url}{built['petition_es']['url']}")
    page.get_by_label("Nombre", exact=True).fill("Pedro")
    page.get_by_label("Apellido", exact=True).fill("Gómez")
    page.get_by_label("Correo", exact=True).fill("no-es-un-correo")
    page.get_by_label("Código postal", exact=True).fill("85001")
    page.wait_for_timeout(MIN_FILL_SECONDS * 1000 + 200)
    page.get_by_role("button", name="Firmar").click()
    page.wait_for_load_state()
    assert "correo electrónico válida" in page.locator(".field--error").inner_text()
    # What the visitor typed is still there.
    assert page.get_by_label("Nombre", exact=True).input_value() == "Pedro"
