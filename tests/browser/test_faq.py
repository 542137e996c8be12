"""A reader opens answers on a phone: deep links, expand all, the wallet card, offline guides.

The FAQ page and the guide are the tests' own (tests.factories), built on the live site."""

import re

import pytest

from tests.factories import FAQ_ANCHORS, SCENARIO_ANCHORS

pytestmark = pytest.mark.browser

MM = 96 / 25.4  # CSS pixels per millimetre


@pytest.fixture
def faq(built):
    return built["faq"]["en"]


@pytest.fixture
def guide(built):
    return built["guide"]["en"]


def open_count(page):
    return page.evaluate("document.querySelectorAll('details.faq-item[open]').length")


def test_a_deep_link_opens_its_question(page, site_url, faq, screenshot):
    page.goto(f"{site_url}{faq}#{FAQ_ANCHORS[1]}")
    question = page.locator(f"details#{FAQ_ANCHORS[1]}")
    assert question.get_attribute("open") is not None
    assert open_count(page) == 1
    assert question.locator(".prose").is_visible()
    screenshot(page, "faq-deep-link")
    # A link to another question on the same page opens that one too.
    page.evaluate(f"location.hash = '{FAQ_ANCHORS[2]}'")
    page.wait_for_function(f"document.querySelector('#{FAQ_ANCHORS[2]}').open")


def test_expand_all_and_collapse_all_work_with_the_keyboard(page, site_url, faq, screenshot):
    page.goto(f"{site_url}{faq}")
    total = page.locator("details.faq-item").count()
    assert total == len(FAQ_ANCHORS) and open_count(page) == 0
    expand = page.locator("[data-expand=all]")
    for _ in range(60):  # Tab through the page until the button has focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('data-expand')") == "all":
            break
    assert expand.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert open_count(page) == total
    screenshot(page, "faq-expanded")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('data-expand')") == "none"
    page.keyboard.press("Space")
    assert open_count(page) == 0


def test_questions_open_without_javascript(browser, site_url, faq):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{site_url}{faq}")
    assert tab.locator("[data-expand]").count() == 0
    tab.locator(f"details#{FAQ_ANCHORS[2]} > summary").click()
    assert tab.locator(f"details#{FAQ_ANCHORS[2]}").get_attribute("open") is not None
    context.close()


@pytest.mark.parametrize("name", ["es", "en"])
def test_the_print_view_fits_one_wallet_card(page, site_url, built, screenshot, name):
    card = "tarjeta/" if name == "es" else "card/"  # the sub-address in the page's language
    page.goto(f"{site_url}{built['guide'][name]}{card}")
    page.emulate_media(media="print")
    sides = page.locator(".card-side")
    assert sides.count() == 2
    for i in range(2):
        box = sides.nth(i).bounding_box()
        assert box["width"] <= 85.6 * MM + 1 and box["height"] <= 54 * MM + 1, box
        overflow = sides.nth(i).evaluate(
            "el => [el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth]"
        )
        assert overflow == [0, 0], f"side {i + 1} overflows by {overflow}"
    assert not page.locator("header.site-header").is_visible()
    screenshot(page, f"card-print-{name}")
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 2  # one side per page
    sizes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert sizes and all(abs(float(w) - 242.6) < 2 and abs(float(h) - 153.1) < 2 for w, h in sizes)


def test_a_visited_guide_reads_with_the_network_off(browser, site_url, guide, faq, screenshot):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(f"{site_url}{guide}")
    title = tab.locator("h1").inner_text()
    tab.wait_for_selector("[data-offline-ready]", state="attached", timeout=15000)
    tab.wait_for_function(
        """async (url) => {
            const keys = await caches.keys();
            for (const key of keys) {
                const cache = await caches.open(key);
                if (await cache.match(url)) return true;
            }
            return false;
        }""",
        arg=guide + "card/",
        timeout=15000,
    )
    assert tab.locator("[data-offline-status]").is_visible()
    context.set_offline(True)
    tab.reload()
    assert tab.locator("h1").inner_text() == title
    assert tab.locator(".scenario").count() == len(SCENARIO_ANCHORS)
    assert tab.evaluate("document.styleSheets.length") >= 2  # site.css and faq.css, kept
    screenshot(tab, "guide-offline")
    tab.goto(f"{site_url}{guide}card/")
    assert tab.locator(".card-side").count() == 2
    # Pages outside the guide are not kept and not intercepted.
    with pytest.raises(Exception, match="ERR_INTERNET_DISCONNECTED"):
        tab.goto(f"{site_url}/en/")
    with pytest.raises(Exception, match="ERR_INTERNET_DISCONNECTED"):
        tab.goto(f"{site_url}{faq}")
    context.close()


@pytest.mark.parametrize(
    ("what", "language", "card"),
    [
        ("faq_index", "en", ""),
        ("faq_index", "es", ""),
        ("faq", "en", ""),
        ("faq", "es", ""),
        ("guide", "en", ""),
        ("guide", "es", ""),
        ("guide", "en", "card/"),
        ("guide", "es", "tarjeta/"),
        ("related_questions", "en", ""),
    ],
)
def test_answers_pages_are_accessible(page, site_url, built, screenshot, axe, what, language, card):
    path = built[what][language] + card
    response = page.goto(f"{site_url}{path}")
    assert response.status == 200
    assert page.locator("h1").count() == 1
    if page.locator("[data-expand=all]").count():
        page.locator("[data-expand=all]").click()  # check the answers too
    screenshot(page, f"axe-{what}-{language}" + ("-card" if card else ""))
    assert axe(page) == []
