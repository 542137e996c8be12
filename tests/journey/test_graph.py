"""The stage graph checks, as editors meet them (the admin shows these same messages)."""

import pytest
from django.utils import translation

from journey import graph


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def stage(key, *next_keys):
    return {"stage_id": key, "next_stages": [{"stage": k, "condition": ""} for k in next_keys]}


STAGES = [
    stage("arrive", "screen"),
    stage("screen", "court", "review"),
    stage("review", "court"),
    stage("court"),
]


def test_a_sound_journey_has_no_problems():
    paths = [{"path_id": "port", "stages": ["arrive", "screen", "review", "court"]}]
    questions = [
        {
            "question_id": "q",
            "answers": [{"stage": "court", "question": ""}, {"stage": "arrive", "question": ""}],
        }
    ]
    assert graph.stage_problems(STAGES) == []
    assert graph.path_problems(STAGES, paths) == []
    assert graph.question_problems(STAGES, questions) == []


def test_a_stage_that_leads_to_itself_is_a_problem():
    assert graph.stage_problems([stage("court", "court")]) == ["Stage 'court' leads to itself."]


def test_a_path_that_skips_a_step_names_where_it_breaks():
    paths = [{"path_id": "port", "stages": ["arrive", "screen", "appeal-court"]}]
    assert graph.path_problems(STAGES, paths) == [
        "Path 'port' goes through 'appeal-court', which is not a stage of this journey."
    ]
    paths = [{"path_id": "port", "stages": ["arrive", "court"]}]
    assert graph.path_problems(STAGES, paths) == [
        "Path 'port' leads nowhere after 'arrive': 'court' is not one of its next stages."
    ]


def test_an_answer_asking_its_own_question_again_is_a_problem():
    questions = [{"question_id": "q", "answers": [{"stage": "", "question": "q"}]}]
    assert graph.question_problems(STAGES, questions) == [
        "An answer to 'q' asks the same question again."
    ]
