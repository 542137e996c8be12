"""Downloading one asset in one size: names, headers, consent and embargo, counting."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import (
    asset_value,
    make_image,
    make_user,
    pack_value,
    set_packs,
    soup,
    toolkit_page,
)
from toolkit.models import DownloadCount

pytestmark = pytest.mark.django_db


def download_links(response):
    return [a["href"] for a in soup(response).select(".asset-downloads a")]


def asset_titles(response):
    return [h.get_text(strip=True) for h in soup(response).select(".asset h3")]


@pytest.fixture
def page_with_assets():
    ok = make_image("Shareable", consent="on_file")
    no_consent = make_image("Private", consent="none")
    embargoed = make_image(
        "Embargoed", consent="not_needed", embargo_until=timezone.now() + timedelta(days=2)
    )
    expired = make_image(
        "Expired", consent="not_needed", expires_at=timezone.now() - timedelta(days=1)
    )
    page = set_packs(
        toolkit_page(),
        [
            pack_value(
                "Launch day",
                [
                    asset_value("Open arms", ok),
                    asset_value("Private picture", no_consent),
                    asset_value("Embargoed picture", embargoed),
                    asset_value("Expired picture", expired),
                ],
            )
        ],
    )
    ids = [b.id for b in page.packs[0].value["assets"].bound_blocks]
    return page, ids


def test_download_is_an_attachment_with_a_platform_file_name_and_a_short_cache(
    client, page_with_assets
):
    """The picture's consent is on file: it may be withdrawn, so no cache keeps it for long
    (tests/toolkit/test_image_rule.py: a picture without people is kept for a year)."""
    page, ids = page_with_assets
    response = client.get(page.url)
    story = next(href for href in download_links(response) if "/story/" in href)

    download = client.get(story)

    assert download.status_code == 200
    assert download["Content-Type"] == "image/png"
    assert download["Content-Disposition"] == (
        'attachment; filename="border-humanity-open-arms-story-1080x1920.png"'
    )
    assert "max-age=300" in download["Cache-Control"]
    assert "immutable" not in download["Cache-Control"]
    assert "public" in download["Cache-Control"]
    assert b"".join(download.streaming_content)[:4] == b"\x89PNG"


def test_every_size_and_the_original_are_offered(client, page_with_assets):
    page, ids = page_with_assets
    links = download_links(client.get(page.url))
    sizes = {re.search(r"/([a-z-]+)/\?v=", href).group(1) for href in links}
    assert sizes == {
        "link-preview",
        "x",
        "instagram-square",
        "instagram-portrait",
        "story",
        "original",
    }


def test_pictures_without_consent_embargoed_or_expired_are_not_listed(client, page_with_assets):
    page, ids = page_with_assets
    titles = asset_titles(client.get(page.url))
    assert titles == ["Open arms"]


@pytest.mark.parametrize("index", [1, 2, 3], ids=["no consent", "embargoed", "expired"])
def test_pictures_that_may_not_leave_the_site_are_not_downloadable(client, page_with_assets, index):
    page, ids = page_with_assets
    for size in ("story", "original"):
        assert client.get(f"/en/downloads/{page.pk}/{ids[index]}/{size}/").status_code == 404
    # The same address works for the shareable one: the 404 is about consent, not the URL.
    assert client.get(f"/en/downloads/{page.pk}/{ids[0]}/story/").status_code == 200


def test_an_unknown_size_or_asset_is_not_found(client, page_with_assets):
    page, ids = page_with_assets
    assert client.get(f"/en/downloads/{page.pk}/{ids[0]}/poster/").status_code == 404
    other = "00000000-0000-0000-0000-000000000000"
    assert client.get(f"/en/downloads/{page.pk}/{other}/story/").status_code == 404


def test_an_embargo_that_ends_makes_the_picture_downloadable(client, page_with_assets):
    page, ids = page_with_assets
    from wagtail.images import get_image_model

    image = get_image_model().objects.get(title="Embargoed")
    image.embargo_until = timezone.now() - timedelta(minutes=1)
    image.save()
    assert client.get(f"/en/downloads/{page.pk}/{ids[2]}/x/").status_code == 200


def test_downloads_are_counted_per_day_asset_and_size_without_personal_data(
    client, page_with_assets
):
    page, ids = page_with_assets
    for _ in range(3):
        client.get(f"/en/downloads/{page.pk}/{ids[0]}/story/", HTTP_USER_AGENT="Phone")
    client.get(f"/en/downloads/{page.pk}/{ids[0]}/x/")
    client.get(f"/en/downloads/{page.pk}/{ids[1]}/x/")  # refused: not counted

    rows = {
        (row.size, row.asset_title): row.count
        for row in DownloadCount.objects.filter(page=page, day=timezone.now().date())
    }
    assert rows == {("story", "Open arms"): 3, ("x", "Open arms"): 1}
    stored = {field.name for field in DownloadCount._meta.get_fields()}
    assert stored == {"id", "day", "page", "asset_id", "asset_title", "size", "count"}


def test_staff_see_the_download_counts_and_the_public_does_not(client, page_with_assets):
    page, ids = page_with_assets
    for _ in range(2):
        client.get(f"/en/downloads/{page.pk}/{ids[0]}/instagram-square/")
    url = "/admin/reports/toolkit-downloads/"

    assert client.get(url).status_code == 302  # to the login page

    client.force_login(make_user("staff", superuser=True))
    report = soup(client.get(url))
    cells = [
        [td.get_text(strip=True) for td in row.find_all("td")] for row in report.select("tbody tr")
    ]
    assert [c[2:] for c in cells] == [["Open arms", "instagram-square", "2"]]
