"""On a phone, a visitor enters a ZIP code, gets their officials with a number to dial and the
script, says "I called", and the page's count goes up by one: in English and in Spanish, with
and without JavaScript."""

import pytest

from campaigns.abuse import MIN_FILL_SECONDS

pytestmark = pytest.mark.browser

PAGES = {
    "en": {
        "path": "/en/limit-detention/call-your-officials/",
        "zip": "Your ZIP code",
        "show": "Show who to call",
        "heading": "Your officials for Texas",
        "called": "I called Maria Delgado",
        "counted": "Thank you: your call is counted.",
    },
    "es": {
        "path": "/es/limitar-la-detencion/llama-a-tus-representantes/",
        "zip": "Tu código postal",
        "show": "Muéstrame a quién llamar",
        "heading": "Tus representantes de Texas",
        "called": "Llamé a Maria Delgado",
        "counted": "Gracias: tu llamada está contada.",
    },
}


def shown_count(page):
    return int(page.locator(".call-count strong").inner_text().replace(",", ""))


@pytest.mark.parametrize("language", ["en", "es"])
def test_zip_code_officials_and_a_counted_call(page, site_url, screenshot, axe, language):
    words = PAGES[language]
    page.goto(site_url + words["path"])
    before = shown_count(page)
    assert axe(page) == []
    page.get_by_label(words["zip"], exact=True).fill("79901")
    page.get_by_role("button", name=words["show"]).click()
    page.get_by_role("heading", name=words["heading"]).wait_for()
    # The ZIP code went in the body of a POST: the address is the page's own.
    assert page.url == site_url + words["path"]
    officials = page.locator(".call-official h3").all_inner_texts()
    assert len(officials) == 4 and "Maria Delgado" in officials[1]
    assert page.locator(".call-phone a").nth(1).get_attribute("href") == "tel:+15125550111"
    assert "Maria Delgado" in page.locator(".call-script").nth(1).text_content()
    screenshot(page, f"call-{language}-officials")
    assert axe(page) == []
    page.wait_for_timeout(MIN_FILL_SECONDS * 1000 + 200)  # the call takes a while
    page.get_by_role("button", name=words["called"]).click()
    page.locator(".call-official").nth(1).get_by_text(words["counted"]).wait_for()
    screenshot(page, f"call-{language}-counted")
    assert axe(page) == []
    page.reload()
    assert shown_count(page) == before + 1


def test_without_javascript_both_forms_work(browser, page, site_url, screenshot, axe):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="en-US", java_script_enabled=False
    )
    plain = context.new_page()
    words = PAGES["en"]
    try:
        plain.goto(site_url + words["path"])
        before = shown_count(plain)
        plain.get_by_label(words["zip"], exact=True).fill("90210")
        plain.get_by_role("button", name=words["show"]).click()
        plain.get_by_role("heading", name="Your officials for California").wait_for()
        assert "90210" not in plain.url
        plain.wait_for_timeout(MIN_FILL_SECONDS * 1000 + 200)
        plain.get_by_role("button", name="I called Helen Park").click()
        plain.get_by_role("heading", name="Thank you for calling").wait_for()
        assert shown_count(plain) == before + 1
        screenshot(plain, "call-en-no-js-thanks")
        thanks = plain.url
    finally:
        context.close()
    # axe is a script: it checks the thank-you page in a tab that runs scripts.
    page.goto(thanks)
    assert axe(page) == []
