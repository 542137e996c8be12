"""Only the Campaign data group sees personal data; exports are recorded; data is purged."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from campaigns.models import DataExport, OrganisationSignature, Signature
from tests.factories import confirm_signatures, make_user

pytestmark = pytest.mark.django_db


def staff(name, group):
    return make_user(name, groups=[group])


@pytest.fixture
def signed(client, petition_en, form_data):
    client.post(petition_en.url, form_data(email="ana@example.org", country="MX"))
    confirm_signatures(client)
    return Signature.objects.get(email="ana@example.org")


def test_campaign_data_group_sees_signatures_and_editors_do_not(client, signed):
    client.force_login(staff("data", "Campaign data"))
    response = client.get("/admin/campaigns/signature/")
    assert response.status_code == 200
    assert "ana@example.org" in response.content.decode()

    client.force_login(staff("editor", "Editors"))
    response = client.get("/admin/campaigns/signature/")
    assert response.status_code in (302, 403)
    client.force_login(staff("moderator", "Moderators"))
    assert client.get("/admin/campaigns/signature/").status_code in (302, 403)
    assert client.post("/admin/campaigns/signature/", {"q": "ana"}).status_code in (302, 403)


def test_search_by_email_and_filter_by_action(client, signed, petition_en):
    client.force_login(staff("data", "Campaign data"))
    Signature.objects.create(
        page_key=petition_en.translation_key, language="en", first_name="Other", last_name="X",
        email="other@example.org", postal_code="10001", country="US",
    )  # fmt: skip
    found = client.post("/admin/campaigns/signature/", {"q": "ana@example"}, follow=True)
    page = found.content.decode()
    assert "ana@example.org" in page and "other@example.org" not in page
    # The address searched for never appears in a URL: not where it went, not in a link.
    assert [url for url, _ in found.redirect_chain] == ["/admin/campaigns/signature/?searched=1"]
    assert "ana%40example" not in page and "q=ana" not in page
    assert 'method="post"' in page and 'value="ana@example"' in page
    # The export of the current filter keeps the search, and records no term.
    export = client.get("/admin/campaigns/signature/", {"searched": "1", "export": "csv"})
    body = b"".join(export.streaming_content).decode()
    assert "ana@example.org" in body and "other@example.org" not in body
    assert "ana" not in DataExport.objects.get().filters
    # An old-style link is moved out of the URL; an empty search clears it.
    moved = client.get("/admin/campaigns/signature/", {"q": "other@"})
    assert moved.status_code == 303 and "other" not in moved["Location"]
    cleared = client.post("/admin/campaigns/signature/", {"q": ""}, follow=True)
    assert "ana@example.org" in cleared.content.decode()
    assert "other@example.org" in cleared.content.decode()
    other = client.get(
        "/admin/campaigns/signature/", {"action": "00000000-0000-0000-0000-000000000000"}
    )
    assert "ana@example.org" not in other.content.decode()
    mine = client.get("/admin/campaigns/signature/", {"action": str(petition_en.translation_key)})
    assert "ana@example.org" in mine.content.decode()


def test_an_old_export_link_moves_the_term_out_before_anything_leaves(client, signed):
    client.force_login(staff("data", "Campaign data"))
    moved = client.get("/admin/campaigns/signature/", {"q": "ana@", "export": "csv"})
    assert moved.status_code == 303
    assert moved["Location"] == "/admin/campaigns/signature/?export=csv&searched=1"
    assert not DataExport.objects.exists()


def test_a_search_from_someone_not_logged_in_is_sent_to_the_login(client, signed):
    for response in (
        client.post("/admin/campaigns/signature/", {"q": "ana"}),
        client.get("/admin/campaigns/signature/", {"q": "ana"}),
    ):
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
    assert not [key for key in client.session.keys() if key.startswith("private-search:")]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_every_export_is_recorded_with_who_and_how_many(client, signed, file_format):
    user = staff("data", "Campaign data")
    client.force_login(user)
    response = client.get("/admin/campaigns/signature/", {"export": file_format})
    assert response.status_code == 200
    if file_format == "csv":
        body = b"".join(response.streaming_content).decode()
        assert "ana@example.org" in body
        assert "Mexico" in body  # the country's name, not its code
    record = DataExport.objects.get()
    assert record.user == user and record.rows == 1 and record.file_format == file_format
    entry = ModelLogEntry.objects.get(action="campaigns.export")
    assert entry.user == user and entry.object_id == str(record.pk)


def test_purge_anonymises_signatures_past_retention_and_keeps_the_count(signed, petition_en):
    Signature.objects.filter(pk=signed.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31 * 25)
    )
    fresh = Signature.objects.create(
        page_key=petition_en.translation_key, language="en", first_name="New", last_name="Signer",
        email="new@example.org", postal_code="10001", country="US", confirmed_at=timezone.now(),
    )  # fmt: skip
    call_command("purge_personal_data", stdout=(out := __import__("io").StringIO()))
    assert "retention period: 0 were deleted, 1 were anonymised" in out.getvalue()
    signed.refresh_from_db()
    assert signed.anonymised and signed.first_name == "" and "ana" not in signed.email
    fresh.refresh_from_db()
    assert not fresh.anonymised and fresh.first_name == "New"
    assert Signature.objects.filter(page_key=petition_en.translation_key).count() == 2


def test_forget_me_deletes_the_email_everywhere_without_printing_it(signed, capsys):
    OrganisationSignature.objects.create(
        page_key=signed.page_key, language="en", organisation="Org", city="X", country="US",
        contact_name="Ana", contact_email="ana@example.org",
    )  # fmt: skip
    import io

    out = io.StringIO()
    call_command("purge_personal_data", forget="ANA@example.org", stdout=out)
    assert not Signature.objects.filter(email="ana@example.org").exists()
    assert not OrganisationSignature.objects.filter(contact_email="ana@example.org").exists()
    assert "ana@" not in out.getvalue().lower()
    assert "Signatures of the given email address: 1 were deleted" in out.getvalue()


def test_dashboard_shows_each_live_action_with_count_and_chart(admin_client, signed, petition_en):
    response = admin_client.get("/admin/")
    html = response.content.decode()
    assert petition_en.title in html
    assert "<svg" in html and "<rect" in html
