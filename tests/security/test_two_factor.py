"""Two-factor sign-in for staff (wagtail-2fa): optional unless STAFF_TWO_FACTOR_REQUIRED. Whoever
has enrolled an authenticator app gives its code after the password; with the setting on, staff
without one are sent to enrol first. The pages work under the admin's Content-Security-Policy."""

from datetime import timedelta
from urllib.parse import unquote

import pytest
from django.test import override_settings
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import content_security_policy, database_refuses, make_user, soup

pytestmark = pytest.mark.django_db

PASSWORD = "four words make a passphrase"
DASHBOARD = "/admin/"
VERIFY = "/admin/2fa/auth"
ENROL = "/admin/2fa/devices/new"


@pytest.fixture
def editor(db):
    """Staff as the site has them: an editor, admin access through the Editors group."""
    return make_user("amina", groups=["Editors"], password=PASSWORD)


def enrol(user, name="Phone"):
    return TOTPDevice.objects.create(user=user, name=name, confirmed=True)


def code_of(device, wrong=False):
    """What the authenticator app shows now (or a code one off from it)."""
    value = totp(device.bin_key, device.step, device.t0, device.digits, device.drift)
    if wrong:
        value = (value + 1) % 10**device.digits
    return f"{value:0{device.digits}d}"


def log_in(client, username, password=PASSWORD):
    response = client.post("/admin/login/", {"username": username, "password": password})
    assert response.status_code == 302, "the password step failed"
    return response


def reaches_dashboard(client):
    response = client.get(DASHBOARD)
    return response.status_code == 200 and "wagtailadmin/home.html" in [
        t.name for t in response.templates
    ]


def test_without_a_device_the_password_alone_opens_the_admin(client, editor):
    log_in(client, "amina")
    assert reaches_dashboard(client)
    # Enrolling is one click away, under the editor's own account.
    account = client.get("/admin/account/").content.decode()
    assert f"/admin/2fa/devices/{editor.pk}" in account


def test_an_enrolled_editor_gives_the_code_before_the_admin_opens(client, editor):
    device = enrol(editor)
    log_in(client, "amina")
    for address in (DASHBOARD, "/admin/pages/", "/admin/account/"):
        response = client.get(address)
        assert response.status_code == 302, address
        assert response["Location"].startswith(VERIFY), address
    assert not reaches_dashboard(client)

    form = client.get(response["Location"])
    assert form.status_code == 200
    assert soup(form).find("input", attrs={"name": "otp_token"}) is not None

    wrong = client.post(VERIFY, {"otp_token": code_of(device, wrong=True), "next": DASHBOARD})
    assert wrong.status_code == 200
    assert "Invalid code" in wrong.content.decode()
    assert not reaches_dashboard(client)

    # django-otp slows a guesser: a moment after a wrong code, even the right one is refused.
    assert client.post(VERIFY, {"otp_token": code_of(device)}).status_code == 200
    assert not reaches_dashboard(client)
    a_while_ago = timezone.now() - timedelta(seconds=5)
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=a_while_ago)

    right = client.post(VERIFY, {"otp_token": code_of(device), "next": DASHBOARD})
    assert right.status_code == 302
    assert right["Location"] == DASHBOARD
    assert reaches_dashboard(client)


def test_with_two_apps_enrolled_the_editor_says_which_one_the_code_is_from(client, editor):
    enrol(editor, "Phone")
    tablet = enrol(editor, "Tablet")
    log_in(client, "amina")
    form = soup(client.get(VERIFY))
    choices = {
        o.get_text(strip=True): o["value"] for o in form.select("select[name=otp_device] option")
    }
    assert set(choices) == {"Phone", "Tablet"}
    response = client.post(
        VERIFY, {"otp_token": code_of(tablet), "otp_device": choices["Tablet"], "next": DASHBOARD}
    )
    assert response.status_code == 302
    assert reaches_dashboard(client)


def test_a_code_from_another_device_does_not_open_the_admin(client, editor):
    enrol(editor)
    someone_elses = enrol(make_user("li", password=PASSWORD))
    log_in(client, "amina")
    client.post(VERIFY, {"otp_token": code_of(someone_elses), "next": DASHBOARD})
    assert not reaches_dashboard(client)


@override_settings(STAFF_TWO_FACTOR_REQUIRED=True)
def test_when_required_staff_without_a_device_enrol_first(client, editor):
    log_in(client, "amina")
    response = client.get(DASHBOARD)
    assert response.status_code == 302
    assert response["Location"].startswith(ENROL)
    assert not reaches_dashboard(client)

    # Scanning the code: the enrol page made a device whose key the app would now hold.
    page = client.get(response["Location"])
    assert page.status_code == 200
    pending = TOTPDevice.objects.get(user=editor, confirmed=False)
    done = client.post(
        ENROL, {"name": "Work phone", "otp_token": code_of(pending), "password": PASSWORD}
    )
    assert done.status_code == 302
    assert TOTPDevice.objects.get(user=editor).confirmed
    assert reaches_dashboard(client)


