"""Editors make toolkit pages and social cards in the admin."""

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import HomePage
from tests.factories import make_image, make_user
from toolkit.models import SocialCard, ToolkitPage


def _list(items):
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i)} for i, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


class ToolkitEditorTests(WagtailPageTestCase):
    def test_an_editor_creates_a_toolkit_page_with_a_pack(self):
        self.login()
        image = make_image("Editor picture")
        home = HomePage.objects.get(locale__language_code="en")
        self.assertAllowedParentPageTypes(ToolkitPage, {HomePage})
        self.assertCanCreate(
            home,
            ToolkitPage,
            nested_form_data(
                {
                    "title": "Day of action kit",
                    "slug": "day-of-action-kit",
                    "intro": "",
                    "hero_image_alt": "",
                    "body": streamfield([]),
                    "packs": streamfield(
                        [
                            (
                                "pack",
                                {
                                    "title": "Launch",
                                    "description": "",
                                    "assets": _list(
                                        [
                                            {
                                                "title": "Open arms",
                                                "image": image.pk,
                                                "alt_text": "Open arms",
                                                "posts": _list(
                                                    [{"platform": "x", "text": "Welcome!"}]
                                                ),
                                                "hashtags": "#Asylum",
                                                "platforms": ["x"],
                                            }
                                        ]
                                    ),
                                },
                            )
                        ]
                    ),
                }
            ),
        )


@pytest.mark.django_db
def test_an_editor_makes_a_social_card_in_the_snippets(client):
    client.force_login(make_user("cards", superuser=True))
    response = client.post(
        "/admin/snippets/toolkit/socialcard/add/?locale=en",
        {
            "name": "Editor card",
            "figure": "2,000",
            "text": "miles of border where our partners work",
            "attribution": "Border Humanity",
            "theme": "clay",
            "background_image": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    card = SocialCard.objects.get(name="Editor card")
    assert (card.image.width, card.image.height) == (1200, 630)
    assert card.image.collection.name == "Social cards"
