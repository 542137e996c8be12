"""A visitor shares a story in Spanish on a phone and is thanked in Spanish; axe finds nothing
serious on the form, on its error state or on the thank-you page.

The form page is the tests' own, built on the live site by tests.factories.make_browser_pages,
which gives its address, headings and consent wording; the other labels and messages are the
site's own interface."""

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def story_form(built):
    return built["story_form_es"]


def test_a_visitor_shares_a_story_in_spanish_and_sees_the_spanish_thank_you(
    page, site_url, story_form, screenshot, axe
):
    response = page.goto(f"{site_url}{story_form['url']}")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text() == story_form["title"]
    assert axe(page) == []
    screenshot(page, "story-form-es")

    page.get_by_label("Tu historia", exact=True).fill(
        "Esperamos once semanas junto al puente. Una voluntaria nos trajo cobijas."
    )
    page.get_by_label("Tu nombre (opcional)").fill("Lucía")
    page.get_by_label("Publicarla sin mi nombre").check()
    page.get_by_label(story_form["consent"]).check()
    page.wait_for_timeout(3200)  # a person takes longer than the form's minimum fill time
    page.get_by_role("button", name="Enviar mi historia").click()
    page.wait_for_load_state()

    assert page.url == f"{site_url}{story_form['url']}gracias/"
    assert page.locator("h1").inner_text() == story_form["thanks"]
    assert "Nuestro equipo leerá tu historia" in page.locator("main").inner_text()
    assert axe(page) == []
    screenshot(page, "story-thanks-es")


def test_a_story_sent_without_consent_is_refused_with_a_spanish_message(
    page, site_url, story_form, screenshot, axe
):
    page.goto(f"{site_url}{story_form['url']}")
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
