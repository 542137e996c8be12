"""The hard cases: two identical submissions at the same moment, and arbitrary input."""

import json
import re
import threading
import time
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from campaigns.abuse import MIN_FILL_SECONDS
from campaigns.forms import SignatureForm


def test_two_simultaneous_signatures_of_one_email_leave_one_row(live_site):
    """Two browsers submit the same email at the same instant to the real server (two
    gunicorn workers, its own database): both are thanked, one row is stored."""
    petition = f"{live_site.url}/en/petition/"
    sessions = [_form_session(petition) for _ in range(2)]
    time.sleep(MIN_FILL_SECONDS)
    barrier = threading.Barrier(2)
    statuses = []

    def submit(session, name):
        opener, token, start = session
        body = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token,
                "first_name": name,
                "last_name": "Ruiz",
                "email": "race@example.org",
                "postal_code": "79901",
                "country": "US",
                "started": start,
            }  # fmt: skip
        ).encode()
        request = urllib.request.Request(petition, data=body, headers={"Referer": petition})
        barrier.wait(timeout=10)
        with opener.open(request, timeout=30) as response:
            statuses.append((response.status, response.url))

    threads = [
        threading.Thread(target=submit, args=(session, name))
        for session, name in zip(sessions, ("Ana", "Anna"), strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [status for status, _url in statuses] == [200, 200]
    assert all(url.endswith("/en/petition/thank-you/") for _status, url in statuses)
    rows = live_site.count_rows("campaigns_signature", "email = %s", ("race@example.org",))
    assert rows == 1


def _form_session(url):
    """A visitor's cookie jar, and the CSRF and start tokens its form's script fetched (the
    form is sent at once: the minimum fill time is waited for once, for both)."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    with opener.open(url, timeout=30) as response:
        html = response.read().decode()
    tokens_url = urllib.parse.urljoin(url, re.search(r'data-tokens="([^"]+)"', html).group(1))
    with opener.open(tokens_url, timeout=30) as response:
        tokens = json.load(response)
    return opener, tokens["csrfmiddlewaretoken"], tokens["started"]


printable = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first_name=printable,
    last_name=printable,
    email=printable,
    postal_code=printable,
    country=st.one_of(st.sampled_from(["US", "MX", "GT", "HN"]), printable),
    comment=printable,
)
def test_any_input_is_either_accepted_clean_or_refused_with_messages(
    first_name, last_name, email, postal_code, country, comment
):
    form = SignatureForm(
        {
            "first_name": first_name,
            "last_name": last_name,
            "email": email,
            "postal_code": postal_code,
            "country": country,
            "comment": comment,
        }  # fmt: skip
    )
    if form.is_valid():
        cleaned = form.cleaned_data
        for name in ("first_name", "last_name"):
            assert "<" not in cleaned[name] or not any(c.isalpha() for c in cleaned[name])
            assert "\x00" not in cleaned[name] and 0 < len(cleaned[name]) <= 80
        assert "@" in cleaned["email"] and cleaned["email"] == cleaned["email"].lower()
        assert len(cleaned["postal_code"]) <= 11
    else:
        assert all(form.errors[field] for field in form.errors)
        assert all(
            str(message).strip() for messages in form.errors.values() for message in messages
        )
