"""A reader on a phone browses the news, filters it and opens the bilingual advisory.

The posts are the tests' own (tests.factories.make_news), built on the live site and dated after
every demo post: the newest of each index."""

import pytest

from tests.factories import NEWS_TEXT

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("name", "language"),
    [("news_index", "en"), ("news_index", "es"), ("advisory", "en"), ("advisory", "es")],
)
def test_news_pages_read_well_and_are_accessible(
    page, site_url, built, screenshot, axe, name, language
):
    path = built[name][language] if name == "news_index" else built["news"][name][language]
    response = page.goto(site_url + path)
    assert response.status == 200
    assert page.locator("h1").count() == 1
    assert page.locator("html").get_attribute("lang") == language
    if name == "advisory":
        assert page.locator("h1").inner_text() == NEWS_TEXT[language]["advisory"]
    screenshot(page, f"news-{name}-{language}")
    assert axe(page) == []


def test_filtering_by_type_works_with_javascript_off(browser, site_url, built, screenshot):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    tab = context.new_page()
    index = built["news_index"]["en"]
    tab.goto(site_url + index)
    cards = tab.locator(".news-list .page-card h2, .news-list .page-card h3")
    everything = cards.all_inner_texts()
    titles = NEWS_TEXT["en"]
    assert everything[:3] == [titles["advisory"], titles["victory"], titles["related"]]
    tab.get_by_role("link", name="Story of a victory").click()
    tab.wait_for_load_state()
    assert tab.url.endswith(f"{index}?type=victory")
    victories = cards.all_inner_texts()
    assert victories[0] == titles["victory"]
    assert titles["advisory"] not in victories and titles["related"] not in victories
    assert len(victories) < len(everything)
    current = tab.locator('.news-filter a[aria-current="page"]')
    assert current.inner_text() == "Story of a victory"
    screenshot(tab, "news-index-filtered")
    context.close()


def test_the_spanish_section_of_the_advisory_is_read_as_spanish(page, site_url, built, axe):
    page.goto(site_url + built["news"]["advisory"]["en"])
    section = page.locator("section.second-language")
    assert section.get_attribute("lang") == "es"
    assert section.locator("h2").inner_text() == "Sección"
    page.locator(".news-related .page-card a").first.click()
    page.wait_for_load_state()
    assert page.url == site_url + built["news"]["related"]["en"]
    assert axe(page) == []


@pytest.mark.parametrize("language", ["en", "es"])
def test_latest_news_on_the_home_page_leads_to_the_post(
    page, site_url, built, screenshot, language
):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site_url}/{language}/")
    block = page.locator(".latest-news")
    block.scroll_into_view_if_needed()
    assert block.locator(".page-card").count() >= 1
    screenshot(page, f"home-latest-news-{language}")
    block.locator(".page-card a").first.click()
    page.wait_for_load_state()
    # The newest post: the tests' media advisory, in the visitor's language.
    assert page.url == site_url + built["news"]["advisory"][language]
    assert page.locator("h1").inner_text() == NEWS_TEXT[language]["advisory"]
    assert page.locator(".kicker").inner_text().strip() in ("MEDIA ADVISORY", "AVISO A MEDIOS")
