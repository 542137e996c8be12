"""Translators see every text of a journey and none of its ids; the page type sits under home."""

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.segments.extract import extract_segments

from home.models import HomePage, StandardPage
from journey.models import JourneyPage


@pytest.mark.django_db
def test_translators_get_every_text_of_the_journey_and_none_of_its_ids(journey_en):
    # journey_en (conftest.py) is a journey the tests build, not the demo's.
    strings = {
        segment.string.data
        for segment in extract_segments(journey_en)
        if hasattr(segment, "string")
    }
    journey = journey_en.journey()
    assert {stage.title for stage in journey.stages} <= strings
    assert {str(stage.value["label"]) for stage in journey.stages} <= strings
    assert "if the finding is no" in strings  # a next-stage condition
    assert "Did an officer ask about your fear?" in strings  # a question
    assert "Agents stopped me inside" in strings  # an answer
    assert "Asking at the crossing" in strings  # a path title
    ids = (
        {stage.key for stage in journey.stages}
        | {path.key for path in journey.paths}
        | {question["question_id"] for question in journey.questions}
    )
    assert len(ids) == 17
    assert ids & strings == set()


class JourneyPageTreeTests(WagtailPageTestCase):
    def test_journey_pages_live_under_a_home_page_and_have_no_children(self):
        self.assertAllowedParentPageTypes(JourneyPage, {HomePage})
        self.assertAllowedSubpageTypes(JourneyPage, set())
        self.assertCanNotCreateAt(StandardPage, JourneyPage)
