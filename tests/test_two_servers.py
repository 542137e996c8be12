"""Past one machine: two app servers (two gunicorn processes on two ports) share PostgreSQL or
the SQLite file, and Redis. A change published through one is never served stale by the
other; a signature taken by one is counted by the other; a staff login works on both."""

import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.cookiejar import CookieJar

import pytest
from django.core import signing

from borderhumanity.live_site import serve_demo_site, server_database
from campaigns.abuse import MIN_FILL_SECONDS
from campaigns.emails import SIGNATURE_SALT

REDIS_URL = "redis://127.0.0.1:6379/9"


def redis_answers():
    try:
        import redis

        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception:  # noqa: BLE001 — any failure means: no Redis here
        return False


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory):
    if not redis_answers():
        pytest.skip("needs the Redis server of this machine (127.0.0.1:6379)")
    tmp = tmp_path_factory.mktemp("two-servers")
    shared = {
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": f"two-{uuid.uuid4().hex[:8]}",
        "PAGE_CACHE_SECONDS": "600",
    }
    database_url = server_database(tmp, suffix="two_servers")
    with serve_demo_site(tmp, workers=1, database_url=database_url, env=shared) as first:
        with serve_demo_site(
            tmp, workers=1, database_url=first.database_url, load=False, env=shared
        ) as second:
            first.manage("ensure_admin")
            yield first, second


def browser():
    jar = CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar)), jar


def get(opener, url):
    try:
        with opener.open(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def post(opener, url, fields, referer):
    body = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(url, data=body, headers={"Referer": referer})
    return get(opener, request)


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def log_in(opener, site):
    login = f"{site.url}/admin/login/"
    _, _, html = get(opener, login)
    fields = {"csrfmiddlewaretoken": csrf_token(html), "username": "admin", "password": "changeme"}
    post(opener, login, fields, login)


def test_a_change_published_on_one_server_is_not_served_stale_by_the_other(two_servers):
    first, second = two_servers
    visitor, _ = browser()
    url = f"{second.url}/en/news/"
    assert get(visitor, url)[0] == 200, second.log_tail()
    status, headers, _ = get(visitor, url)
    assert status == 200 and headers["X-Page-Cache"] == "hit"

    staff, _ = browser()
    log_in(staff, first)
    page_id = first.scalar("SELECT id FROM wagtailcore_page WHERE url_path LIKE %s", ("%/news/",))
    unpublish = f"{first.url}/admin/pages/{page_id}/unpublish/"
    _, _, form = get(staff, unpublish)
    status, _, _ = post(staff, unpublish, {"csrfmiddlewaretoken": csrf_token(form)}, unpublish)
    assert status == 200  # back at the explorer

    assert get(visitor, url)[0] == 404  # not the copy the other server had cached


def test_a_signature_on_one_server_is_counted_on_the_other(two_servers):
    first, second = two_servers

    def count(site):
        # Rendered afresh (the page cache keeps no address with a query string): the stored
        # copy of the page may show the count it had when stored, for the cache's lifetime.
        _, _, html = get(browser()[0], f"{site.url}/es/peticion/?count=1")
        return int(re.search(r'<progress max="\d+" value="(\d+)"', html).group(1))

    before = count(second)
    signer, _ = browser()
    _, _, html = get(signer, f"{first.url}/es/peticion/")
    action = re.search(r'<form class="signature-form[^"]*" method="post" action="([^"]+)"', html)
    tokens_at = re.search(r'data-tokens="([^"]+)"', html).group(1)  # what its script fetches
    tokens = json.loads(get(signer, first.url + tokens_at)[2])
    fields = {
        **tokens, "first_name": "Lucía", "last_name": "Pérez",
        "email": "lucia@example.org", "postal_code": "79901", "country": "US",
        "contact_consent": "on",
    }  # fmt: skip
    time.sleep(MIN_FILL_SECONDS)
    status, _, thanks = post(
        signer, first.url + action.group(1), fields, f"{first.url}/es/peticion/"
    )
    assert status == 200 and '<html lang="es"' in thanks  # the Spanish thank-you step
    assert count(second) == before  # counted once confirmed

    # The link of the confirmation email (signed with the servers' key), opened on the other.
    confirm_id = first.scalar(
        "SELECT confirm_id FROM campaigns_signature WHERE email = %s", ("lucia@example.org",)
    )
    code = signing.TimestampSigner(salt=SIGNATURE_SALT).sign(f"s{uuid.UUID(str(confirm_id)).hex}")
    link = f"{second.url}/es/firma/confirmar/{code}/"
    _, _, page = get(signer, link)
    status, _, _ = post(signer, link, {"csrfmiddlewaretoken": csrf_token(page)}, link)
    assert status == 200
    assert count(second) == before + 1


def test_a_staff_login_on_one_server_works_on_the_other(two_servers):
    first, second = two_servers
    staff, _ = browser()
    log_in(staff, first)
    status, _, html = get(staff, f"{second.url}/admin/")
    assert status == 200
    assert 'name="password"' not in html  # the dashboard, not the login form
    assert 'class="w-dashboard' in html
    # Beside the account link, the dashboard names whoever is logged in.
    assert re.search(r"<h2[^>]*>\s*admin\s*</h2>", html)
