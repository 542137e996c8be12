"""A phone photo uploaded to the media library loses its place, time and device records before
it is stored: no byte the site serves from it (the original, each rendition, each toolkit size,
the pack ZIP, a social card drawn on it) says where it was taken."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.text import slugify
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.factories import (
    asset_value,
    leaks,
    pack_value,
    phone_jpeg,
    set_packs,
    soup,
    toolkit_page,
)
from toolkit import withdrawal
from toolkit.metadata import carries_metadata
from toolkit.models import SocialCard
from toolkit.platforms import SIZES

pytestmark = pytest.mark.django_db

RENDITION_SPECS = [
    "width-800|format-jpeg",
    "width-800|format-webp",
    "width-400|format-avif",
    "fill-96x96-c100|format-jpeg",
    "fill-1200x630|exact-1200x630|format-jpeg|jpegquality-80",
    "max-165x165",  # the admin's thumbnails, in the original's format
]


def upload(client, data, title="Phone photo", consent="not_needed", name="IMG_0001.jpg"):
    response = client.post(
        "/admin/images/add/",
        {
            "title": title,
            "collection": Collection.get_first_root_node().pk,
            "consent_status": consent,
            "file": SimpleUploadedFile(name, data, content_type="image/jpeg"),
        },
    )
    assert response.status_code == 302, (
        getattr(response, "context", None) and response.context["form"].errors
    )
    return get_image_model().objects.get(title=title)


def served(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_an_uploaded_phone_photo_is_stored_without_its_records(editor, gps_jpeg):
    image = upload(editor, gps_jpeg)

    original = served(editor, image.file.url)
    assert leaks(original) == []
    assert not carries_metadata(original)
    assert original[:2] == b"\xff\xd8"
    assert image.file_size == len(original)
    # Only the records go: the picture itself is the same, not encoded again.
    assert Image.open(io.BytesIO(original)).size == (1600, 1000)
    for spec in RENDITION_SPECS:
        rendition = image.get_rendition(spec)
        assert leaks(served(editor, rendition.url)) == [], spec


def test_the_photo_is_turned_as_the_camera_said_and_keeps_its_colour_profile(editor):
    source = Image.open(io.BytesIO(phone_jpeg()))
    icc = b"\0" * 128 + b"acsp" + b"\0" * 380  # a stand-in colour profile, kept as it is
    buffer = io.BytesIO()
    exif = source.getexif()
    exif[0x0112] = 6  # "turn 90° clockwise to show"
    source.save(buffer, format="JPEG", exif=exif.tobytes(), icc_profile=icc)

    image = upload(editor, buffer.getvalue(), title="Turned photo")

    stored = served(editor, image.file.url)
    picture = Image.open(io.BytesIO(stored))
    assert picture.size == (1000, 1600) == (image.width, image.height)
    assert picture.info.get("icc_profile") == icc
    assert leaks(stored) == []
    assert 0x0112 not in picture.getexif()


def test_every_toolkit_size_the_zip_and_a_card_on_the_photo_carry_nothing(editor, client, gps_jpeg):
    image = upload(editor, gps_jpeg, consent="on_file")
    card = SocialCard.objects.create(
        name="Card on a phone photo", text="Seeking safety is legal", background_image=image
    )
    page = set_packs(
        toolkit_page(),
        [
            pack_value(
                "Phone photos",
                [asset_value("Phone photo", image), asset_value("Card", card.image)],
            )
        ],
    )
    html = soup(client.get(page.url))
    links = [a["href"] for a in html.select(".asset-downloads a")]
    assert len(links) == 2 * (len(SIZES) + 1)  # every size and the original, of both assets
    for link in links:
        assert leaks(served(client, link)) == [], link
    assert leaks(served(client, card.image.file.url)) == []

    zip_link = html.select_one(".asset-pack a[href$='.zip']")["href"]
    archive = zipfile.ZipFile(io.BytesIO(served(client, zip_link)))
    pictures = [name for name in archive.namelist() if not name.endswith(".txt")]
    assert len(pictures) == 2 * (len(SIZES) + 1)
    for name in pictures:
        assert leaks(archive.read(name)) == [], name
    assert slugify("Phone photo") in " ".join(pictures)


def test_images_stored_before_are_cleaned_by_the_command(editor, gps_jpeg):
    from django.core.management import call_command

    image = upload(editor, phone_jpeg(), title="Stored before")
    # As if stored by an earlier release: the phone's bytes, as they came.
    storage = image.file.storage
    storage.delete(image.file.name)
    name = storage.save(image.file.name, io.BytesIO(gps_jpeg))
    type(image).objects.filter(pk=image.pk).update(file=name)
    rendition = image.get_rendition("width-400")
    assert leaks(storage.open(name).read())

    out = io.StringIO()
    call_command("apply_image_rules", "--clean-metadata", stdout=out)

    image.refresh_from_db()
    assert "Cleaned the metadata of 1 image" in out.getvalue()
    assert leaks(storage.open(image.file.name).read()) == []
    assert not image.renditions.filter(pk=rendition.pk).exists()
    assert withdrawal.clean_stored_file(image, []) is False  # nothing left to clean


def test_the_document_upload_form_warns_about_metadata(editor):
    html = soup(editor.get("/admin/documents/add/"))
    assert "author" in html.get_text() and "place they were taken" in html.get_text()
    html = soup(editor.get("/admin/documents/multiple/add/"))
    assert html.select_one(".document-metadata-warning") is not None
