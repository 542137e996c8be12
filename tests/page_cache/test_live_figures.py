"""A petition's count and latest signers on a cached page follow the signatures within
LIVE_FIGURES_SECONDS, without a purge per signature: one render per interval."""

import time

import pytest
from django.utils import timezone

from campaigns.models import Signature

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def caches_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.LIVE_FIGURES_SECONDS = 1


def sign(page, first_name):
    Signature.objects.create(
        page_key=page.translation_key, language="en", first_name=first_name, last_name="Q",
        email=f"{first_name.lower()}@signers.invalid", postal_code="10001", country="US",
        show_name=True, confirmed_at=timezone.now(),
    )  # fmt: skip


def test_a_new_signer_shows_on_the_cached_petition_once_its_interval_is_over(client, petition_en):
    first = client.get(petition_en.url)
    assert first["X-Page-Cache"] == "miss"
    assert "s-maxage=1" in first["Cache-Control"] and "max-age=1" in first["Cache-Control"]
    sign(petition_en, "Amaranta")
    kept = client.get(petition_en.url)
    assert kept["X-Page-Cache"] == "hit" and "Amaranta" not in kept.content.decode()
    time.sleep(1.1)
    again = client.get(petition_en.url)
    assert again["X-Page-Cache"] == "miss" and "Amaranta" in again.content.decode()


def test_a_page_without_live_figures_stays_fresh_until_a_change(client, home_en):
    first = client.get(home_en.url)
    assert "s-maxage" not in first["Cache-Control"]
    time.sleep(1.1)
    assert client.get(home_en.url)["X-Page-Cache"] == "hit"
