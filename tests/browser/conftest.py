"""A real browser (Debian's Chromium, driven by Playwright) against the real server of
borderhumanity/live_site.py. In CI a missing browser fails the run; elsewhere it skips, saying
why."""

import json
import os
import shutil
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


@pytest.fixture(scope="session")
def site_url(live_site):
    _require(Path(CHROMIUM).exists(), f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    _require(AXE.exists(), "axe-core is not installed (make browser-deps)")
    return live_site.url


BUILD = (
    "import json; from tests.factories import make_browser_pages;"
    " print(json.dumps(make_browser_pages()))"
)


@pytest.fixture(scope="session")
def built(site_url, live_site):
    """The pages the browser tests build on the live site before browsing (their own words,
    tests.factories.make_browser_pages), once per run: {name: addresses and headings}. The
    demo stays loaded around them: navigation, language switch, form pages."""
    printed = live_site.manage("shell", "-v0", "-c", BUILD, timeout=600)
    return json.loads(printed.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def launch_chromium(site_url):
    """Starts a Chromium, with extra command-line switches if asked. One Playwright driver for
    the whole run: a second one in the same thread would refuse to start."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:

        def launch(*switches):
            return playwright.chromium.launch(
                executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *switches]
            )

        yield launch


@pytest.fixture(scope="session")
def browser(launch_chromium):
    chromium = launch_chromium()
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
        # Evaluated through the browser's debugging protocol: a <script> tag added to the page
        # would be inline code, which the site's Content-Security-Policy blocks.
        tab.evaluate(AXE.read_text(encoding="utf-8"))
        result = tab.evaluate("async () => await axe.run(document)")
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    return run
