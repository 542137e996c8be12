"""A message sent through the contact form is stored once, read by Campaign data staff only,
answered, exported with words for its codes, deleted past retention and on "forget me"."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from campaigns.models import ContactMessage
from campaigns.privacy import forget, purge
from tests.factories import contact_message, contact_page, h1_texts, make_user, soup

pytestmark = pytest.mark.django_db

INDEX = "/admin/campaigns/contactmessage/"


@pytest.fixture
def pages(db):
    return contact_page()


@pytest.fixture
def staff(db):
    return make_user("data", groups=["Campaign data"])


def stored(page, n=1, **fields):
    made = []
    for i in range(n):
        values = {
            "page_key": page.translation_key,
            "form_page": page,
            "language": "en",
            "name": f"Writer {i}",
            "email": f"writer{i}@example.org",
            "topic": "press",
            "message": "Could someone speak to our radio programme on Thursday?",
            "consent_text": page.consent_text,
        }
        values.update(fields)
        made.append(ContactMessage.objects.create(**values))
    return made


def test_the_form_asks_in_both_languages_with_translated_topics(client, pages):
    for page, legend, topics, button in (
        (pages[0], "What is it about?", "Press and media", "Send my message"),
        (pages[1], "¿De qué se trata?", "Prensa y medios", "Enviar mi mensaje"),
    ):
        response = client.get(page.url)
        assert response.status_code == 200
        assert h1_texts(response) == [page.title]
        form = soup(response).select_one("form.public-form")
        assert form.select_one("legend").get_text(strip=True) == legend
        labels = [label.get_text(strip=True) for label in form.select(".field--choices label")]
        assert len(labels) == 4 and topics in labels
        assert not form.select('input[name="topic"][checked]')
        assert page.consent_text in form.get_text()
        assert form.select_one("button").get_text(strip=True) == button
        assert form.select_one("textarea")["maxlength"] == "3000"
        assert "private" not in response.get("Cache-Control", "")


def test_a_link_may_choose_the_press_topic(client, pages):
    response = client.get(pages[1].url, {"topic": "press"})
    assert soup(response).select_one('input[name="topic"][checked]')["value"] == "press"
    odd = client.get(pages[1].url, {"topic": "<script>"})
    assert odd.status_code == 200 and not soup(odd).select('input[name="topic"][checked]')


def test_a_message_is_stored_once_with_its_consent_and_thanked(client, pages):
    english, spanish = pages
    data = contact_message(english)
    response = client.post(spanish.url, data)
    assert response.status_code == 303
    assert response["Location"] == spanish.url + "gracias/"
    assert "marisol" not in response["Location"]
    assert client.post(spanish.url, data).status_code == 303  # a double click
    message = ContactMessage.objects.get()
    assert (message.name, message.email, message.topic) == (
        "Marisol Peña",
        "marisol@example.org",
        "volunteering",
    )
    assert message.status == ContactMessage.Status.NEW
    assert message.language == "es" and message.page_key == english.translation_key
    assert message.consent_text == spanish.consent_text
    thanks = client.get(response["Location"])
    assert h1_texts(thanks) == ["Gracias por escribirnos"]
    assert "respondemos por correo" in thanks.content.decode()


@pytest.mark.parametrize(
    ("overrides", "message_es"),
    [
        ({"name": ""}, "necesario"),
        ({"email": "not an address"}, "correo electrónico válid"),
        ({"topic": None}, "de qué trata tu mensaje"),
        ({"topic": "donations"}, "opción válida"),
        ({"message": "Hi"}, "10"),
        ({"message": "x" * 3001}, "3000"),
        ({"message": "Hello <script>alert(1)</script> there"}, "HTML"),
        ({"consent": None}, "Marca esta casilla"),
    ],
)
def test_bad_input_gets_a_spanish_message_a_400_and_stores_nothing(
    client, pages, overrides, message_es
):
    english, spanish = pages
    response = client.post(spanish.url, contact_message(english, **overrides))
    assert response.status_code == 400
    errors = " ".join(e.get_text() for e in soup(response).select(".field-error"))
    assert message_es in errors
    assert not ContactMessage.objects.exists()
    assert "private" in response["Cache-Control"]


def test_robots_are_turned_away(client, pages):
    english, spanish = pages
    trap = client.post(spanish.url, contact_message(english, website="http://spam.test"))
    assert trap.status_code == 400
    assert client.post(spanish.url, contact_message(english, started=None)).status_code == 400
    assert not ContactMessage.objects.exists()


def test_only_campaign_data_staff_see_the_messages(client, pages, staff):
    stored(pages[0])
    editor = make_user("editor", groups=["Editors"])
    client.force_login(editor)
    assert client.get(INDEX).status_code in (302, 403)
    assert "contactmessage" not in client.get("/admin/").content.decode()
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(make_user("someone", groups=[]))
    assert client.get(INDEX).status_code in (302, 403)
    client.force_login(staff)
    listing = client.get(INDEX)
    assert listing.status_code == 200
    assert "writer0@example.org" in listing.content.decode()


def test_the_list_costs_the_same_queries_for_five_messages_or_fifty(client, pages, staff):
    client.force_login(staff)
    counts = []
    for n in (5, 45):
        stored(pages[0], n)
        client.get(INDEX)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(INDEX).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1], counts


def test_staff_mark_a_message_answered_and_filter_by_status(client, pages, staff):
    first, second = stored(pages[0], 2)
    client.force_login(staff)
    edit = f"{INDEX}edit/{first.pk}/"
    form = client.get(edit)
    assert form.status_code == 200
    assert 'name="message"' not in form.content.decode()  # what was sent is never rewritten
    response = client.post(edit, {"status": "answered", "message": "changed"})
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.status == "answered"
    assert first.message.startswith("Could someone")
    answered = client.get(INDEX, {"status__exact": "answered"}).content.decode()
    assert "writer0@example.org" in answered and "writer1@example.org" not in answered


def test_the_export_reads_topics_and_statuses_as_words_and_is_recorded(client, pages, staff):
    from campaigns.models import DataExport

    stored(pages[0], 1, name="=HYPERLINK(1)")
    client.force_login(staff)
    response = client.get(INDEX, {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(csv.reader(io.StringIO(content.decode())))
    assert "topic" in [cell.lower() for cell in rows[0]]
    assert "Press and media" in rows[1] and "New" in rows[1]
    assert "'=HYPERLINK(1)" in rows[1]
    assert DataExport.objects.get().rows == 1


def test_retention_deletes_old_messages_by_their_page_and_forget_me_any(pages):
    english, spanish = pages
    english.retention_months = 6
    english.save_revision().publish()
    old, recent = stored(english, 2)
    ContactMessage.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=200))
    assert purge(timezone.now(), dry_run=True)["contact messages"]["deleted"] == 1
    assert ContactMessage.objects.count() == 2
    assert purge(timezone.now())["contact messages"] == {"deleted": 1, "anonymised": 0}
    assert list(ContactMessage.objects.all()) == [recent]
    assert forget(" WRITER1@example.org ")["contact messages"]["deleted"] == 1
    assert not ContactMessage.objects.exists()


def test_staff_are_told_of_a_new_message_without_its_words_or_its_sender(client, pages, caplog):
    from django.core import mail

    from campaigns.models import ContactSettings

    english, spanish = pages
    client.post(spanish.url, contact_message(english))
    assert not mail.outbox  # no staff address set: no notice
    chosen = ContactSettings.load()
    chosen.notify_email = "team@borderhumanity.test"
    chosen.save()
    text = "We host a radio programme in Ciudad Juárez and would like an interview."
    client.post(spanish.url, contact_message(english, message=text, email="radio@example.org"))
    (notice,) = mail.outbox
    message = ContactMessage.objects.get(email="radio@example.org")
    assert notice.to == ["team@borderhumanity.test"]
    assert notice.subject == "New contact message: Volunteering"
    assert f"/admin/campaigns/contactmessage/inspect/{message.pk}/" in notice.body
    for private in (text, "radio@example.org", "Marisol"):
        assert private not in notice.subject + notice.body
        assert private not in caplog.text
