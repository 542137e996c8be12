"""A real browser (Debian's Chromium, driven by Playwright) against a real server.

The server is gunicorn on a free local port, with its own database (a fresh SQLite file, or a
fresh PostgreSQL database next to DATABASE_URL's) holding the demo site, loaded by the same
commands `make run` uses. In CI a missing browser fails the run; elsewhere it skips, saying why.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _require(condition, reason):
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(reason)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_database(tmp_path):
    """A database of the server's own, of the same kind as the suite's."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        import psycopg

        base, _, name = url.rpartition("/")
        name = f"{name.split('?')[0] or 'borderhumanity'}_browser"
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"{base}/{name}"
    return f"sqlite:///{tmp_path / 'browser.sqlite3'}"


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    _require(Path(CHROMIUM).exists(), f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    _require(AXE.exists(), "axe-core is not installed (make browser-deps)")
    tmp = tmp_path_factory.mktemp("browser-site")
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="borderhumanity.settings.test",
        DATABASE_URL=_server_database(tmp),
        MEDIA_ROOT=str(tmp / "media"),
        SERVE_MEDIA="true",
        CACHE_KEY_PREFIX="bh-browser",  # never share cached pages with the suite's database
    )
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--noinput", "-v0"], ["load_demo_content", "-v0"]):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, timeout=600)
    port = _free_port()
    log = open(tmp / "gunicorn.log", "w")  # noqa: SIM115 — closed at teardown
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "borderhumanity.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{url}/healthz", server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def _wait_for(url, server, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn exited before answering")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 — localhost
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {seconds}s")


@pytest.fixture(scope="session")
def browser(site_url):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def screenshot(request):
    SCREENSHOTS.mkdir(exist_ok=True)

    def take(tab, name):
        path = SCREENSHOTS / f"{name}.png"
        tab.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 1000
        return path

    return take


@pytest.fixture
def axe():
    """Serious and critical accessibility violations on the page, as axe-core reports them."""

    def run(tab):
        tab.add_script_tag(path=str(AXE))
        result = tab.evaluate("async () => await axe.run(document)")
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    return run
