"""The public reads the journey in English and Spanish, complete without JavaScript."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import JOURNEY_TEXT, h1_texts, make_image, soup

pytestmark = pytest.mark.django_db

# journey_en and journey_es (conftest.py) are a small journey the tests build, not the demo's.


def stage_items(response):
    return soup(response).select("ol.journey-list > li.journey-stage")


def test_without_javascript_every_stage_is_an_item_of_one_ordered_list(client, journey_en):
    response = client.get(journey_en.url)
    assert response.status_code == 200
    assert h1_texts(response) == [journey_en.title]
    items = stage_items(response)
    assert len(items) == len(journey_en.stages) == 11
    first = items[0]
    assert first["id"] == "stage-at-the-border"
    assert first.find("h3").get_text(" ", strip=True).startswith("Stage 1")
    # The map is drawn by the script only; without it, the hidden map never shows.
    assert soup(response).find(attrs={"data-journey-map": True}).has_attr("hidden")


def test_every_next_link_answer_and_path_step_lands_on_a_stage_of_the_page(client, journey_en):
    page = soup(client.get(journey_en.url))
    ids = {tag["id"] for tag in page.find_all(id=True)}
    fragments = [a["href"][1:] for a in page.select("main a[href^='#']")]
    assert fragments, "the page links within itself"
    assert [f for f in fragments if f not in ids] == []
    # A stage with two possible next stages names each with its condition.
    fear = page.find(id="stage-fear-interview")
    next_items = [li.get_text(" ", strip=True) for li in fear.select(".journey-next li")]
    assert next_items == [
        "Held or let go (if a fear is found)",
        "A judge looks again (if the finding is no)",
    ]
    # The last stage says that the journey ends there rather than linking nowhere.
    assert "This is where this journey ends." in page.find(id="stage-granted").get_text()


def test_a_stage_shows_its_duration_statistic_with_date_and_source_and_rights(client, journey_en):
    custody = soup(client.get(journey_en.url)).find(id="stage-custody")
    text = custody.get_text(" ", strip=True)
    assert "Typical duration: Weeks to seasons" in text
    assert "4,321" in text and "people held on a test day" in text
    assert custody.find("time")["datetime"] == "2021-03-14"
    assert "A made-up register" in text
    rights = [a.get_text(strip=True) for a in custody.select(".journey-rights a")]
    assert rights == ["Back to the start page", "Sign for fair hearings"]


def test_paths_list_their_stages_in_order(client, journey_en):
    page = soup(client.get(journey_en.url))
    affirmative = page.find(id="path-affirmative")
    steps = [a["href"] for a in affirmative.select("ol a")]
    assert steps == [
        "#stage-living-here",
        "#stage-filing-deadline",
        "#stage-asylum-office",
        "#stage-granted",
    ]
    assert len(page.select(".journey-path")) == 3


def test_where_am_i_answers_link_to_the_next_question_or_a_stage(client, journey_en):
    page = soup(client.get(journey_en.url))
    first = page.find(id="question-where-now")
    answers = {a.get_text(strip=True): a["href"] for a in first.select("a")}
    assert answers == {
        "At the crossing itself": "#stage-at-the-border",
        "Agents stopped me inside": "#question-fear-asked",
        "I have lived here a while": "#question-court-letter",
    }


def test_the_spanish_journey_is_a_translation_with_the_same_stages(client, journey_en, journey_es):
    assert journey_es.live and journey_es.url.startswith("/es/")
    response = client.get(journey_es.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="es"' in html
    assert h1_texts(response) == [JOURNEY_TEXT["es"]["title"]]
    items = stage_items(response)
    # Ids are synchronised: the same anchors, so links and paths still meet.
    assert [li["id"] for li in items] == [
        li["id"] for li in stage_items(client.get(journey_en.url))
    ]
    custody = soup(response).find(id="stage-custody")
    assert (
        custody.find("h3").get_text(" ", strip=True) == f"Etapa 8 {JOURNEY_TEXT['es']['custody']}"
    )
    assert JOURNEY_TEXT["es"]["figure"] in custody.get_text()
    # The interface around the content speaks Spanish too.
    assert "¿Dónde estoy?" in html and "Qué puede venir después" in html
    assert "Where am I?" not in html and "What can come next" not in html
    # Rights links follow the visitor into Spanish.
    hrefs = [a["href"] for a in custody.select(".journey-rights a")]
    assert hrefs and all(href.startswith("/es/") for href in hrefs)


def test_map_draws_every_stage_once_in_rows_with_its_next_stages(client, journey_en):
    page = soup(client.get(journey_en.url))
    nodes = page.select("[data-journey-graph] button[data-stage]")
    assert len(nodes) == 11
    by_key = {node["data-stage"]: node for node in nodes}
    assert by_key["fear-interview"]["data-next"] == "custody second-look"
    assert by_key["fear-interview"]["aria-controls"] == "stage-fear-interview"
    rows = [[b["data-stage"] for b in row.select("button")] for row in page.select(".journey-row")]
    assert rows[0] == ["at-the-border", "crossed-over", "living-here"]
    # A case sent back from the asylum office to court does not push the notice down the map
    # (were it pushed, the notice would sit in the row below the office's).
    row_of = {key: i for i, row in enumerate(rows) for key in row}
    assert row_of["court-notice"] < row_of["asylum-office"]
    assert row_of["granted"] == len(rows) - 1


def render_queries(client, page):
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.usefixtures("page_cache_off")
def test_queries_do_not_grow_with_the_number_of_stages(client, journey_en):
    """Stages link pages of the site and show pictures: links are localized and renditions
    fetched in bulk, so four times the stages cost no more queries."""
    image = make_image("A road")
    raw = list(journey_en.stages.raw_data)
    counts = {}
    for copies in (1, 4):
        stages = []
        for n in range(copies):
            for item in raw:
                value = dict(item["value"])
                value["stage_id"] = f"{value['stage_id']}-{n}"
                value["image"] = {"image": image.pk, "alt_text": "A road", "decorative": False}
                value["next_stages"] = [
                    {**step, "value": {**step["value"], "stage": f"{step['value']['stage']}-{n}"}}
                    for step in value["next_stages"]
                ]
                stages.append({"type": "stage", "value": value})
        journey_en.stages = stages
        journey_en.paths = []
        journey_en.questions = []
        journey_en.save_revision().publish()
        counts[copies] = render_queries(client, journey_en)
        assert b"<picture" in client.get(journey_en.url).content
    assert counts[1] == counts[4], counts
    assert counts[4] <= 16, counts
