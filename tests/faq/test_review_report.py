"""Reports → Answers due for review: what the legal team checks next."""

import datetime

import pytest
from django.utils import timezone

from faq.models import KnowYourRightsPage
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


def reviewed_days_ago(page, days):
    page.last_reviewed = timezone.localdate() - datetime.timedelta(days=days)
    page.save_revision().publish()
    return page


def test_stale_pages_are_those_reviewed_too_long_ago_or_never(settings, guides, faq_pages):
    settings.FAQ_REVIEW_DAYS = 180
    stale = set(stale_pages().values_list("pk", flat=True))
    assert guides["overdue"].pk in stale  # reviewed 400 days ago
    assert guides["en"].pk not in stale and faq_pages["en"].pk not in stale  # today
    never = KnowYourRightsPage.objects.get(pk=guides["en"].pk)
    never.last_reviewed = None
    never.save_revision().publish()
    assert never.pk in set(stale_pages().values_list("pk", flat=True))


def test_report_lists_stale_pages_with_their_review(admin_client, guides, faq_pages):
    titles = " ".join(listed_titles(admin_client))
    assert guides["overdue"].title in titles
    assert faq_pages["en"].title not in titles
    reviewed_days_ago(faq_pages["en"], 400)
    assert faq_pages["en"].title in " ".join(listed_titles(admin_client))


def test_a_shorter_period_lists_more(admin_client, settings, faq_pages):
    settings.FAQ_REVIEW_DAYS = 180
    reviewed_days_ago(faq_pages["en"], 30)
    assert faq_pages["en"].title not in " ".join(listed_titles(admin_client))
    settings.FAQ_REVIEW_DAYS = 7
    assert faq_pages["en"].title in " ".join(listed_titles(admin_client))


def test_the_report_is_in_the_reports_menu(admin_client):
    response = admin_client.get("/admin/")
    assert "/admin/reports/answers-due-for-review/" in response.content.decode()
