"""News sign-up: nobody is on the list until they confirm from their own inbox; every email
lets them leave with one click; only confirmed addresses are exported."""

import re
import time
from datetime import timedelta
from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django.utils import timezone

from campaigns import emails
from campaigns.models import DataExport, NewsSignup, SignupPage
from campaigns.privacy import forget, purge
from tests.factories import h1_texts, make_form_page, make_user, soup, started_form, two_languages

pytestmark = pytest.mark.django_db


SIGNUP_SLUG = "test-lantern-news"
SIGNUP_TEXT = two_languages(
    title=("Test: news from the harbour", "Prueba: noticias del puerto"),
    consent_text=(
        "Test consent: send me the harbour news by email.",
        "Consentimiento de prueba: envíenme las noticias del puerto por correo.",
    ),
    thank_you_heading=("Test: look in your inbox", "Prueba: mira tu bandeja de entrada"),
)


@pytest.fixture
def signup_pages(db):
    """A news sign-up page of the tests' own, in English and Spanish."""
    return make_form_page(SignupPage, SIGNUP_SLUG, SIGNUP_TEXT)


@pytest.fixture
def signup_en(signup_pages):
    return signup_pages[0]


@pytest.fixture
def signup_es(signup_pages):
    return signup_pages[1]


def filled(**overrides):
    data = {
        "email": "Lucia@Example.org",
        "language": "es",
        "consent": "on",
        "website": "",
        "started": started_form(
            SignupPage.objects.get(slug=SIGNUP_SLUG, locale__language_code="en")
        ),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def links_in(message):
    return re.findall(r"https?://\S+", message.body)


def confirm_link(message):
    return next(link for link in links_in(message) if "/confirm/" in link or "/confirmar/" in link)


def unsubscribe_link(message):
    return next(link for link in links_in(message) if "/unsubscribe/" in link or "/baja/" in link)


def path_of(url):
    return urlsplit(url).path


def test_the_form_asks_for_email_language_and_consent_in_both_languages(
    client, signup_en, signup_es
):
    for page, button in ((signup_en, "Sign up"), (signup_es, "Suscribirme")):
        response = client.get(page.url)
        assert response.status_code == 200
        assert h1_texts(response) == [page.title]
        form = soup(response).select_one("form.public-form")
        assert form.select_one('input[name="email"]')
        assert form.select_one('select[name="language"] option[selected]')["value"] == (
            page.locale.language_code
        )
        assert not form.select_one('input[name="consent"]').has_attr("checked")
        assert page.consent_text in form.get_text()
        assert form.button.get_text(strip=True) == button
        # The same for everyone (its tokens are fetched apart): the page cache keeps it.
        assert "private" not in response.get("Cache-Control", "")


def test_double_opt_in_happy_path_in_spanish(client, signup_es):
    response = client.post(signup_es.url, filled())
    assert response.status_code == 303
    assert response["Location"] == signup_es.url + "gracias/"
    assert h1_texts(client.get(response["Location"])) == [signup_es.thank_you_heading]

    signup = NewsSignup.objects.get()
    assert signup.email == "lucia@example.org"
    assert signup.status == NewsSignup.Status.PENDING
    assert signup.consent_text == signup_es.consent_text

    (message,) = mail.outbox
    assert message.to == ["lucia@example.org"]
    assert message.subject == "Confirma tu dirección de correo"
    link = confirm_link(message)
    # The site's configured address, never the Host a request claimed.
    root = signup_es.get_site().root_url
    assert link.startswith(root + "/")
    assert "lucia" not in link.lower() and "example.org" not in link.removeprefix(root)
    assert path_of(link).startswith("/es/suscripcion/confirmar/")
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_link(message)}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # Opening the link (as a mail scanner does) changes nothing: the page asks.
    asked = client.get(path_of(link))
    assert asked.status_code == 200 and soup(asked).select_one("form[method=post] button")
    assert NewsSignup.objects.get().status == NewsSignup.Status.PENDING
    assert len(mail.outbox) == 1
    confirmed = client.post(path_of(link))
    assert confirmed.status_code == 200
    assert h1_texts(confirmed) == ["Tu suscripción está confirmada"]
    signup.refresh_from_db()
    assert signup.status == NewsSignup.Status.CONFIRMED and signup.confirmed_at
    welcome = mail.outbox[1]
    assert welcome.subject == "Recibirás nuestras noticias"
    assert unsubscribe_link(welcome) and "List-Unsubscribe" in welcome.extra_headers


