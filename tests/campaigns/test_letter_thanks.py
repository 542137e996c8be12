"""The thank-you step of a letter to decision makers names who will receive it (from the state
the signer's ZIP code gave, kept in their session, never in the address) and offers a next
action; the delivery file keeps the letter's paragraphs."""

import csv
import io

import pytest
from django.urls import reverse

from campaigns.delivery import letter_paragraphs
from campaigns.models import ActionPage, DecisionMaker
from tests.factories import filled_form, soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter(db, home_en):
    """The site's letter to decision makers, sent to a national official and a Texan one, with
    a next action that leads home."""
    page = ActionPage.objects.live().get(locale__language_code="en", kind="targeted")
    page.letter = "<p>Dear officials,</p><p>Keep the door open.</p><ul><li>Fund lawyers.</li></ul>"
    page.targets = [
        ("decision_maker", DecisionMaker.objects.create(name="Pat National", role="president")),
        (
            "decision_maker",
            DecisionMaker.objects.create(name="Terry Texan", role="senator", state="TX"),
        ),
    ]
    page.next_action = [("link", {"text": "Tell a friend about us", "page": home_en, "url": ""})]
    page.save_revision().publish()
    return ActionPage.objects.get(pk=page.pk)


def recipients(response):
    return [li.get_text(strip=True) for li in soup(response).select(".recipients-list li")]


@pytest.mark.parametrize("through", ["page", "sign endpoint"])
def test_a_texan_is_told_their_letter_goes_to_the_national_and_texan_officials(
    client, letter, through
):
    url = letter.url if through == "page" else reverse("action_sign", args=[letter.pk])
    response = client.post(url, filled_form(letter, postal_code="78701"))
    assert response.status_code == 303
    thanks_url = response["Location"]
    assert "78701" not in thanks_url and "TX" not in thanks_url
    thanks = client.get(thanks_url)
    assert recipients(thanks) == ["President Pat National", "Senator Terry Texan, TX"]
    assert "Texas" in thanks.content.decode()
    assert "private" in thanks.get("Cache-Control", "") or "Cookie" in thanks.get("Vary", "")
    next_action = soup(thanks).find("a", string="Tell a friend about us")
    assert next_action is not None and next_action["href"] == "/en/"


def test_a_signer_from_another_state_is_not_told_of_the_texan_official(client, letter):
    client.post(letter.url, filled_form(letter, postal_code="90001"))
    thanks = client.get(letter.url + "thank-you/")
    assert recipients(thanks) == ["President Pat National"]


def test_a_visitor_without_a_session_sees_the_national_officials_and_gets_no_session(letter):
    from django.test import Client

    visitor = Client()
    thanks = visitor.get(letter.url + "thank-you/")
    assert recipients(thanks) == ["President Pat National"]
    assert "sessionid" not in thanks.cookies


def test_the_delivery_file_keeps_the_letters_paragraphs(admin_client, letter):
    texan = DecisionMaker.objects.get(name="Terry Texan")
    body = admin_client.get(f"/admin/campaigns/delivery/{letter.pk}/{texan.pk}.csv")
    rows = list(csv.reader(io.StringIO(body.content.decode())))
    assert rows[1] == ["Letter", "Dear officials,\n\nKeep the door open.\n\n- Fund lawyers."]


def test_letter_paragraphs_from_rich_text():
    assert letter_paragraphs("<p>One &amp; two</p><p>Three<br>four</p><h2>Five</h2>") == [
        "One & two",
        "Three",
        "four",
        "Five",
    ]
    assert letter_paragraphs("") == []
