"""`make run` as a new user meets it: the Wagtail Site is pointed at the PORT it serves on, and
the development server (its settings, runserver) answers an unknown address with the site's own
404 page in the visitor's language, not Django's debug listing, with its styles and icon."""

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEBUG_LISTING = "DEBUG = True"  # what Django's technical 404 page says about itself


def make_dry_run(*targets, **variables):
    """The commands `make` would run for targets (printed, not run)."""
    args = [f"{name}={value}" for name, value in variables.items()]
    done = subprocess.run(
        ["make", "--no-print-directory", "-n", *targets, *args],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_make_run_points_the_site_at_the_port_it_serves_on():
    # `make run` is `make demo` (which migrates) and then the server; -n cannot show run
    # itself without running the recursive make, so its steps are asked one by one.
    served = "http://127.0.0.1:8123"
    # STAMP: an existing file stands in for the installed .venv (never a makefile: make
    # remakes those even under -n).
    migrate = make_dry_run("migrate", PORT=8123, STAMP="manage.py")
    assert f"SITE_URL={served} " in migrate and "manage.py migrate" in migrate
    serve = make_dry_run("serve", PORT=8123, STAMP="manage.py")
    assert f"manage.py set_site_address {served}" in serve
    assert f"SITE_URL={served} " in serve and "runserver 127.0.0.1:8123" in serve
    recipe = (ROOT / "Makefile").read_text().split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "demo" in recipe and "SITE_URL=$(SITE_URL)" in recipe and "$(PORT)" in recipe


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url, language=None):
    """(status, body) of a GET, redirects followed; errors are answers too."""
    headers = {"Accept-Language": language} if language else {}
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 — local
            return response.status, response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


@pytest.fixture(scope="module")
def development_server(live_site, tmp_path_factory):
    """runserver with the settings `make run` uses, on the live site's database and media."""
    port = _free_port()
    env = {
        **live_site.env,
        "DJANGO_SETTINGS_MODULE": "borderhumanity.settings.dev",
        # Where the live site's settings put the demo's images (the dev ones read the variable).
        "MEDIA_ROOT": live_site.setting("MEDIA_ROOT"),
    }
    env.pop("DJANGO_DEBUG", None)
    log_path = tmp_path_factory.mktemp("make-run") / "runserver.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while get_or_none(url + "/healthz") is None:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"runserver did not start:\n{log_path.read_text()}")
            time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


def get_or_none(url):
    try:
        return get(url)[0]
    except OSError:
        return None


@pytest.mark.parametrize(
    ("path", "language", "lang", "words"),
    [
        ("/en/no-such-page/", None, "en", "Page not found"),
        ("/es/no-such-page/", None, "es", "no encontrada"),
        ("/es/campana/no-existe/", None, "es", "no encontrada"),
        # No language in the address: the browser's language picks the prefix, then the 404.
        ("/no-such-page/", "es", "es", "no encontrada"),
    ],
)
def test_an_unknown_address_gets_the_sites_own_404_page(
    development_server, path, language, lang, words
):
    status, body = get(development_server + path, language)
    assert status == 404
    assert DEBUG_LISTING not in body and "URLconf" not in body
    assert f'<html lang="{lang}"' in body
    assert words in body
    assert "site-header" in body  # the site's own frame


def test_the_development_server_serves_styles_icons_and_pages(development_server):
    for path in ("/static/css/site.css", "/favicon.ico", "/en/", "/es/"):
        assert get(development_server + path)[0] == 200, path
