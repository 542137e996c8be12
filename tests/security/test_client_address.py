"""The visitor's address behind the proxies: what the forms' rate limit and the login limit
(django-axes) key on. A visitor cannot choose it by sending X-Forwarded-For, and visitors
behind the proxy are not all one address."""

import pytest
from axes.helpers import get_client_ip_address
from django.test import RequestFactory, override_settings

from borderhumanity.client_address import client_address
from campaigns.abuse import client_key
from tests.factories import PASSPHRASE, PRODUCTION_ENV, make_user, run_manage

NGINX = "10.0.0.2"  # the proxy the app sees as REMOTE_ADDR


def request_from(forwarded_for=None, remote=NGINX):
    headers = {} if forwarded_for is None else {"HTTP_X_FORWARDED_FOR": forwarded_for}
    return RequestFactory().post("/en/sign/1/", REMOTE_ADDR=remote, **headers)


@pytest.mark.parametrize(
    ("forwarded_for", "client"),
    [
        ("198.51.100.7", "198.51.100.7"),
        # Whatever the visitor sent comes first; the proxy's entry is last.
        ("1.2.3.4, 198.51.100.7", "198.51.100.7"),
        ("127.0.0.1,10.0.0.1 , 198.51.100.7", "198.51.100.7"),
        ("not an address, 198.51.100.7", "198.51.100.7"),
        (", , 198.51.100.7", "198.51.100.7"),
        ("2001:DB8:0:0::1", "2001:db8::1"),
        ("1.2.3.4, 2001:db8::1", "2001:db8::1"),
        ("::ffff:198.51.100.7", "198.51.100.7"),
        ("[2001:db8::1]:443", "2001:db8::1"),
        ("198.51.100.7:51234", "198.51.100.7"),
    ],
)
@override_settings(PROXY_COUNT=1)
def test_behind_one_proxy_the_client_is_the_entry_the_proxy_appended(forwarded_for, client):
    assert client_address(request_from(forwarded_for)) == client


@override_settings(PROXY_COUNT=2)
def test_behind_two_proxies_the_client_is_second_from_the_right():
    # visitor-sent, visitor (written by the CDN), CDN (written by nginx)
    assert client_address(request_from("6.6.6.6, 198.51.100.7, 192.0.2.10")) == "198.51.100.7"
    assert client_address(request_from("198.51.100.7, 192.0.2.10")) == "198.51.100.7"


@override_settings(PROXY_COUNT=2)
def test_with_fewer_entries_than_proxies_only_the_proxys_own_entry_is_used():
    # Came to nginx without the CDN: nginx's entry is the connection it saw, nothing else.
    assert client_address(request_from("198.51.100.7")) == "198.51.100.7"


@override_settings(PROXY_COUNT=3)
def test_a_visitor_skipping_the_outer_proxy_cannot_pick_an_address_on_the_left():
    assert client_address(request_from("6.6.6.6, 198.51.100.7")) == "198.51.100.7"


@override_settings(PROXY_COUNT=1)
@pytest.mark.parametrize(
    "junk",
    ["", "   ", ",", "unknown", "999.1.1.1", "1.2.3.4, garbage", "x" * 10_000, "\x00", "::::"],
)
def test_junk_never_crashes_and_falls_back_to_the_connection(junk):
    assert client_address(request_from(junk)) == NGINX


@override_settings(PROXY_COUNT=2)
def test_junk_where_the_client_should_be_falls_back_rightwards_to_a_proxy():
    assert client_address(request_from("1.2.3.4, garbage, 192.0.2.10")) == "192.0.2.10"


@override_settings(PROXY_COUNT=1)
def test_a_request_that_skipped_the_proxy_is_its_connections_address():
    assert client_address(request_from(None, remote="192.0.2.44")) == "192.0.2.44"
    assert client_address(request_from(None, remote="")) == ""
    request = request_from(None)
    del request.META["REMOTE_ADDR"]
    assert client_address(request) == ""


def test_without_proxies_the_header_is_ignored():
    # The embedded server and tests: nothing in front appends, so the header is the visitor's.
    assert client_address(request_from("198.51.100.7", remote="192.0.2.44")) == "192.0.2.44"


@override_settings(PROXY_COUNT=1)
def test_the_forms_rate_limit_keys_on_the_client_not_the_proxy():
    one = client_key(request_from("198.51.100.7"))
    assert client_key(request_from("6.6.6.6, 198.51.100.7")) == one  # spoofing changes nothing
    assert client_key(request_from("198.51.100.8")) != one  # another visitor, another bucket


@override_settings(PROXY_COUNT=1)
def test_django_axes_sees_the_same_address():
    assert get_client_ip_address(request_from("6.6.6.6, 198.51.100.7")) == "198.51.100.7"


@override_settings(PROXY_COUNT=1)
def test_a_login_guesser_is_paused_by_their_own_address_behind_the_proxy(db, client):
    """django-axes counts failed logins per username and address: the address must be the
    visitor's, so that a guesser from one address is paused and a colleague elsewhere is not."""
    make_user("maria")
    guesser = {"HTTP_X_FORWARDED_FOR": "198.51.100.7", "REMOTE_ADDR": NGINX}
    colleague = {"HTTP_X_FORWARDED_FOR": "203.0.113.5", "REMOTE_ADDR": NGINX}
    form = {"username": "maria", "password": "a wrong guess"}
    with override_settings(AXES_ENABLED=True):
        for _attempt in range(5):
            client.post("/admin/login/", form, **guesser)
        assert client.post("/admin/login/", form, **guesser).status_code == 429
        right = {"username": "maria", "password": PASSPHRASE}
        assert client.post("/admin/login/", right, **colleague).status_code == 302


@pytest.mark.parametrize("value", ["-1", "two"])
def test_production_refuses_a_proxy_count_that_is_not_a_number_of_proxies(value):
    result = run_manage("check", env={**PRODUCTION_ENV, "PROXY_COUNT": value})
    assert result.returncode != 0
    assert "PROXY_COUNT must be a whole number" in result.stderr


def test_production_assumes_one_proxy_by_default():
    script = "from django.conf import settings; print(settings.PROXY_COUNT)"
    result = run_manage("shell", "-v0", "-c", script, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
