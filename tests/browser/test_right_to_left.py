"""Right-to-left reading: the page mirrors, brand to the right, menu read from the right.

The live demo site has two left-to-right languages, and a second demo site with Arabic added
would double the cost of the browser suite; so the English home page is turned right to left
in the browser (`dir="rtl"` on <html>, what the base template writes for Arabic, see
tests/home/test_right_to_left.py) and the same CSS must mirror it.
"""

import pytest

pytestmark = pytest.mark.browser

POSITIONS = """() => {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right};
  };
  const items = [...document.querySelectorAll('.main-nav li')];
  return {
    width: document.documentElement.clientWidth,
    brand: box(document.querySelector('.brand')),
    first: box(items[0]),
    last: box(items[items.length - 1]),
    heading: box(document.querySelector('main h1')),
  };
}"""


def test_a_right_to_left_page_mirrors_the_layout(page, site_url, screenshot):
    page.set_viewport_size({"width": 1280, "height": 900})  # the menu is a row on wide screens
    page.goto(f"{site_url}/en/")
    ltr = page.evaluate(POSITIONS)
    assert ltr["first"]["left"] < ltr["last"]["left"]
    assert ltr["brand"]["left"] < ltr["width"] / 2

    page.evaluate("document.documentElement.dir = 'rtl'")
    rtl = page.evaluate(POSITIONS)
    screenshot(page, "home-rtl")

    # The menu reads from the right: its first item is right of its last.
    assert rtl["first"]["left"] > rtl["last"]["left"]
    # The brand and the heading sit where their left-to-right selves would in a mirror.
    for name in ("brand", "heading"):
        assert rtl[name]["right"] == pytest.approx(rtl["width"] - ltr[name]["left"], abs=2)
