"""Rendering cost does not grow with the number of blocks an editor adds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import CampaignPage
from home.models import HomePage
from tests.factories import home_page, make_campaign, make_image

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

# Ceilings for a warm site (navigation and renditions cached, as after the first visitor).
HOME_QUERY_CEILING = 16
CAMPAIGN_QUERY_CEILING = 15


def body_of(blocks_count, image, link_page):
    """A body cycling through image, linked, list-holding and plain blocks."""
    kinds = [
        ("image", {"image": {"image": image.pk, "alt_text": "Shelter", "decorative": False}}),
        (
            "call_to_action",
            {"heading": "Act", "link": {"text": "", "page": link_page.pk, "url": ""}},
        ),
        (
            "statistics",
            {"statistics": [{"number": "1", "label": "a figure", "source_url": ""}]},
        ),
        ("text", "<p>Paragraph</p>"),
        (
            "two_column",
            {"text": "<p>Side</p>", "image": {"image": image.pk, "alt_text": "Side"}},
        ),
    ]
    return [
        {"type": kinds[i % len(kinds)][0], "value": kinds[i % len(kinds)][1]}
        for i in range(blocks_count)
    ]


def render_queries(client, page):
    client.get(page.url)  # warm: renditions generated, navigation cached
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("model", [CampaignPage, HomePage])
def test_queries_do_not_grow_with_blocks(client, model):
    image = make_image()
    # The home page is the site's own; a campaign page is built as campaigns are published:
    # translated and with a hero image (an untranslated page costs a query to say so, one
    # without a picture a query for the site's default share image); and one to link to.
    if model is HomePage:
        page = home_page("en")
    else:
        page, _spanish = make_campaign(
            spanish="Campaña de prueba: abrir el puerto", hero_image=make_image("Hero")
        )
    link_target, _spanish = make_campaign("Test campaign linked to", "test-linked")

    counts = {}
    for n in (5, 50):
        page.body = body_of(n, image, link_target)
        page.save_revision().publish()
        counts[n] = render_queries(client, page)
    assert counts[5] > 0, "a render queries the database: these were pages kept by the cache"
    assert counts[5] == counts[50], counts
    ceiling = HOME_QUERY_CEILING if model is HomePage else CAMPAIGN_QUERY_CEILING
    assert counts[50] <= ceiling, counts
