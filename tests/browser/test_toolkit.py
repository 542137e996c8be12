"""A visitor on a phone downloads a story-size picture from the toolkit and copies a caption."""

import io

import pytest
from PIL import Image

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language,path", [("en", "toolkit"), ("es", "kit-digital")])
def test_toolkit_page_on_a_phone_is_accessible(page, site_url, screenshot, axe, language, path):
    response = page.goto(f"{site_url}/{language}/{path}/")
    assert response.status == 200
    assert page.viewport_size["width"] <= 400
    assert page.locator("h1").count() == 1
    # JavaScript shows the copy buttons; without it they stay hidden and the text selectable.
    assert page.locator("[data-copy]").first.is_visible()
    screenshot(page, f"toolkit-{language}")
    assert axe(page) == []


def test_a_visitor_downloads_a_story_and_copies_a_caption(page, site_url, screenshot):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page.goto(f"{site_url}/en/toolkit/")
    first_asset = page.locator(".asset").first

    story_link = first_asset.locator('a[data-size="story"]')
    story_link.scroll_into_view_if_needed()
    with page.expect_download() as info:
        story_link.click()
    download = info.value
    assert download.suggested_filename == "border-humanity-people-detained-story-1080x1920.png"
    with open(download.path(), "rb") as handle:
        assert Image.open(io.BytesIO(handle.read())).size == (1080, 1920)

    caption = first_asset.locator("textarea").first
    button = first_asset.locator("[data-copy]").first
    button.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == caption.input_value()
    assert copied.startswith("23,753 people")
    assert page.locator("[data-copy-status]").inner_text() == "Copied"
    screenshot(page, "toolkit-copied")
