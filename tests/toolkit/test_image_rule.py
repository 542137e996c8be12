"""One rule for every image: embargoed, expired or without consent, it appears nowhere on a
page (HTML, og:image, JSON-LD) in any language, and once withdrawn its media addresses answer
404, the page cache is emptied and a configured CDN is told to drop the pages that used it."""

import io
import os
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from home.models import SiteBranding, StandardPage
from page_cache import store
from tests.factories import (
    make_image,
    make_standard_page,
    meta_content,
    purged_urls,
    soup,
    spanish_translation,
)
from toolkit.storage import PRIVATE_PREFIX, private_storage

pytestmark = pytest.mark.django_db


def stem(image):
    """What every file of the image (original and renditions) has in its name: the test
    pictures' names are 8 random letters, which renditions keep whole."""
    name = os.path.splitext(os.path.basename(image.file.name))[0]
    assert len(name) == 8
    return name


def image_value(image, alt):
    return {"image": image.pk, "alt_text": alt, "decorative": False}


def body_using(shown, embargoed, expired, no_consent):
    embed = '<embed embedtype="image" id="{}" format="fullwidth" alt="{}"/>'
    return [
        {
            "type": "image",
            "value": {"image": image_value(expired, "Expired"), "caption": "", "credit": ""},
        },
        {
            "type": "gallery",
            "value": {
                "heading": "Gallery",
                "images": [
                    {
                        "type": "item",
                        "value": {"image": image_value(img, alt), "caption": "", "credit": ""},
                    }
                    for img, alt in ((no_consent, "No consent"), (shown, "Shown in gallery"))
                ],
            },
        },
        {
            "type": "two_column",
            "value": {
                "text": "<p>Beside the picture.</p>",
                "image": image_value(embargoed, "Embargoed beside"),
                "image_side": "start",
            },
        },
        {
            "type": "text",
            "value": "<p>Before.</p>"
            + embed.format(no_consent.pk, "Embedded without consent")
            + embed.format(shown.pk, "Embedded shown")
            + "<p>After.</p>",
        },
    ]


@pytest.fixture
def images():
    soon, past = timezone.now() + timedelta(days=2), timezone.now() - timedelta(days=1)
    return {
        "shown": make_image("Shown", consent="not_needed"),
        "embargoed": make_image("Embargoed", consent="on_file", embargo_until=soon),
        "expired": make_image("Expired", consent="on_file", expires_at=past),
        "no_consent": make_image("No consent", consent="none"),
    }


@pytest.fixture
def pages(images):
    """An English standard page and its Spanish translation, both using every image."""
    english = make_standard_page()
    spanish = spanish_translation(english, title="Página de prueba sobre puertos")
    result = []
    for page in (english, spanish):
        page.hero_image = images["embargoed"]
        page.share_image = images["no_consent"]
        page.body = body_using(**images)
        page.save_revision().publish()
        result.append(StandardPage.objects.get(pk=page.pk))
    return result


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_hidden_image_appears_nowhere_on_a_page_that_uses_it(client, images, pages, language):
    page = next(p for p in pages if p.locale.language_code == language)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()

    for key in ("embargoed", "expired", "no_consent"):
        assert stem(images[key]) not in html, key
    assert stem(images["shown"]) in html  # the page does show images: the shown one, twice
    assert 'alt="Embedded shown"' in html and "Embedded without consent" not in html
    assert "Embargoed beside" not in html and "page-hero--with-image" not in html
    assert '<img alt="">' not in html  # no empty place where a hidden embed was
    # The share image falls back to the site's default one.
    og = meta_content(response, prop="og:image")
    default = SiteBranding.load().default_share_image
    assert default.renditions.filter(file=og.split("/media/", 1)[1]).exists()
    assert meta_content(response, name="twitter:image") == og
    for script in soup(response).select('script[type="application/ld+json"]'):
        for key in ("embargoed", "expired", "no_consent"):
            assert stem(images[key]) not in script.get_text()


def test_no_share_image_at_all_when_the_default_one_is_hidden_too(client, images, pages):
    branding = SiteBranding.load()
    branding.default_share_image = images["expired"]
    branding.save()
    assert meta_content(client.get(pages[0].url), prop="og:image") is None


def rendition_urls(client, page):
    html = soup(client.get(page.url))
    return {
        src.split()[0]
        for tag in html.select("picture source, picture img")
        for src in (tag.get("srcset") or tag.get("src") or "").split(", ")
        if src
    }


@pytest.fixture
def used_image():
    """A cleared image on an English page (hero and share image), its files served."""
    image = make_image("Cleared, then withdrawn", consent="on_file")
    page = make_standard_page()
    page.hero_image = image
    page.share_image = image
    page.save_revision().publish()
    return image, StandardPage.objects.get(pk=page.pk)


