"""On a phone, in English and in Spanish, a visitor follows the footer to the privacy notice
and writes to the coalition through the contact form; axe finds nothing serious on the notice,
the form or the thank-you page."""

import pytest

pytestmark = pytest.mark.browser

CASES = [
    # language, footer link, privacy notice heading, contact address, texts to use
    (
        "en",
        "Privacy",
        "Privacy notice",
        "/en/contact/",
        {
            "name": "Your name",
            "email": "Your email",
            "topic": "Volunteering",
            "message": "Your message",
            "consent": "I agree that Border Humanity keeps my message",
            "button": "Send my message",
            "thanks": "Thank you for writing to us",
        },
    ),
    (
        "es",
        "Privacidad",
        "Aviso de privacidad",
        "/es/contacto/",
        {
            "name": "Tu nombre",
            "email": "Tu correo electrónico",
            "topic": "Voluntariado",
            "message": "Tu mensaje",
            "consent": "Acepto que Border Humanity guarde mi mensaje",
            "button": "Enviar mi mensaje",
            "thanks": "Gracias por escribirnos",
        },
    ),
]


@pytest.mark.parametrize(("lang", "footer_link", "heading", "contact_url", "text"), CASES)
def test_footer_to_privacy_notice_then_a_message_is_sent_and_thanked(
    page, site_url, screenshot, axe, lang, footer_link, heading, contact_url, text
):
    page.goto(f"{site_url}/{lang}/")
    page.locator(".site-footer").get_by_role("link", name=footer_link, exact=True).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == heading
    assert page.locator("html").get_attribute("lang") == lang
    assert axe(page) == []
    screenshot(page, f"privacy-notice-{lang}")

    response = page.goto(f"{site_url}{contact_url}")
    assert response.status == 200
    form = page.locator("form.public-form")
    assert form.locator(".form-privacy a").count() == 1  # the notice, beside the consent
    page.get_by_label(text["name"], exact=True).fill("Marisol Peña")
    page.get_by_label(text["email"], exact=True).fill(f"marisol.{lang}@example.org")
    page.get_by_label(text["topic"], exact=True).check()
    page.get_by_label(text["message"], exact=True).fill(
        "I drive in El Paso on weekends and could take people to the bus station."
    )
    page.get_by_label(text["consent"]).check()
    assert axe(page) == []
    screenshot(page, f"contact-form-{lang}")
    page.wait_for_timeout(3200)  # a person takes longer than the form's minimum fill time
    page.get_by_role("button", name=text["button"]).click()
    page.wait_for_load_state()

    thanks = "gracias/" if lang == "es" else "thank-you/"  # the sub-address in the page's language
    assert page.url == f"{site_url}{contact_url}{thanks}"
    assert page.locator("h1").inner_text() == text["thanks"]
    assert axe(page) == []
    screenshot(page, f"contact-thanks-{lang}")
