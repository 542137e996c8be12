"""A staff member enrols an authenticator app in the admin, signs out, and signs back in with the
password and then a code; the browser blocks nothing on the way under the admin's policy."""

import base64
import os
import re
import subprocess
import sys
import time
from urllib.parse import parse_qs, unquote, urlparse

import pytest
from django_otp.oath import totp

from borderhumanity.live_site import ROOT

pytestmark = pytest.mark.browser

PASSWORD = "a second factor for the editor"
SETUP = """
from django.contrib.auth.models import Group, User
user, _ = User.objects.get_or_create(username="segundo")
user.set_password({password!r}); user.save()
user.groups.set([Group.objects.get(name="Editors")])
"""


@pytest.fixture
def staff_member(live_site):
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="borderhumanity.settings.test",
        DATABASE_URL=live_site.database_url,
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-v0", "-c", SETUP.format(password=PASSWORD)],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    return "segundo"


def code_for(config_url, after=None):
    """What an authenticator app shows for the otpauth:// address it scanned, and its time step.
    A code is accepted once: `after` waits for the app's next code."""
    query = parse_qs(urlparse(config_url).query)
    secret, period = query["secret"][0], int(query.get("period", ["30"])[0])
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    while after is not None and int(time.time()) // period <= after:
        time.sleep(1)
    return f"{totp(key, step=period):06d}", int(time.time()) // period


def sign_in(page, site_url, username):
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()


def test_staff_enrol_and_sign_in_with_a_code_under_the_policy(
    browser, site_url, staff_member, screenshot
):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = context.new_page()
    blocked = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and blocked.append(message.text),
    )
    sign_in(page, site_url, staff_member)
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(f"{site_url}/admin/2fa/devices/new")
    qr = page.locator("img[src*='qr-code']")
    qr.wait_for()
    # The QR code loaded (an SVG from this site) rather than being blocked.
    assert page.evaluate("img => img.complete && img.naturalWidth > 0", qr.element_handle())
    config_url = unquote(page.locator("code").inner_text().strip())
    assert config_url.startswith("otpauth://totp/Border Humanity:")
    screenshot(page, "two-factor-enrol")
    code, step = code_for(config_url)
    page.fill("#id_otp_token", code)
    page.fill("#id_name", "Phone")
    page.fill("#id_password", PASSWORD)
    page.locator("form input[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/2fa/devices/\d+$"))
    assert "Phone" in page.content()

    context.clear_cookies()
    sign_in(page, site_url, staff_member)
    page.wait_for_url(re.compile(r"/admin/2fa/auth"))
    screenshot(page, "two-factor-code")
    page.fill("#id_otp_token", code_for(config_url, after=step)[0])
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))
    assert blocked == []
    context.close()