def test_withdrawing_consent_takes_the_image_off_media_empties_the_cache_and_purges_the_cdn(
    client, settings, used_image, cdn_purges
):
    image, page = used_image
    settings.PAGE_CACHE_SECONDS = 300
    urls = {u for u in rendition_urls(client, page) if stem(image) in u}
    og = meta_content(client.get(page.url), prop="og:image").split("/media/", 1)[1]
    assert image.renditions.filter(file=og).exists()
    urls.add(f"/media/{og}")
    original = image.file.url
    assert len(urls) >= 3
    for url in [*urls, original]:
        assert client.get(url).status_code == 200, url
    before = store.generation()
    cdn_purges.reset_mock()

    image.consent_status = "none"
    image.save()

    for url in [*urls, original]:
        assert client.get(url).status_code == 404, url
    assert store.generation() != before
    dropped = purged_urls(cdn_purges)
    assert any(url.endswith(page.url) for url in dropped)
    assert any(url.endswith(original) for url in dropped)  # the original's old address too
    assert image.renditions.count() == 0
    assert image.file.name.startswith(PRIVATE_PREFIX)
    assert private_storage().exists(image.file.name)
    html = client.get(page.url).content.decode()
    assert stem(image) not in html


def test_staff_still_see_a_withdrawn_image_in_the_admin(editor, used_image):
    client = editor
    image, _page = used_image
    image.expires_at = timezone.now() - timedelta(minutes=1)
    image.save()

    thumbnail = image.get_rendition("max-165x165")
    assert thumbnail.file.name.startswith(PRIVATE_PREFIX)
    for url in (image.file.url, thumbnail.url):
        assert url.startswith("/admin/")
        response = editor.get(url)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
    assert editor.get(f"/admin/images/{image.pk}/").status_code == 200
    editor.logout()  # the same client: now a visitor
    assert client.get(thumbnail.url).status_code in (302, 403, 404)
    assert client.get(image.file.url).status_code in (302, 403, 404)


def test_expiry_is_applied_by_the_scheduled_command(client, used_image, cdn_purges):
    image, page = used_image
    image.expires_at = timezone.now() + timedelta(hours=1)
    image.save()
    urls = {u for u in rendition_urls(client, page) if stem(image) in u}
    assert urls and image.file.url.startswith("/media/")
    original = image.file.url
    before = store.generation()
    cdn_purges.reset_mock()
    # An hour goes by.
    type(image).objects.filter(pk=image.pk).update(expires_at=timezone.now() - timedelta(seconds=1))

    out = io.StringIO()
    call_command("apply_image_rules", stdout=out)

    assert "Withdrew 1 image(s); released 0." in out.getvalue()
    for url in [*urls, original]:
        assert client.get(url).status_code == 404, url
    assert store.generation() != before
    assert any(url.endswith(page.url) for url in purged_urls(cdn_purges))
    call_command("apply_image_rules", stdout=out)  # nothing more to do
    assert out.getvalue().endswith("Withdrew 0 image(s); released 0.\n")


def test_an_image_is_back_on_public_media_when_its_embargo_ends(client):
    image = make_image("Embargoed a while", embargo_until=timezone.now() + timedelta(hours=1))
    assert image.file.name.startswith(PRIVATE_PREFIX)
    type(image).objects.filter(pk=image.pk).update(embargo_until=timezone.now())

    out = io.StringIO()
    call_command("apply_image_rules", stdout=out)

    image.refresh_from_db()
    assert "released 1" in out.getvalue()
    assert image.file.url.startswith("/media/")
    assert client.get(image.file.url).status_code == 200
    assert client.get(image.get_rendition("width-400").url).status_code == 200


def test_the_admin_lists_and_filters_the_images_not_shown_with_where_they_are_used(
    editor, images, pages
):
    report = soup(editor.get("/admin/reports/images-not-shown/"))
    rows = {row["data-image"]: row for row in report.select("#hidden-images tbody tr")}
    for key, state in (
        ("embargoed", "embargoed"),
        ("expired", "expired"),
        ("no_consent", "needs-consent"),
    ):
        row = rows[str(images[key].pk)]
        assert row["data-state"] == state
        assert pages[0].title in row.get_text()  # used on the page (reference index)
    assert str(images["shown"].pk) not in rows

    listing = editor.get("/admin/images/?public=no")
    titles = {image.title for image in listing.context["images"]}
    assert {"Embargoed", "Expired", "No consent"} <= titles and "Shown" not in titles
    states = {tag["data-public-state"] for tag in soup(listing).select(".consent-status")}
    assert {"embargoed", "expired", "needs-consent"} <= states
    listing = editor.get("/admin/images/?public=yes")
    titles = {image.title for image in listing.context["images"]}
    assert "Shown" in titles and not titles & {"Embargoed", "Expired", "No consent"}

    chooser = soup(editor.get("/admin/images/chooser/results/?q=Embargoed"))
    state = chooser.select_one(".consent-status")
    assert state["data-public-state"] == "embargoed" and "Embargoed until" in state.get_text()


def test_the_image_chooser_filters_the_images_not_shown(editor, images):
    chooser = editor.get("/admin/images/chooser/")
    assert 'name="public"' in chooser.json()["html"]  # the filter is offered in the modal

    hidden = editor.get("/admin/images/chooser/results/?public=no")
    titles = {image.title for image in hidden.context["results"]}
    assert {"Embargoed", "Expired", "No consent"} <= titles and "Shown" not in titles
    shown = editor.get("/admin/images/chooser/results/?public=yes&q=Shown")
    titles = {image.title for image in shown.context["results"]}
    assert "Shown" in titles and not titles & {"Embargoed", "Expired", "No consent"}
