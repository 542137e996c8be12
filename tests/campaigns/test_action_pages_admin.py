"""Editors build action pages in the admin; nothing personal reaches the logs."""

import logging

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from campaigns.models import ActionPage, CampaignPage
from home.models import HomePage


class ActionPageAdminTests(WagtailPageTestCase):
    def test_action_pages_sit_under_home_or_a_campaign(self):
        self.assertAllowedParentPageTypes(ActionPage, {HomePage, CampaignPage})
        self.assertAllowedSubpageTypes(ActionPage, set())

    def test_an_editor_creates_a_petition_with_its_demands(self):
        self.login()
        home = HomePage.objects.get(locale__language_code="en")
        data = nested_form_data(
            {
                "title": "Free families now",
                "slug": "free-families",
                "intro": "Sign today.",
                "hero_image_alt": "",
                "kind": "petition",
                "recipients": "The Secretary",
                "letter": rich_text("<p>We ask you to act.</p>"),
                "targets": streamfield([]),
                "goal": "500",
                "offline_count": "0",
                "consent_text": "Keep me informed.",
                "thank_you_heading": "Thank you",
                "thank_you_text": rich_text(""),
                "next_action": streamfield([]),
                "retention_months": "12",
                "body": streamfield([("text", rich_text("<p>Why now.</p>"))]),
            }
        )
        self.assertCanCreate(home, ActionPage, data)
        page = ActionPage.objects.get(slug="free-families")
        assert page.goal == 500 and page.retention_months == 12


@pytest.mark.django_db
def test_a_refused_signature_leaves_no_personal_data_in_the_logs(
    client, caplog, petition_en, form_data
):
    page = petition_en
    with caplog.at_level(logging.DEBUG):
        client.post(page.url, form_data(email="secret.person@example.org", first_name="<b>"))
        client.post(page.url, form_data(email="secret.person@example.org"))
    assert "secret.person" not in caplog.text
