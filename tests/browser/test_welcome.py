"""A visitor writes a message of welcome on a phone, in English and in Spanish; staff approve it
(through the live site's manage.py, as a moderator's decision); the message then appears on the
page with its first name and town only. axe finds nothing serious at any step."""

import pytest

pytestmark = pytest.mark.browser

PAGES = {
    "en": "/en/limit-detention/welcome-lidia/",
    "es": "/es/limitar-la-detencion/bienvenida-lidia/",
}
# What a visitor reads and types, in each language.
VISITOR = {
    "en": {
        "message_label": "Your message",
        "first_name_label": "Your first name",
        "town_label": "Your town",
        "show": "Also show my message on this page",
        "consent": "I agree that Border Humanity keeps my message",
        "button": "Send my message",
        "thanks": "Thank you for welcoming Lidia",
        "first_name": "Marguerite",
        "town": "Santa Fe",
        "message": "Welcome home, Lidia. Our choir will sing for you on Sunday.",
    },
    "es": {
        "message_label": "Tu mensaje",
        "first_name_label": "Tu nombre de pila",
        "town_label": "Tu ciudad",
        "show": "Mostrar también mi mensaje en esta página",
        "consent": "Acepto que Border Humanity guarde mi mensaje",
        "button": "Enviar mi mensaje",
        "thanks": "Gracias por darle la bienvenida a Lidia",
        "first_name": "Inés",
        "town": "Mesilla",
        "message": "Bienvenida a casa, Lidia. Te esperamos con un café y mucho cariño.",
    },
}

APPROVE = """
from campaigns.models import WelcomeMessage
from campaigns.welcome_moderation import approve
new = WelcomeMessage.objects.filter(status="new", first_name={first_name!r}, town={town!r})
print(approve(list(new.values_list("pk", flat=True)), None))
"""


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_message_is_sent_approved_and_shown_with_first_name_and_town_only(
    page, site_url, live_site, screenshot, axe, language
):
    url, words = f"{site_url}{PAGES[language]}", VISITOR[language]
    response = page.goto(url)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert axe(page) == []
    screenshot(page, f"welcome-form-{language}")

    page.get_by_label(words["first_name_label"]).fill(words["first_name"])
    page.get_by_label(words["town_label"]).fill(words["town"])
    page.get_by_label(words["message_label"], exact=True).fill(words["message"])
    page.get_by_label(words["show"]).check()
    page.get_by_label(words["consent"]).check()
    page.wait_for_timeout(3200)  # a person takes longer than the form's minimum fill time
    page.get_by_role("button", name=words["button"]).click()
    page.wait_for_load_state()
    assert page.url == f"{url}{'gracias' if '/es/' in url else 'thank-you'}/"
    assert page.locator("h1").inner_text() == words["thanks"]
    assert axe(page) == []
    screenshot(page, f"welcome-thanks-{language}")

    page.goto(url)
    assert words["message"] not in page.locator("main").inner_text()  # not before approval

    approve = APPROVE.format(first_name=words["first_name"], town=words["town"])
    assert live_site.manage("shell", "-v0", "-c", approve, timeout=120).strip() == "1"

    page.goto(url)
    card = page.locator(".welcome-card", has_text=words["message"])
    assert card.count() == 1
    assert card.get_attribute("lang") == language
    assert card.inner_text().split() == (
        f"{words['message']} — {words['first_name']}, {words['town']}".split()
    )
    assert axe(page) == []
    card.scroll_into_view_if_needed()
    screenshot(page, f"welcome-shown-{language}")