def test_a_replayed_confirmation_link_is_a_clear_410(client, signup_es):
    client.post(signup_es.url, filled())
    link = path_of(confirm_link(mail.outbox[0]))
    assert client.post(link).status_code == 200
    again = client.post(link)
    assert again.status_code == 410
    assert "ya se usó" in again.content.decode()


def test_an_expired_confirmation_link_is_a_clear_410(client, signup_es):
    client.post(signup_es.url, filled())
    link = path_of(confirm_link(mail.outbox[0]))
    later = time.time() + emails.CONFIRM_MAX_AGE.total_seconds() + 60
    with mock.patch("django.core.signing.time.time", return_value=later):
        response = client.post(link)
    assert response.status_code == 410
    assert "caducó" in response.content.decode()
    assert NewsSignup.objects.get().status == NewsSignup.Status.PENDING


@pytest.mark.parametrize(
    "tamper",
    [
        lambda code: code[:-1] + ("A" if code[-1] != "A" else "B"),
        lambda code: code.split(":")[0],
        lambda code: "0" * 32 + code[32:],
        lambda code: "not-a-link",
    ],
)
def test_a_tampered_confirmation_link_is_a_clear_400(client, signup_es, tamper):
    client.post(signup_es.url, filled())
    link = path_of(confirm_link(mail.outbox[0]))
    prefix, code = link.rstrip("/").rsplit("/", 1)
    response = client.get(f"{prefix}/{tamper(code)}/")
    assert response.status_code == 400
    assert "fue modificado" in response.content.decode()
    assert NewsSignup.objects.get().status == NewsSignup.Status.PENDING


def test_signing_up_again_before_confirming_sends_a_new_link_and_kills_the_old(client, signup_en):
    client.post(signup_en.url, filled(language="en"))
    client.post(signup_en.url, filled(language="es"))
    assert NewsSignup.objects.count() == 1
    first, second = (path_of(confirm_link(m)) for m in mail.outbox)
    assert client.get(first).status_code == 410
    assert client.get(second).status_code == 200
    assert NewsSignup.objects.get().language == "es"


def test_a_confirmed_address_signing_up_again_gets_the_same_answer_and_no_email(client, signup_en):
    client.post(signup_en.url, filled())
    client.post(path_of(confirm_link(mail.outbox[0])))
    sent = len(mail.outbox)
    response = client.post(signup_en.url, filled(language="en"))
    assert response.status_code == 303
    assert len(mail.outbox) == sent
    assert NewsSignup.objects.get().status == NewsSignup.Status.CONFIRMED


def test_one_click_unsubscribe_from_the_link_and_from_the_mail_provider(client, signup_es):
    client.post(signup_es.url, filled())
    link = path_of(unsubscribe_link(mail.outbox[0]))
    assert link.startswith("/es/suscripcion/baja/")
    page = client.get(link)  # a link scanner's GET changes nothing
    assert page.status_code == 200 and soup(page).select_one("form button")
    assert NewsSignup.objects.exists()
    # RFC 8058: the provider POSTs "List-Unsubscribe=One-Click", without any cookie or token.
    provider = Client(enforce_csrf_checks=True)
    response = provider.post(link, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert h1_texts(response) == ["Te diste de baja"]
    assert not NewsSignup.objects.exists()
    assert client.post(link).status_code == 200  # a second click is answered, not an error


def test_a_tampered_unsubscribe_link_is_a_400(client, signup_es):
    client.post(signup_es.url, filled())
    link = path_of(unsubscribe_link(mail.outbox[0]))
    response = client.post(link.replace("/baja/", "/baja/x"))
    assert response.status_code == 400
    assert NewsSignup.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "message_es"),
    [
        ({"email": "not-an-email"}, "correo electrónico válida"),
        ({"email": "a" * 250 + "@example.org"}, "254"),
        ({"email": ""}, "necesario"),
        ({"language": "xx"}, "opción válida"),
        ({"consent": None}, "Marca esta casilla"),
    ],
)
def test_bad_input_is_a_400_in_spanish_storing_and_sending_nothing(
    client, signup_es, overrides, message_es
):
    response = client.post(signup_es.url, filled(**overrides))
    assert response.status_code == 400
    errors = " ".join(e.get_text() for e in soup(response).select(".field-error"))
    assert message_es in errors
    assert not NewsSignup.objects.exists()
    assert mail.outbox == []


