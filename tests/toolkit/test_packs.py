"""'Download the whole pack': a ZIP of every size, captions in each language and alt texts,
built by a background task and kept until the pack changes."""

import io
import zipfile

import pytest
from django.core.files.storage import default_storage
from django.test import override_settings

from tests.factories import (
    asset_value,
    make_image,
    pack_value,
    set_packs,
    soup,
    toolkit_page,
    translated_strings,
    two_languages,
)
from toolkit import packs
from toolkit.platforms import SIZES

pytestmark = pytest.mark.django_db


def zip_links(response):
    return [a["href"] for a in soup(response).select(".asset-pack a[href$='.zip']")]


def fetch_zip(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response, zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


PACK_TEXT = two_languages(
    post=(
        "Test caption: every lantern on the coast is lit tonight.",
        "Leyenda de prueba: esta noche cada linterna de la costa está encendida.",
    ),
    alt=(
        "Test alt text: a row of lanterns along a harbour wall.",
        "Texto alternativo de prueba: una fila de linternas en el muro del puerto.",
    ),
)


def test_a_pack_zip_has_every_size_captions_in_both_languages_and_alt_texts(client):
    page = toolkit_page()
    page.file_prefix = "test-kit"
    picture = make_image("Lanterns", size=(1200, 630))
    en = PACK_TEXT["en"]
    asset = asset_value(
        "Lanterns lit", picture, posts=[{"platform": "x", "text": en["post"]}], alt=en["alt"]
    )
    page = set_packs(page, [pack_value("Test lantern pack", [asset])])
    translated_strings(page, PACK_TEXT)  # the Spanish toolkit, its captions translated
    response, archive = fetch_zip(client, zip_links(client.get(page.url))[0])

    assert (
        response["Content-Disposition"] == 'attachment; filename="test-kit-test-lantern-pack.zip"'
    )
    names = set(archive.namelist())
    pictures = {n for n in names if n.endswith((".png", ".jpg"))}
    assert len(pictures) == len(SIZES) + 1  # one asset: every size and the original
    assert "test-kit-lanterns-lit-story-1080x1920.png" in names
    assert "test-kit-lanterns-lit-original-1200x630.png" in names
    assert {"captions-en.txt", "captions-es.txt", "alt-text-en.txt", "alt-text-es.txt"} <= names

    assert en["post"] in archive.read("captions-en.txt").decode()
    assert PACK_TEXT["es"]["post"] in archive.read("captions-es.txt").decode()
    assert "#Asylum" in archive.read("captions-es.txt").decode()
    assert en["alt"] in archive.read("alt-text-en.txt").decode()
    assert PACK_TEXT["es"]["alt"] in archive.read("alt-text-es.txt").decode()


def test_the_zip_leaves_out_pictures_without_consent(client):
    ok = make_image("Fine", consent="on_file")
    private = make_image("Private", consent="none")
    page = set_packs(
        toolkit_page(),
        [pack_value("Mixed", [asset_value("Fine one", ok), asset_value("Hidden one", private)])],
    )
    _response, archive = fetch_zip(client, zip_links(client.get(page.url))[0])
    pictures = [n for n in archive.namelist() if n.endswith(".png")]
    assert pictures and all("fine-one" in n for n in pictures)
    assert "Hidden one" not in archive.read("captions-en.txt").decode()


def test_the_zip_is_built_once_and_again_only_when_the_pack_changes(client, monkeypatch):
    image = make_image("Cached")
    page = set_packs(toolkit_page(), [pack_value("Cache", [asset_value("One", image)])])
    url = zip_links(client.get(page.url))[0]
    builds = []
    real_build = packs.build_zip

    def counting_build(page, pack_id):
        builds.append(pack_id)
        return real_build(page, pack_id)

    monkeypatch.setattr(packs, "build_zip", counting_build)
    fetch_zip(client, url)
    first_path = packs.zip_path(page, str(page.packs[0].id))
    fetch_zip(client, url)
    assert len(builds) == 1  # the second visitor gets the stored file
    assert default_storage.exists(first_path)

    page.packs[0].value["assets"][0]["title"] = "One, renamed"
    page.save_revision().publish()
    _response, archive = fetch_zip(client, url)
    assert len(builds) == 2
    assert any("one-renamed" in n for n in archive.namelist())
    assert not default_storage.exists(first_path)  # the old state's ZIP is gone


@override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
def test_with_a_worker_backend_the_visitor_is_asked_to_wait(client):
    image = make_image("Queued")
    page = set_packs(toolkit_page(), [pack_value("Queued", [asset_value("Two", image)])])
    response = client.get(zip_links(client.get(page.url))[0])
    assert response.status_code == 202
    assert response["Retry-After"] == "5"
    assert "Preparing your download" in response.content.decode()
    assert b'http-equiv="refresh"' in response.content


@override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
def test_with_a_worker_backend_publishing_queues_every_pack_zip(
    django_capture_on_commit_callbacks,
):
    from django_tasks import task_backends

    page = toolkit_page()
    backend = task_backends["default"]
    backend.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    queued = [
        result.args
        for result in backend.results
        if result.task.func.__name__ == "build_pack_zip"  # Wagtail queues its own tasks too
    ]
    assert queued == [[page.pk, pack.id] for pack in page.packs]
