"""A visitor searches from the header, moves through suggestions with the keyboard, opens a
result; axe finds nothing serious on the way. Without JavaScript the search still works.

What is found is the tests' own small corpus (tests.factories.SEARCH_CORPUS), built on the live
site with words the demo does not use."""

import re

import pytest

from tests.factories import SEARCH_CORPUS

pytestmark = pytest.mark.browser

WIDE = {"width": 1280, "height": 900}  # the header search is visible without opening the menu


def test_keyboard_through_suggestions_to_a_page(page, site_url, built, screenshot, axe):
    title = SEARCH_CORPUS["lanterns"]["en"]["title"]  # the only title starting "Lantern"
    page.set_viewport_size(WIDE)
    page.goto(f"{site_url}/en/")
    box = page.locator("#header-search-q")
    box.focus()
    page.keyboard.type("lantern", delay=60)
    options = page.locator("#header-search-q-suggestions [role=option]")
    options.first.wait_for(state="visible")
    assert box.get_attribute("aria-expanded") == "true"
    assert options.all_inner_texts() == [title]

    page.keyboard.press("ArrowDown")
    assert options.first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == options.first.get_attribute("id")
    screenshot(page, "search-suggestions")
    assert axe(page) == []

    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    page.keyboard.press("ArrowDown")  # closed: nothing to move through, nothing breaks
    page.keyboard.type(" re", delay=60)
    options.first.wait_for(state="visible")
    page.keyboard.press("ArrowDown")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == title
    assert page.url == f"{site_url}{built['search']['lanterns']['en']}"


@pytest.mark.parametrize(
    ("language", "query"), [("en", "harbourmaster lamplighter"), ("es", "farero")]
)
def test_search_from_the_header_and_open_a_result(
    page, site_url, built, screenshot, axe, language, query
):
    expected = SEARCH_CORPUS["keepers"][language]["title"]
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


def test_nothing_found_offers_pages_and_is_accessible(page, site_url, built, screenshot, axe):
    page.goto(f"{site_url}/es/search/?q=xilófono")
    offered = page.locator(".search-offered li h3 a")
    # The pages editors chose (the corpus, chosen in English), in the visitor's language.
    assert offered.all_inner_texts() == [words["es"]["title"] for words in SEARCH_CORPUS.values()]
    assert offered.first.get_attribute("href") == built["search"]["keepers"]["es"]
    screenshot(page, "search-nothing-found-es")
    assert axe(page) == []


def test_search_works_without_javascript(browser, site_url, built):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{site_url}/en/search/")
    tab.locator("#search-q").fill("lantern")
    with tab.expect_navigation():
        tab.locator(".search-form button").click()
    found = tab.locator("ol.search-results > li h2").all_inner_texts()
    expected = {SEARCH_CORPUS[name]["en"]["title"] for name in ("keepers", "lanterns")}
    assert expected <= set(found)
    assert tab.locator("#header-search-q").get_attribute("role") is None  # no enhancement
    context.close()
