"""A visitor explores a journey with a keyboard, a deep link, the "where am I?" questions, on
a phone and a desktop; axe finds nothing serious with a stage open.

The journey is the tests' own (tests.factories.build_journey), built on the live site: eleven
stages, three paths, three chained questions."""

import re

import pytest

from tests.factories import JOURNEY_PATHS, JOURNEY_QUESTIONS, journey_stages

pytestmark = pytest.mark.browser

STAGES = [value["stage_id"] for _type, value in journey_stages([])]
FIRST_PATH = JOURNEY_PATHS[0][1]  # the first choice after "All stages"
ANSWERS = {value["question_id"]: value for _type, value in JOURNEY_QUESTIONS}


@pytest.fixture
def journey(built):
    """The journey's address by language."""
    return built["journey"]


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


def test_keyboard_only_walk_through_a_whole_path(page, site_url, journey):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + journey["en"])
    for _ in range(80):  # Tab from the top of the page to the path choice
        page.keyboard.press("Tab")
        if focused(page)["name"] == "journey-path":
            break
    assert focused(page)["name"] == "journey-path"
    page.keyboard.press("ArrowDown")  # from "All stages" to the first path
    assert page.locator(f'input[value="{FIRST_PATH["path_id"]}"]').is_checked()
    path = FIRST_PATH["stages"]
    said = f"Following the path: {FIRST_PATH['title']}. {len(path)} stages"
    assert said in live_text(page)
    page.keyboard.press("Tab")  # into the map: the path's first stage
    visited = []
    for index, key in enumerate(path):
        assert focused(page)["stage"] == key
        page.keyboard.press("Enter")
        assert open_stages(page) == [key]
        assert page.url.endswith(f"#stage-{key}")
        assert focused(page)["id"] == f"stage-{key}-title"  # focus moved to the details
        assert re.match(rf"Stage \d+ of {len(STAGES)} open: ", live_text(page))
        node = page.locator(f'[data-stage="{key}"]')
        assert node.get_attribute("aria-expanded") == "true"
        assert "is-on-path" in node.get_attribute("class")
        visited.append(key)
        page.keyboard.press("Escape")  # closes, focus back on the map
        assert open_stages(page) == []
        assert focused(page)["stage"] == key
        if index < len(path) - 1:
            page.keyboard.press("ArrowRight")
    assert visited == path


def test_arrow_keys_move_between_all_stages_without_a_path(page, site_url, journey):
    page.goto(site_url + journey["en"])
    page.locator(f'[data-stage="{STAGES[0]}"]').focus()
    page.keyboard.press("ArrowDown")
    assert focused(page)["stage"] == STAGES[1]
    page.keyboard.press("End")
    assert focused(page)["stage"] == STAGES[-1]
    page.keyboard.press("Home")
    assert focused(page)["stage"] == STAGES[0]
    # One tab stop for the whole map: Tab leaves it.
    page.keyboard.press("Tab")
    assert focused(page)["stage"] == ""


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_deep_link_opens_its_stage(page, site_url, journey, language):
    page.goto(f"{site_url}{journey[language]}#stage-hearing")
    assert open_stages(page) == ["hearing"]
    assert page.locator('[data-stage="hearing"]').get_attribute("aria-expanded") == "true"
    # A next-stage link inside the details moves on, and the address follows.
    page.locator("#stage-hearing .journey-next a").first.click()
    assert open_stages(page) == ["granted"]
    assert page.url.endswith("#stage-granted")
    page.go_back()
    assert open_stages(page) == ["hearing"]


def answer_text(question, leads_to):
    """The words of `question`'s answer that leads to the stage or question `leads_to`."""
    return next(
        a["answer"] for a in ANSWERS[question]["answers"] if leads_to in (a["stage"], a["question"])
    )