def test_robots_and_missing_csrf_tokens_store_nothing(signup_es):
    assert Client().post(signup_es.url, filled(website="x")).status_code == 400
    strict = Client(enforce_csrf_checks=True).post(signup_es.url, filled())
    assert strict.status_code == 403
    assert "Vuelve a enviar el formulario" in strict.content.decode()
    assert not NewsSignup.objects.exists()


def test_a_mail_server_failure_keeps_the_row_and_logs_no_address(client, signup_en, caplog):
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("refused")):
        response = client.post(signup_en.url, filled())
    assert response.status_code == 303
    assert NewsSignup.objects.count() == 1
    assert "could not be sent" in caplog.text
    assert "lucia" not in caplog.text.lower()


@pytest.fixture
def campaign_data_user(db):
    return make_user("data", groups=["Campaign data"])


def make(email, status, language="en"):
    return NewsSignup.objects.create(
        email=email, language=language, status=status, consent_text="Send me news."
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_export_holds_only_confirmed_addresses_and_is_audited(client, campaign_data_user, fmt):
    from wagtail.models import ModelLogEntry

    make("yes@example.org", NewsSignup.Status.CONFIRMED)
    make("maybe@example.org", NewsSignup.Status.PENDING)
    make("otra@example.org", NewsSignup.Status.CONFIRMED, "es")  # outside the current filter
    client.force_login(campaign_data_user)
    index = "/admin/campaigns/newssignup/"
    listing = client.get(index)
    assert "maybe@example.org" in listing.content.decode()  # staff see both in the list
    response = client.get(index, {"export": fmt, "language__exact": "en"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if fmt == "csv":
        assert b"yes@example.org" in content and b"maybe@example.org" not in content
    else:
        from io import BytesIO

        from openpyxl import load_workbook

        rows = list(load_workbook(BytesIO(content)).active.values)
        assert [row[0] for row in rows[1:]] == ["yes@example.org"]
    entry = ModelLogEntry.objects.get(action="campaigns.export")
    assert entry.user == campaign_data_user and entry.data["rows"] == 1
    record = DataExport.objects.get()
    assert record.file_format == fmt and record.rows == 1
    assert record.filters == "language__exact"  # which filter was on, never its value


def test_only_people_with_the_permissions_see_the_sign_ups(client):
    editor = make_user("editor")
    group = Group.objects.create(name="Editors (test)")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    assert client.get("/admin/campaigns/newssignup/").status_code in (302, 403)
    assert "newssignup" not in client.get("/admin/").content.decode()


def test_retention_deletes_addresses_never_confirmed_and_forget_me_deletes_any(signup_en):
    stale = make("stale@example.org", NewsSignup.Status.PENDING)
    make("fresh@example.org", NewsSignup.Status.PENDING)
    kept = make("kept@example.org", NewsSignup.Status.CONFIRMED)
    NewsSignup.objects.filter(pk__in=[stale.pk, kept.pk]).update(
        created_at=timezone.now() - timedelta(days=90)
    )
    assert purge(timezone.now())["news sign-ups"] == {"deleted": 1, "anonymised": 0}
    assert set(NewsSignup.objects.values_list("email", flat=True)) == {
        "fresh@example.org",
        "kept@example.org",
    }
    assert forget(" KEPT@example.org")["news sign-ups"]["deleted"] == 1
    assert not NewsSignup.objects.filter(email="kept@example.org").exists()
