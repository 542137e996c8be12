"""A visitor shares a story in Spanish on a phone and is thanked in Spanish; axe finds nothing
serious on the form, on its error state or on the thank-you page."""

import pytest

pytestmark = pytest.mark.browser

FORM_URL = "/es/comparte-tu-historia/"


def test_a_visitor_shares_a_story_in_spanish_and_sees_the_spanish_thank_you(
    page, site_url, screenshot, axe
):
    response = page.goto(f"{site_url}{FORM_URL}")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text() == "Comparte tu historia"
    assert axe(page) == []
    screenshot(page, "story-form-es")

    page.get_by_label("Tu historia", exact=True).fill(
        "Esperamos once semanas junto al puente. Una voluntaria nos trajo cobijas."
    )
    page.get_by_label("Tu nombre (opcional)").fill("Lucía")
    page.get_by_label("Publicarla sin mi nombre").check()
    page.get_by_label("Acepto que Border Humanity guarde mi historia").check()
    page.wait_for_timeout(3200)  # a person takes longer than the form's minimum fill time
    page.get_by_role("button", name="Enviar mi historia").click()
    page.wait_for_load_state()

    assert page.url == f"{site_url}{FORM_URL}gracias/"
    assert page.locator("h1").inner_text() == "Gracias por tu confianza"
    assert "Nuestro equipo leerá tu historia" in page.locator("main").inner_text()
    assert axe(page) == []
    screenshot(page, "story-thanks-es")


def test_a_story_sent_without_consent_is_refused_with_a_spanish_message(
    page, site_url, screenshot, axe
):
    page.goto(f"{site_url}{FORM_URL}")
    page.get_by_label("Tu historia", exact=True).fill(
        "Una historia con bastante texto para enviarla."
    )
    page.get_by_label("No publicar mi historia").check()
    page.wait_for_timeout(3200)
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Enviar mi historia").click()
    assert posted.value.status == 400
    page.wait_for_load_state()
    assert (
        "Marca esta casilla para que podamos guardar tu historia."
        in page.locator(".public-form").inner_text()
    )
    # What the visitor wrote is still there.
    assert "bastante texto" in page.get_by_label("Tu historia", exact=True).input_value()
    assert axe(page) == []
    screenshot(page, "story-error-es")
