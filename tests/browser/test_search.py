"""A visitor searches from the header, moves through suggestions with the keyboard, opens a
result; axe finds nothing serious on the way. Without JavaScript the search still works."""

import re

import pytest

pytestmark = pytest.mark.browser

WIDE = {"width": 1280, "height": 900}  # the header search is visible without opening the menu


def test_keyboard_through_suggestions_to_a_page(page, site_url, screenshot, axe):
    page.set_viewport_size(WIDE)
    page.goto(f"{site_url}/en/")
    box = page.locator("#header-search-q")
    box.focus()
    page.keyboard.type("the journey", delay=60)
    options = page.locator("#header-search-q-suggestions [role=option]")
    options.first.wait_for(state="visible")
    assert box.get_attribute("aria-expanded") == "true"
    assert options.all_inner_texts() == ["The journey to asylum"]

    page.keyboard.press("ArrowDown")
    assert options.first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == options.first.get_attribute("id")
    screenshot(page, "search-suggestions")
    assert axe(page) == []

    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    page.keyboard.press("ArrowDown")  # closed: nothing to move through, nothing breaks
    page.keyboard.type(" to", delay=60)
    options.first.wait_for(state="visible")
    page.keyboard.press("ArrowDown")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == "The journey to asylum"


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("en", "welcoming programs", "Community-based welcoming programs"),
        ("es", "acogida comunitaria", "Programas de acogida comunitaria"),
    ],
)
def test_search_from_the_header_and_open_a_result(
    page, site_url, screenshot, axe, language, query, expected
):
    page.set_viewport_size(WIDE)
    page.goto(f"{site_url}/{language}/")
    page.locator("#header-search-q").fill(query)
    with page.expect_navigation():
        page.locator("#header-search-q").press("Enter")
    assert re.search(rf"/{language}/search/\?q=", page.url)
    assert page.locator("#search-q").input_value() == query
    first = page.locator("ol.search-results > li").first
    assert first.locator("h2").inner_text() == expected
    assert first.locator(".search-passage mark").count() >= 1
    screenshot(page, f"search-results-{language}")
    assert axe(page) == []
    with page.expect_navigation():
        first.locator("h2 a").click()
    assert page.locator("h1").inner_text() == expected


def test_nothing_found_offers_pages_and_is_accessible(page, site_url, screenshot, axe):
    page.goto(f"{site_url}/es/search/?q=xilófono")
    offered = page.locator(".search-offered li h3 a")
    assert offered.count() == 3
    assert offered.first.get_attribute("href").startswith("/es/")
    screenshot(page, "search-nothing-found-es")
    assert axe(page) == []


def test_search_works_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{site_url}/en/search/")
    tab.locator("#search-q").fill("asylum")
    with tab.expect_navigation():
        tab.locator(".search-form button").click()
    assert tab.locator("ol.search-results > li").count() >= 2
    assert tab.locator("#header-search-q").get_attribute("role") is None  # no enhancement
    context.close()
