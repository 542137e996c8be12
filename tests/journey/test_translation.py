"""Translators see every text of a journey and none of its ids; the page type sits under home."""

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.segments.extract import extract_segments

from home.models import HomePage, StandardPage
from journey.models import JourneyPage


@pytest.mark.django_db
def test_translators_get_every_text_of_the_journey_and_none_of_its_ids():
    page = JourneyPage.objects.get(locale__language_code="en")
    strings = {
        segment.string.data for segment in extract_segments(page) if hasattr(segment, "string")
    }
    journey = page.journey()
    assert {stage.title for stage in journey.stages} <= strings
    assert {str(stage.value["label"]) for stage in journey.stages} <= strings
    assert "if the finding is negative" in strings  # a next-stage condition
    assert "Have you had your fear interview?" in strings
    assert "Crossing between ports" in strings  # a path title
    ids = {stage.key for stage in journey.stages} | {path.key for path in journey.paths}
    assert ids & strings == set()


class JourneyPageTreeTests(WagtailPageTestCase):
    def test_journey_pages_live_under_a_home_page_and_have_no_children(self):
        self.assertAllowedParentPageTypes(JourneyPage, {HomePage})
        self.assertAllowedSubpageTypes(JourneyPage, set())
        self.assertCanNotCreateAt(StandardPage, JourneyPage)