@pytest.mark.parametrize(
    ("language", "steps", "stage"),
    [
        ("en", [("where-now", "at-the-border")], "at-the-border"),
        ("en", [("where-now", "fear-asked"), ("fear-asked", "fear-interview")], "fear-interview"),
        ("en", [("where-now", "fear-asked"), ("fear-asked", "custody")], "custody"),
        ("en", [("where-now", "court-letter"), ("court-letter", "court-notice")], "court-notice"),
        (
            "en",
            [("where-now", "court-letter"), ("court-letter", "filing-deadline")],
            "filing-deadline",
        ),
        # The Spanish page's answers are the English words its translator left as they were.
        ("es", [("where-now", "fear-asked"), ("fear-asked", "custody")], "custody"),
    ],
)
def test_where_am_i_answers_lead_to_the_right_stage(
    page, site_url, journey, language, steps, stage
):
    page.goto(site_url + journey[language])
    finder = page.locator("[data-journey-finder]")
    assert finder.locator("[data-question]:visible").count() == 1  # one question at a time
    for question, leads_to in steps:
        finder.get_by_role("link", name=answer_text(question, leads_to), exact=True).click()
    assert open_stages(page) == [stage]
    assert page.url.endswith(f"#stage-{stage}")
    assert focused(page)["id"] == f"stage-{stage}-title"


def test_without_javascript_the_list_is_complete_and_the_map_absent(browser, site_url, journey):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(site_url + journey["en"])
    assert tab.locator("[data-journey-map]").is_hidden()
    assert tab.locator("ol.journey-list > li:visible").count() == len(STAGES)
    assert tab.locator("[data-question]:visible").count() == len(ANSWERS)
    words = answer_text("where-now", "at-the-border")
    tab.locator("#question-where-now a", has_text=words).click()
    assert tab.url.endswith("#stage-at-the-border")
    context.close()


@pytest.mark.parametrize(
    ("language", "width", "height"), [("en", 320, 640), ("en", 1280, 900), ("es", 320, 640)]
)
def test_phone_and_desktop_with_a_stage_open_read_well_and_pass_axe(
    page, site_url, journey, screenshot, axe, language, width, height
):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{site_url}{journey[language]}#stage-fear-interview")
    page.locator('input[value="crossing"]').check()  # a path through the open stage
    assert open_stages(page) == ["fear-interview"]
    # Nothing wider than the screen, even on a 320-pixel phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    box = page.locator('[data-stage="fear-interview"]').bounding_box()
    assert box["width"] >= 44 or box["height"] >= 44
    screenshot(page, f"journey-{language}-{width}")
    assert axe(page) == []


def test_animation_is_off_when_the_visitor_asks_for_reduced_motion(browser, site_url, journey):
    context = browser.new_context(reduced_motion="reduce")
    tab = context.new_page()
    tab.goto(f"{site_url}{journey['en']}#stage-custody")
    panel = tab.locator("#stage-custody")
    assert panel.evaluate("e => getComputedStyle(e).animationName") == "none"
    node = tab.locator('[data-stage="custody"]')
    assert node.evaluate("e => getComputedStyle(e).transitionDuration") == "0s"
    context.close()
    context = browser.new_context(reduced_motion="no-preference")
    tab = context.new_page()
    tab.goto(f"{site_url}{journey['en']}#stage-custody")
    assert (
        tab.locator("#stage-custody").evaluate("e => getComputedStyle(e).animationName")
        == "journey-in"
    )
    context.close()


def test_a_question_link_asks_it_and_the_list_button_shows_every_stage(page, site_url, journey):
    page.goto(f"{site_url}{journey['en']}#question-court-letter")
    visible = page.locator("[data-journey-finder] [data-question]:visible")
    assert visible.count() == 1
    assert visible.get_attribute("data-question") == "court-letter"
    assert page.locator("[data-journey-empty]").is_visible()  # no stage open yet
    assert open_stages(page) == []
    toggle = page.get_by_role("button", name="Show every stage as a list")
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    assert len(open_stages(page)) == len(STAGES)
