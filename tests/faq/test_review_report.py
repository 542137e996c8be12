"""Reports → Answers due for review: what the legal team checks next."""

import datetime

import pytest
from django.utils import timezone

from faq.models import FAQPage, KnowYourRightsPage
from faq.views import stale_pages
from tests.factories import make_user, soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(make_user("lead", superuser=True))
    return client


def listed_titles(admin_client):
    response = admin_client.get("/admin/reports/answers-due-for-review/")
    assert response.status_code == 200
    return [a.get_text(strip=True) for a in soup(response).select("td.title a")]


def test_stale_pages_are_those_reviewed_too_long_ago_or_never(settings):
    settings.FAQ_REVIEW_DAYS = 180
    stale = set(stale_pages().values_list("title", flat=True))
    home_guides = set(
        KnowYourRightsPage.objects.filter(slug__contains="home").values_list("title", flat=True)
    )
    assert home_guides <= stale  # reviewed in November 2025
    assert not stale & set(FAQPage.objects.values_list("title", flat=True))


def test_report_lists_stale_pages_with_their_review(admin_client):
    titles = listed_titles(admin_client)
    assert "Know your rights: at home and in court" in " ".join(titles)
    assert not any("FAQs" in t for t in titles)
    page = FAQPage.objects.get(locale__language_code="en")
    page.last_reviewed = timezone.localdate() - datetime.timedelta(days=400)
    page.save_revision().publish()
    assert any(page.title in t for t in listed_titles(admin_client))


def test_a_shorter_period_lists_more(admin_client, settings):
    settings.FAQ_REVIEW_DAYS = 7
    titles = " ".join(listed_titles(admin_client))
    assert "Asylum & detention FAQs" in titles


def test_the_report_is_in_the_reports_menu(admin_client):
    response = admin_client.get("/admin/")
    assert "/admin/reports/answers-due-for-review/" in response.content.decode()
