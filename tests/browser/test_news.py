"""A reader on a phone browses the news, filters it and opens the bilingual advisory."""

import pytest

pytestmark = pytest.mark.browser

PAGES = {
    "news-index-en": "/en/news/",
    "news-index-es": "/es/noticias/",
    "news-post-en": "/en/news/binational-letter-97-organisations/",
    "news-post-es": "/es/noticias/carta-binacional-97-organizaciones/",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_news_pages_read_well_and_are_accessible(page, site_url, screenshot, axe, name):
    response = page.goto(site_url + PAGES[name])
    assert response.status == 200
    assert page.locator("h1").count() == 1
    assert page.locator("html").get_attribute("lang") == name[-2:]
    screenshot(page, name)
    assert axe(page) == []


def test_filtering_by_type_works_with_javascript_off(browser, site_url, screenshot):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(f"{site_url}/en/news/")
    assert tab.locator(".news-list .page-card").count() == 6
    tab.get_by_role("link", name="Story of a victory").click()
    tab.wait_for_load_state()
    assert tab.url.endswith("/en/news/?type=victory")
    assert tab.locator(".news-list .page-card").count() == 1
    current = tab.locator('.news-filter a[aria-current="page"]')
    assert current.inner_text() == "Story of a victory"
    screenshot(tab, "news-index-filtered")
    context.close()


def test_the_spanish_section_of_the_advisory_is_read_as_spanish(page, site_url, axe):
    page.goto(site_url + PAGES["news-post-en"])
    section = page.locator("section.second-language")
    assert section.get_attribute("lang") == "es"
    assert section.locator("h2").inner_text() == "En español"
    page.locator(".news-related .page-card a").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/en/news/six-demands-for-incoming-leaders/")
    assert axe(page) == []


@pytest.mark.parametrize("language", ["en", "es"])
def test_latest_news_on_the_home_page_leads_to_the_post(page, site_url, screenshot, language):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site_url}/{language}/")
    block = page.locator(".latest-news")
    block.scroll_into_view_if_needed()
    assert block.locator(".page-card").count() == 3
    screenshot(page, f"home-latest-news-{language}")
    block.locator(".page-card a").first.click()
    page.wait_for_load_state()
    assert page.locator(".kicker").inner_text().strip() in ("MEDIA ADVISORY", "AVISO A MEDIOS")
    assert page.url.startswith(f"{site_url}/{language}/")
