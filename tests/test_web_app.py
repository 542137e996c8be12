"""The site's icon and web app manifest: /favicon.ico answers, every page links the icons and
its language's manifest, the manifest names that language's home page, and all of it may be
cached (nothing in it depends on the visitor)."""

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from borderhumanity import icons
from tests.factories import soup

pytestmark = pytest.mark.django_db

ICON_DIR = Path(icons.__file__).resolve().parent / "static" / "icons"


def test_favicon_ico_answers_with_an_icon_that_may_be_cached(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert "public" in response["Cache-Control"] and "max-age=86400" in response["Cache-Control"]
    icon = Image.open(io.BytesIO(response.content))
    assert icon.format == "ICO"
    assert {(16, 16), (32, 32), (48, 48)} <= set(icon.info["sizes"])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_page_links_the_icons_and_its_languages_manifest(client, lang):
    page = soup(client.get(f"/{lang}/"))
    manifest = page.find("link", rel="manifest")["href"]
    assert manifest == f"/{lang}/manifest.webmanifest"
    icon_links = [link["href"] for link in page.find_all("link", rel=["icon", "apple-touch-icon"])]
    assert len(icon_links) == 3
    for href in icon_links:
        assert client.get(href).status_code == 200, href
    # The site's own 404 page too.
    missing = soup(client.get(f"/{lang}/no-such-page/"))
    assert missing.find("link", rel="manifest")["href"] == manifest


@pytest.mark.parametrize(("lang", "name"), [("en", "Border Humanity"), ("es", "Border Humanity")])
def test_the_manifest_speaks_its_language_and_starts_at_its_home_page(client, lang, name):
    response = client.get(f"/{lang}/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/manifest+json")
    assert "public" in response["Cache-Control"]
    assert not response.cookies
    manifest = json.loads(response.content)
    assert manifest["name"] == name and manifest["short_name"]
    assert manifest["lang"] == lang and manifest["dir"] == "ltr"
    assert manifest["start_url"] == f"/{lang}/"
    assert client.get(manifest["start_url"]).status_code == 200
    assert manifest["theme_color"] == "#0b4550"
    sizes = {icon["sizes"]: icon for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= set(sizes)
    for size, icon in sizes.items():
        fetched = client.get(icon["src"])
        assert fetched.status_code == 200, icon
        assert fetched["Content-Type"] == icon["type"]
        if icon["type"] == "image/png":
            content = b"".join(fetched.streaming_content)
            width = int(size.split("x")[0])
            assert Image.open(io.BytesIO(content)).size == (width, width)


def test_the_manifest_refuses_to_be_written_to(client):
    assert client.post("/en/manifest.webmanifest").status_code == 405
    assert client.post("/favicon.ico").status_code == 405


def test_the_drawn_icons_are_the_committed_ones_in_the_brand_colours():
    for name, (size, rounded) in icons.BITMAPS.items():
        committed = Image.open(ICON_DIR / name).convert("RGBA")
        drawn = icons.draw(size, rounded)
        assert committed.size == (size, size), name
        difference = ImageStat.Stat(ImageChops.difference(committed, drawn)).mean
        assert max(difference) < 2, (name, difference)
    icon = icons.draw(512)
    assert icon.getpixel((0, 0))[3] == 0  # rounded: the corner is clear
    assert icon.getpixel((256, 60)) == icons.TEAL
    assert icon.getpixel((256, 480)) == icons.AMBER
    assert icon.getpixel((256, 280)) == icons.PAPER  # the sun on the horizon


def test_the_svg_icon_draws_the_same_mark():
    svg = ET.parse(ICON_DIR / "icon.svg").getroot()  # noqa: S314 — our own file
    assert svg.get("viewBox") == "0 0 512 512"
    fills = {element.get("fill") for element in svg.iter() if element.get("fill")}
    assert fills == {"#0b4550", "#f2b33d", "#f6f3ee"}
