"""A visitor on a phone opens the home page, reads it, switches language; axe finds nothing."""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["en", "es"])
def test_home_page_reads_well_and_is_accessible(page, site_url, screenshot, axe, language):
    response = page.goto(f"{site_url}/{language}/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert page.locator("main").count() == 1
    screenshot(page, f"home-{language}")
    assert axe(page) == []


def test_root_follows_the_browsers_language(browser, site_url):
    context = browser.new_context(locale="es-ES")
    tab = context.new_page()
    tab.goto(f"{site_url}/")
    assert tab.url == f"{site_url}/es/"
    context.close()


def test_language_switcher_takes_the_visitor_to_the_same_page_in_spanish(
    page, site_url, screenshot
):
    page.set_viewport_size({"width": 1280, "height": 900})  # the menu is open on wide screens
    page.goto(f"{site_url}/en/")
    page.locator('header nav a[href^="/en/"]:not([href="/en/"]):not([hreflang])').first.click()
    page.wait_for_load_state()
    english_url = page.url
    english_title = page.locator("h1").inner_text()
    page.locator('[data-language-switcher] a[hreflang="es"]').click()
    page.wait_for_load_state()
    assert page.url.startswith(f"{site_url}/es/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text() != english_title
    screenshot(page, "switched-to-es")
    page.locator('[data-language-switcher] a[hreflang="en"]').click()
    page.wait_for_load_state()
    assert page.url == english_url


def test_skip_link_moves_focus_to_the_main_content(page, site_url):
    page.goto(f"{site_url}/en/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
