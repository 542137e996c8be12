"""The detention campaign's press coverage on a phone, in both languages: newest first, each
headline marked with its language, a note where it differs from the page's, axe clean."""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path, name, note",
    [
        ("/en/limit-detention/", "in-the-news-en", "in Spanish"),
        ("/es/limitar-la-detencion/", "in-the-news-es", "en inglés"),
    ],
)
def test_press_coverage_reads_newest_first_in_both_languages(
    page, site_url, screenshot, axe, path, name, note
):
    response = page.goto(f"{site_url}{path}")
    assert response.status == 200
    block = page.locator(".in-the-news")
    block.scroll_into_view_if_needed()
    assert block.is_visible()
    dates = block.locator(".press-item time").evaluate_all("els => els.map(e => e.dateTime)")
    assert len(dates) == 4 and dates == sorted(dates, reverse=True)
    assert set(block.locator(".press-headline").evaluate_all("els => els.map(e => e.lang)")) == {
        "en",
        "es",
    }
    assert note in block.inner_text()
    screenshot(page, name)
    assert axe(page) == []
