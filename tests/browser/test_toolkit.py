"""A visitor on a phone downloads a story-size picture from the toolkit and copies a caption.

The English toolkit holds the tests' own pack (tests.factories.make_browser_pages), set on the
live site; the Spanish one is the demo's."""

import io

import pytest
from django.utils.text import slugify
from PIL import Image

from tests.factories import TOOLKIT_ASSET, TOOLKIT_POSTS

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["en", "es"])
def test_toolkit_page_on_a_phone_is_accessible(page, site_url, built, screenshot, axe, language):
    response = page.goto(f"{site_url}{built['toolkit'][language]}")
    assert response.status == 200
    assert page.viewport_size["width"] <= 400
    assert page.locator("h1").count() == 1
    # JavaScript shows the copy buttons; without it they stay hidden and the text selectable.
    assert page.locator("[data-copy]").first.is_visible()
    screenshot(page, f"toolkit-{language}")
    assert axe(page) == []


def test_a_visitor_downloads_a_story_and_copies_a_caption(page, site_url, built, screenshot):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page.goto(f"{site_url}{built['toolkit']['en']}")
    first_asset = page.locator(".asset").first

    story_link = first_asset.locator('a[data-size="story"]')
    story_link.scroll_into_view_if_needed()
    with page.expect_download() as info:
        story_link.click()
    download = info.value
    assert download.suggested_filename.endswith(f"-{slugify(TOOLKIT_ASSET)}-story-1080x1920.png")
    with open(download.path(), "rb") as handle:
        assert Image.open(io.BytesIO(handle.read())).size == (1080, 1920)

    caption = first_asset.locator("textarea").first
    button = first_asset.locator("[data-copy]").first
    button.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == caption.input_value()
    assert copied.startswith(TOOLKIT_POSTS[0]["text"])
    assert page.locator("[data-copy-status]").inner_text() == "Copied"
    screenshot(page, "toolkit-copied")
