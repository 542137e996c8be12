"""An editor who uploads a broken picture, a picture of absurd dimensions, an oversized file or
a program gets a message on the form, not an error page, and nothing is stored."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, db):
    client.force_login(make_user("up", superuser=True))
    return client


def png(size, mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, format="PNG")
    return buffer.getvalue()


def refused_upload(client, kind, name, content):
    """Send one file to the admin's add form for "images" or "documents"; the form must
    answer with a message on the file, returned here, and store nothing."""
    model = {"images": get_image_model, "documents": get_document_model}[kind]()
    before = model.objects.count()
    response = client.post(
        f"/admin/{kind}/add/",
        {
            "title": "Upload test",
            "collection": Collection.get_first_root_node().pk,
            "consent_status": "not_needed",  # asked of images only; documents ignore it
            "file": SimpleUploadedFile(name, content),
        },
    )
    assert model.objects.count() == before, "nothing is stored"
    assert response.status_code == 200
    return response.context["form"].errors["file"][0]


def test_a_file_that_is_not_a_picture_is_refused_on_the_form(editor_client):
    error = refused_upload(
        editor_client, "images", "poster.png", b"\x89PNG\r\n\x1a\n not really a picture"
    )
    assert "valid image" in error


def test_a_decompression_bomb_is_refused_on_the_form(editor_client):
    # 8000 x 8000 black pixels: a few kilobytes on disk, 64 million pixels once opened.
    content = png((8000, 8000), mode="1")
    assert len(content) < 100_000
    error = refused_upload(editor_client, "images", "bomb.png", content)
    assert "too many pixels" in error


def test_a_picture_over_10_mb_is_refused_on_the_form(editor_client):
    content = png((40, 40)) + b"\0" * (10 * 1024 * 1024)
    error = refused_upload(editor_client, "images", "big.png", content)
    assert "too big" in error


def test_the_multiple_uploader_refuses_a_bomb_with_a_message(editor_client):
    response = editor_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("bomb.png", png((8000, 8000), mode="1"))},
    )
    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is False
    assert "too many pixels" in answer["error_message"]
    assert not get_image_model().objects.filter(title="bomb").exists()


def test_a_program_is_refused_as_a_document(editor_client):
    error = refused_upload(editor_client, "documents", "report.exe", b"MZ\x90\x00")
    assert "not allowed" in error


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=100)
def test_an_oversized_document_is_refused(editor_client):
    error = refused_upload(editor_client, "documents", "report.pdf", b"%PDF-1.4 " + b"x" * 500)
    assert "too big" in error