def test_the_authenticator_app_names_the_site(client, editor):
    client.force_login(editor)
    client.get(ENROL)
    config = unquote(TOTPDevice.objects.get(user=editor).config_url)
    assert "issuer=Border Humanity" in config
    assert config.startswith("otpauth://totp/Border Humanity:amina")


def test_the_two_factor_pages_work_under_the_admin_policy(client, editor):
    client.force_login(editor)
    enrol_page = client.get(ENROL)
    assert enrol_page.status_code == 200
    csp = content_security_policy(enrol_page)
    # The admin's policy, without a nonce (one would make browsers drop 'unsafe-inline', which
    # Wagtail's own inline scripts need).
    assert "'unsafe-inline'" in csp["script-src"]
    assert not any(source.startswith("'nonce-") for source in csp["script-src"])
    assert csp["object-src"] == ["'none'"]
    page = soup(enrol_page)
    # Every file the page loads and the address its form posts to are on this site ('self').
    loaded = [
        (element, attribute)
        for tag, attribute in (("script", "src"), ("img", "src"), ("link", "href"))
        for element in page.find_all(tag, attrs={attribute: True})
    ]
    assert loaded, "the page loads no file: nothing would be checked"
    for element, attribute in loaded:
        assert element[attribute].startswith("/"), str(element)[:80]
    assert (page.find("form", method="POST").get("action") or "") in ("", ENROL)

    # The QR code is an SVG image from this site: img-src 'self', no data: address needed.
    qr_address = page.find("img", src=lambda src: "qr-code" in src)["src"]
    qr = client.get(qr_address)
    assert qr.status_code == 200
    assert qr["Content-Type"] == "image/svg+xml"
    assert "<script" not in qr.content.decode()
    assert "'self'" in csp["img-src"]

    enrol(editor)
    client.logout()
    log_in(client, "amina")
    verify_page = client.get(VERIFY)
    assert verify_page.status_code == 200
    assert content_security_policy(verify_page) == csp


def test_an_admin_removes_a_lost_device_and_the_password_works_again(client, editor):
    lost = enrol(editor)
    admin = make_user("ruth", superuser=True, password=PASSWORD)
    # The users listing offers each user's devices.
    client.force_login(admin)
    listing = client.get("/admin/users/")
    assert listing.status_code == 200
    assert f"/admin/2fa/devices/{editor.pk}" in listing.content.decode()
    # The Django admin lists every device (the Wagtail page also needs the admin's own code).
    devices = client.get("/django-admin/otp_totp/totpdevice/")
    assert devices.status_code == 200
    # ...without showing the secret that would let its reader make the editor's codes.
    details = client.get(f"/django-admin/otp_totp/totpdevice/{lost.pk}/change/")
    assert details.status_code == 200
    assert lost.key not in details.content.decode()
    assert "qrcode" not in devices.content.decode() + details.content.decode()
    response = client.post(f"/django-admin/otp_totp/totpdevice/{lost.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()

    client.logout()
    log_in(client, "amina")
    assert reaches_dashboard(client)


def test_an_enrolled_admin_removes_a_colleagues_device_in_wagtail(client, editor):
    lost = enrol(editor)
    admin = make_user("ruth", superuser=True, password=PASSWORD)
    own = enrol(admin)
    log_in(client, "ruth")
    client.post(VERIFY, {"otp_token": code_of(own), "next": DASHBOARD})
    listing = client.get(f"/admin/2fa/devices/{editor.pk}")
    assert listing.status_code == 200
    assert f"/admin/2fa/devices/{lost.pk}/remove" in listing.content.decode()
    response = client.post(f"/admin/2fa/devices/{lost.pk}/remove", {"user_id": editor.pk})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()


@override_settings(AXES_ENABLED=True)
def test_the_login_lockout_still_guards_the_password_step(client, editor):
    enrol(editor)
    for _attempt in range(4):
        response = client.post("/admin/login/", {"username": "amina", "password": "a guess"})
        assert response.status_code == 200
    locked = client.post("/admin/login/", {"username": "amina", "password": "a fifth guess"})
    assert locked.status_code == 429
    right_password = client.post("/admin/login/", {"username": "amina", "password": PASSWORD})
    assert right_password.status_code == 429
    assert not reaches_dashboard(client)


def test_while_the_database_is_down_signed_in_staff_get_the_try_again_page(client, editor, home_en):
    address = home_en.url
    client.force_login(editor)
    with database_refuses():
        for path in (DASHBOARD, address):
            response = client.get(path)
            assert response.status_code == 503, path
            assert "Traceback" not in response.content.decode()
    assert reaches_dashboard(client)
