"""The toolkit page as a visitor sees it, in English and Spanish."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from tests.factories import (
    asset_value,
    h1_texts,
    make_image,
    make_user,
    meta_content,
    pack_value,
    set_packs,
    soup,
    toolkit_page,
)
from toolkit.blocks import AssetBlock, AssetPackBlock, PostTextBlock
from toolkit.models import ToolkitPage

pytestmark = pytest.mark.django_db


def test_the_toolkit_shows_every_pack_and_asset_in_both_languages(client):
    # The packs of each language's page are the site's own (a Spanish toolkit is a whole
    # wagtail-localize translation): what is shown is compared with what the database holds.
    for lang in ("en", "es"):
        page = toolkit_page(lang)
        packs = [block for block in page.packs if block.block_type == "pack"]
        assets = [asset for pack in packs for asset in pack.value["assets"]]
        assert packs and assets
        response = client.get(page.url)
        assert response.status_code == 200
        assert h1_texts(response) == [page.title]
        html = soup(response)
        assert len(html.select(".asset-pack")) == len(packs)
        assert len(html.select(".asset")) == len(assets)
        texts = [field.get_text() for field in html.select(".post-text textarea")]
        assert assets[0]["posts"][0]["text"] in texts
    spanish = soup(client.get(toolkit_page("es").url))
    assert "Descargar todo el paquete" in spanish.get_text()


def test_post_texts_are_selectable_with_counts_and_copy_buttons(client):
    response = client.get(toolkit_page().url)
    html = soup(response)
    post = html.select_one(".post-text")
    field = post.find("textarea")
    assert field.has_attr("readonly")  # selectable with JavaScript off
    assert post.find("label")["for"] == field["id"]
    count = post.select_one(".post-count").get_text(strip=True)
    assert count == f"{len(field.get_text())} of 280 characters"
    button = post.find("button")
    assert button.has_attr("hidden") and button["data-copy"] == field["id"]


def test_share_links_are_plain_links(client):
    html = soup(client.get(toolkit_page().url))
    links = html.select(".share-links a")
    assert any(a["href"].startswith("https://x.com/intent/post?text=") for a in links)
    assert all(not a.get("onclick") for a in links)


@pytest.mark.parametrize("kind", ["toolkit", "home", "toolkit-es"])
def test_the_open_graph_image_is_a_1200x630_rendition_not_the_original(client, kind):
    from home.models import HomePage, SiteBranding

    if kind == "home":
        page = HomePage.objects.get(locale__language_code="en")
        share = page.get_share_image() or SiteBranding.load().default_share_image
    else:
        page = toolkit_page("es" if kind == "toolkit-es" else "en")
        share = page.get_share_image()
    og = meta_content(client.get(page.url), prop="og:image")
    assert og and share is not None
    assert share.file.name.rsplit("/", 1)[-1] not in og
    path = og.split("/media/", 1)[1]
    rendition = share.renditions.get(file=path)
    assert (rendition.width, rendition.height) == (1200, 630)
    if kind == "toolkit-es":  # the page's social card, in Spanish
        assert "personas" in share.default_alt_text or "organizaciones" in share.default_alt_text


@pytest.mark.usefixtures("page_cache_off")
def test_queries_do_not_grow_with_assets(client):
    images = [make_image(f"Q{i}") for i in range(12)]
    page = toolkit_page()
    counts = {}
    for n in (2, 12):
        set_packs(page, [pack_value("Many", [asset_value(f"A{i}", images[i]) for i in range(n)])])
        client.get(page.url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(page.url).status_code == 200
        counts[n] = len(queries)
    assert counts[2] == counts[12], counts


@pytest.mark.parametrize(
    "block,expected",
    [
        (PostTextBlock(), "of 280 characters"),
        (AssetBlock(), "Welcome, not walls"),
        (AssetPackBlock(), "Day of action"),
    ],
)
def test_block_renders_its_preview(block, expected):
    assert block.meta.template.startswith("toolkit/blocks/")
    assert str(block.meta.description).strip()
    value = (
        block.to_python(block.get_preview_value())
        if isinstance(block.get_preview_value(), dict)
        else block.get_preview_value()
    )
    with translation.override("en"):
        html = block.render(value)
    assert expected in html


def test_a_post_too_long_for_its_platform_is_refused_in_the_editor():
    from django.core.exceptions import ValidationError

    block = PostTextBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"platform": "x", "text": "x" * 281}))
    block.clean(block.to_python({"platform": "instagram", "text": "x" * 281}))


def test_toolkit_pages_sit_under_a_home_page():
    assert "toolkit.ToolkitPage" in [
        f"{m._meta.app_label}.{m.__name__}"
        for m in toolkit_page().get_parent().specific.allowed_subpage_models()
    ]
    assert ToolkitPage.subpage_types == []


def test_the_image_chooser_shows_each_images_consent(client):
    make_image("Chooser: no consent", consent="none")
    make_image("Chooser: consent", consent="on_file")
    client.force_login(make_user("ed", superuser=True))
    html = soup(client.get("/admin/images/chooser/results/?q=Chooser"))
    statuses = {
        item.find("h3").get_text(strip=True): item.select_one(".consent-status").get_text(
            " ", strip=True
        )
        for item in html.select("li")
        if item.find("h3")
    }
    assert "No consent: internal use only" in statuses["Chooser: no consent"]
    assert statuses["Chooser: consent"] == "Consent on file"


@pytest.mark.parametrize("size", [(400, 300), (1600, 900)], ids=["small", "focal point"])
def test_any_share_image_becomes_exactly_1200x630(client, size):
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    focal = (835, 620, 1117, 880) if size[0] > 1000 else None
    home.share_image = make_image("Share", size=size, focal=focal)
    home.save_revision().publish()
    og = meta_content(client.get(home.url), prop="og:image")
    rendition = home.share_image.renditions.get(file=og.split("/media/", 1)[1])
    assert (rendition.width, rendition.height) == (1200, 630)
