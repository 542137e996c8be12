"""After "I called": a caller may leave a first name and an email, with consent, to hear about
the campaign's next steps. Pending until confirmed from the email; never tied to a call; in
retention and "forget me"; read by Campaign data only."""

import re
import time
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from campaigns.abuse import start_token
from campaigns.models import CallFollowUp, CallLog
from campaigns.privacy import forget, purge
from tests.factories import call_page, make_official, make_user, soup, spanish_translation

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

CONSENT = "Test consent: email me about the test campaign's next steps."


@pytest.fixture
def page(db):
    official = make_official("Pat National", role="president", phone="202 555 0101")
    return call_page([official], follow_up_consent=CONSENT)


def filled(page, **overrides):
    data = {
        "first_name": " Rosa ",
        "email": "Rosa@Example.org",
        "consent": "on",
        "website": "",
        "started": start_token(page.follow_up_key, issued=time.time() - 30),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def send(client, page, data, language="en"):
    with translation.override(language):
        url = reverse("campaigns:call_follow_up", args=[page.pk])
    return client.post(url, data)


def confirm_path(message):
    link = next(u for u in re.findall(r"https?://\S+", message.body) if "confirm" in u)
    return urlsplit(link).path


def test_the_thank_you_step_offers_the_form_without_any_token(client, page):
    response = client.get(page.url + page.reverse_subpage("thank_you"))
    html = soup(response)
    form = html.select_one(".call-follow-up form")
    assert form["action"] == reverse("campaigns:call_follow_up", args=[page.pk])
    assert CONSENT in form.get_text()
    assert str(page.follow_up_key) in form["data-tokens"]
    assert "official" not in {i["name"] for i in form.select("input[name]")}
    assert not form.select_one('input[name="csrfmiddlewaretoken"]')["value"]


def test_stored_once_with_its_consent_and_confirmed_from_the_email(client, page):
    data = filled(page)
    first = send(client, page, data)
    assert first.status_code == 303
    assert first["Location"].endswith("/thank-you/check-your-email/")
    assert send(client, page, data).status_code == 303  # a double click stores nothing more
    follow_up = CallFollowUp.objects.get()
    assert (follow_up.first_name, follow_up.email) == ("Rosa", "rosa@example.org")
    assert follow_up.consent_text == CONSENT and follow_up.page_key == page.translation_key
    assert follow_up.confirmed_at is None
    assert CallLog.objects.count() == 0  # asking for news is not a call
    assert client.get(first["Location"]).status_code == 200

    assert len(mail.outbox) == 1 and "Rosa" in mail.outbox[0].body
    link = confirm_path(mail.outbox[0])
    assert client.get(link).status_code == 200
    CallFollowUp.objects.get(confirmed_at__isnull=True)  # opening the link changes nothing
    assert client.post(link).status_code == 200
    assert CallFollowUp.objects.get().confirmed_at is not None
    assert client.post(link).status_code == 410

    # Sent again once confirmed: no new row, no email.
    send(client, page, filled(page))
    assert CallFollowUp.objects.count() == 1 and len(mail.outbox) == 1


def test_no_consent_or_a_bad_email_is_refused_in_spanish(client, page):
    spanish = spanish_translation(
        page, title="Llama a los funcionarios de prueba", follow_up_consent="Escríbeme."
    )
    response = send(client, spanish, filled(spanish, consent=None, email="no es un correo"), "es")
    assert response.status_code == 400
    assert "no-store" in response["Cache-Control"]
    text = soup(response).select_one(".call-follow-up").get_text()
    assert "Marca esta casilla" in text
    assert "correo electrónico válid" in text
    assert not CallFollowUp.objects.exists() and not mail.outbox

    sent = send(client, spanish, filled(spanish), "es")
    assert sent["Location"].endswith("/gracias/revisa-tu-correo/")
    assert "Revisa tu correo" in client.get(sent["Location"]).content.decode()
    assert CallFollowUp.objects.get().consent_text == "Escríbeme."
    assert "/es/" in mail.outbox[0].body and "Gracias por llamar" in mail.outbox[0].body


def test_the_spam_trap_and_a_missing_token_store_nothing(client, page):
    assert send(client, page, filled(page, website="http://spam")).status_code == 400
    assert send(client, page, filled(page, started=None)).status_code == 400
    assert not CallFollowUp.objects.exists()


def test_retention_and_forget_me_reach_follow_ups(page):
    old = timezone.now() - timedelta(days=90)
    never = CallFollowUp.objects.create(page_key=page.translation_key, email="never@example.org")
    kept = CallFollowUp.objects.create(
        page_key=page.translation_key, email="kept@example.org", confirmed_at=old
    )
    CallFollowUp.objects.filter(pk__in=[never.pk, kept.pk]).update(created_at=old)
    assert purge(timezone.now())["call follow-ups"] == {"deleted": 1, "anonymised": 0}
    assert list(CallFollowUp.objects.values_list("email", flat=True)) == ["kept@example.org"]

    CallFollowUp.objects.update(created_at=timezone.now() - timedelta(days=800))
    assert purge(timezone.now())["call follow-ups"]["deleted"] == 1  # past 24 months

    CallFollowUp.objects.create(page_key=page.translation_key, email="rosa@example.org")
    assert forget(" ROSA@example.org")["call follow-ups"]["deleted"] == 1
    assert not CallFollowUp.objects.exists()


def test_only_campaign_data_reads_and_exports_them(client, page):
    CallFollowUp.objects.create(
        page_key=page.translation_key, email="yes@example.org", confirmed_at=timezone.now()
    )
    CallFollowUp.objects.create(page_key=page.translation_key, email="maybe@example.org")
    index = "/admin/campaigns/callfollowup/"

    editor = make_user("editor")
    group = Group.objects.create(name="Editors (test)")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    assert client.get(index).status_code in (302, 403)
    assert client.get(index, {"export": "csv"}).status_code in (302, 403)
    assert "callfollowup" not in client.get("/admin/").content.decode()

    client.force_login(make_user("data", groups=["Campaign data"]))
    assert "maybe@example.org" in client.get(index).content.decode()
    response = client.get(index, {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    assert b"yes@example.org" in content and b"maybe@example.org" not in content
