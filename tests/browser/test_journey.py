"""A visitor explores the asylum journey with a keyboard, a deep link, the "where am I?"
questions, on a phone and a desktop; axe finds nothing serious with a stage open."""

import re

import pytest

pytestmark = pytest.mark.browser

JOURNEY = {"en": "/en/asylum-journey/", "es": "/es/camino-al-asilo/"}
PORT_PATH = [
    "port-of-entry",
    "border-processing",
    "credible-fear",
    "custody",
    "notice-to-appear",
    "one-year-deadline",
    "court-hearings",
    "decision",
    "granted",
]


def focused(tab):
    return tab.evaluate(
        "() => { const e = document.activeElement;"
        " return {tag: e.tagName, id: e.id, name: e.name || '', stage: e.dataset.stage || ''}; }"
    )


def open_stages(tab):
    return tab.eval_on_selector_all(
        "[data-stage-panel]",
        "els => els.filter(e => e.offsetParent).map(e => e.dataset.stagePanel)",
    )


def live_text(tab):
    return tab.locator("[data-journey] [aria-live]").inner_text()


def test_keyboard_only_walk_through_a_whole_path(page, site_url):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + JOURNEY["en"])
    for _ in range(80):  # Tab from the top of the page to the path choice
        page.keyboard.press("Tab")
        if focused(page)["name"] == "journey-path":
            break
    assert focused(page)["name"] == "journey-path"
    page.keyboard.press("ArrowDown")  # "Asking at a port of entry"
    assert page.locator('input[value="port-of-entry"]').is_checked()
    assert "Following the path: Asking at a port of entry. 9 stages" in live_text(page)
    page.keyboard.press("Tab")  # into the map: the path's first stage
    visited = []
    for index, key in enumerate(PORT_PATH):
        assert focused(page)["stage"] == key
        page.keyboard.press("Enter")
        assert open_stages(page) == [key]
        assert page.url.endswith(f"#stage-{key}")
        assert focused(page)["id"] == f"stage-{key}-title"  # focus moved to the details
        assert re.match(r"Stage \d+ of 14 open: ", live_text(page))
        node = page.locator(f'[data-stage="{key}"]')
        assert node.get_attribute("aria-expanded") == "true"
        assert "is-on-path" in node.get_attribute("class")
        visited.append(key)
        page.keyboard.press("Escape")  # closes, focus back on the map
        assert open_stages(page) == []
        assert focused(page)["stage"] == key
        if index < len(PORT_PATH) - 1:
            page.keyboard.press("ArrowRight")
    assert visited == PORT_PATH


def test_arrow_keys_move_between_all_stages_without_a_path(page, site_url):
    page.goto(site_url + JOURNEY["en"])
    page.locator('[data-stage="port-of-entry"]').focus()
    page.keyboard.press("ArrowDown")
    assert focused(page)["stage"] == "between-ports"
    page.keyboard.press("End")
    assert focused(page)["stage"] == "granted"
    page.keyboard.press("Home")
    assert focused(page)["stage"] == "port-of-entry"
    # One tab stop for the whole map: Tab leaves it.
    page.keyboard.press("Tab")
    assert focused(page)["stage"] == ""


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_deep_link_opens_its_stage(page, site_url, language):
    page.goto(f"{site_url}{JOURNEY[language]}#stage-court-hearings")
    assert open_stages(page) == ["court-hearings"]
    assert page.locator('[data-stage="court-hearings"]').get_attribute("aria-expanded") == "true"
    # A next-stage link inside the details moves on, and the address follows.
    page.locator("#stage-court-hearings .journey-next a").first.click()
    assert open_stages(page) == ["decision"]
    assert page.url.endswith("#stage-decision")
    page.go_back()
    assert open_stages(page) == ["court-hearings"]


@pytest.mark.parametrize(
    ("answers", "stage"),
    [
        (["At a port of entry, or on my way to one"], "port-of-entry"),
        (["Border agents stopped me after I crossed", "Not yet"], "credible-fear"),
        (
            ["Border agents stopped me after I crossed", "Yes, and the answer was no"],
            "judge-review",
        ),
        (
            [
                "Border agents stopped me after I crossed",
                "Yes, and the officer believed me",
                "Yes, my case is in immigration court",
            ],
            "court-hearings",
        ),
        (["I already live in the United States", "No, I have no court case"], "one-year-deadline"),
        (["I already live in the United States", "A judge has denied my case"], "appeal"),
    ],
)
def test_where_am_i_answers_lead_to_the_right_stage(page, site_url, answers, stage):
    page.goto(site_url + JOURNEY["en"])
    finder = page.locator("[data-journey-finder]")
    assert finder.locator("[data-question]:visible").count() == 1  # one question at a time
    for answer in answers:
        finder.get_by_role("link", name=answer, exact=True).click()
    assert open_stages(page) == [stage]
    assert page.url.endswith(f"#stage-{stage}")
    assert focused(page)["id"] == f"stage-{stage}-title"


def test_without_javascript_the_list_is_complete_and_the_map_absent(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(site_url + JOURNEY["en"])
    assert tab.locator("[data-journey-map]").is_hidden()
    assert tab.locator("ol.journey-list > li:visible").count() == 14
    assert tab.locator("[data-question]:visible").count() == 3
    tab.locator("#question-arrival a", has_text="At a port of entry").click()
    assert tab.url.endswith("#stage-port-of-entry")
    context.close()


@pytest.mark.parametrize(
    ("language", "width", "height"), [("en", 320, 640), ("en", 1280, 900), ("es", 320, 640)]
)
def test_phone_and_desktop_with_a_stage_open_read_well_and_pass_axe(
    page, site_url, screenshot, axe, language, width, height
):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{site_url}{JOURNEY[language]}#stage-credible-fear")
    page.locator('input[value="between-ports"]').check()
    assert open_stages(page) == ["credible-fear"]
    # Nothing wider than the screen, even on a 320-pixel phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    box = page.locator('[data-stage="credible-fear"]').bounding_box()
    assert box["width"] >= 44 or box["height"] >= 44
    screenshot(page, f"journey-{language}-{width}")
    assert axe(page) == []


def test_animation_is_off_when_the_visitor_asks_for_reduced_motion(browser, site_url):
    context = browser.new_context(reduced_motion="reduce")
    tab = context.new_page()
    tab.goto(f"{site_url}{JOURNEY['en']}#stage-custody")
    panel = tab.locator("#stage-custody")
    assert panel.evaluate("e => getComputedStyle(e).animationName") == "none"
    node = tab.locator('[data-stage="custody"]')
    assert node.evaluate("e => getComputedStyle(e).transitionDuration") == "0s"
    context.close()
    context = browser.new_context(reduced_motion="no-preference")
    tab = context.new_page()
    tab.goto(f"{site_url}{JOURNEY['en']}#stage-custody")
    assert (
        tab.locator("#stage-custody").evaluate("e => getComputedStyle(e).animationName")
        == "journey-in"
    )
    context.close()


def test_a_question_link_asks_it_and_the_list_button_shows_every_stage(page, site_url):
    page.goto(f"{site_url}{JOURNEY['en']}#question-court-date")
    visible = page.locator("[data-journey-finder] [data-question]:visible")
    assert visible.count() == 1
    assert visible.get_attribute("data-question") == "court-date"
    assert page.locator("[data-journey-empty]").is_visible()  # no stage open yet
    assert open_stages(page) == []
    toggle = page.get_by_role("button", name="Show every stage as a list")
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    assert len(open_stages(page)) == 14
