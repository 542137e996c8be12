"""A reader opens answers on a phone: deep links, expand all, the wallet card, offline guides."""

import re

import pytest

pytestmark = pytest.mark.browser

FAQ = "/en/answers/asylum-detention-faqs/"
FAQ_ES = "/es/respuestas/preguntas-asilo-detencion/"
GUIDE = "/en/answers/know-your-rights-border/"
GUIDE_ES = "/es/respuestas/conoce-tus-derechos-frontera/"
MM = 96 / 25.4  # CSS pixels per millimetre


def open_count(page):
    return page.evaluate("document.querySelectorAll('details.faq-item[open]').length")


def test_a_deep_link_opens_its_question(page, site_url, screenshot):
    page.goto(f"{site_url}{FAQ}#right-to-a-lawyer")
    question = page.locator("details#right-to-a-lawyer")
    assert question.get_attribute("open") is not None
    assert open_count(page) == 1
    assert question.locator(".prose").is_visible()
    screenshot(page, "faq-deep-link")
    # A link to another question on the same page opens that one too.
    page.evaluate("location.hash = 'family-visits'")
    page.wait_for_function("document.querySelector('#family-visits').open")


def test_expand_all_and_collapse_all_work_with_the_keyboard(page, site_url, screenshot):
    page.goto(f"{site_url}{FAQ}")
    total = page.locator("details.faq-item").count()
    assert total >= 12 and open_count(page) == 0
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


def test_questions_open_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{site_url}{FAQ}")
    assert tab.locator("[data-expand]").count() == 0
    tab.locator("details#deadline > summary").click()
    assert tab.locator("details#deadline").get_attribute("open") is not None
    context.close()


@pytest.mark.parametrize("path, name", [(GUIDE_ES + "tarjeta/", "es"), (GUIDE + "card/", "en")])
def test_the_print_view_fits_one_wallet_card(page, site_url, screenshot, path, name):
    page.goto(f"{site_url}{path}")
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


def test_a_visited_guide_reads_with_the_network_off(browser, site_url, screenshot):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(f"{site_url}{GUIDE}")
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
        arg=GUIDE + "card/",
        timeout=15000,
    )
    assert tab.locator("[data-offline-status]").is_visible()
    context.set_offline(True)
    tab.reload()
    assert tab.locator("h1").inner_text() == title
    assert tab.locator(".scenario").count() == 3
    assert tab.evaluate("document.styleSheets.length") >= 2  # site.css and faq.css, kept
    screenshot(tab, "guide-offline")
    tab.goto(f"{site_url}{GUIDE}card/")
    assert tab.locator(".card-side").count() == 2
    # Pages outside the guide are not kept and not intercepted.
    with pytest.raises(Exception, match="ERR_INTERNET_DISCONNECTED"):
        tab.goto(f"{site_url}/en/")
    with pytest.raises(Exception, match="ERR_INTERNET_DISCONNECTED"):
        tab.goto(f"{site_url}{FAQ}")
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/en/answers/",
        "/es/respuestas/",
        FAQ,
        FAQ_ES,
        GUIDE,
        GUIDE_ES,
        GUIDE + "card/",
        GUIDE_ES + "tarjeta/",
        "/en/limit-detention/",
    ],
)
def test_answers_pages_are_accessible(page, site_url, screenshot, axe, path):
    response = page.goto(f"{site_url}{path}")
    assert response.status == 200
    assert page.locator("h1").count() == 1
    if page.locator("[data-expand=all]").count():
        page.locator("[data-expand=all]").click()  # check the answers too
    name = "axe" + path.replace("/", "-").rstrip("-")
    screenshot(page, name)
    assert axe(page) == []
