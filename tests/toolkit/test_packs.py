"""'Download the whole pack': a ZIP of every size, captions in each language and alt texts,
built by a background task and kept until the pack changes."""

import io
import zipfile

import pytest
from django.core.files.storage import default_storage
from django.test import override_settings

from tests.factories import asset_value, make_image, pack_value, set_packs, soup, toolkit_page
from toolkit import packs
from toolkit.platforms import SIZES

pytestmark = pytest.mark.django_db


def zip_links(response):
    return [a["href"] for a in soup(response).select(".asset-pack a[href$='.zip']")]


def fetch_zip(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response, zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_demo_pack_zip_has_every_size_captions_in_both_languages_and_alt_texts(client):
    page = toolkit_page()
    first_pack = page.packs[0]
    response, archive = fetch_zip(client, zip_links(client.get(page.url))[0])

    assert response["Content-Disposition"] == (
        'attachment; filename="border-humanity-end-detention.zip"'
    )
    names = set(archive.namelist())
    assets = len(first_pack.value["assets"])
    pictures = {n for n in names if n.endswith((".png", ".jpg"))}
    assert len(pictures) == assets * (len(SIZES) + 1)
    assert "border-humanity-people-detained-story-1080x1920.png" in names
    assert "border-humanity-people-detained-original-1200x630.png" in names
    assert {"captions-en.txt", "captions-es.txt", "alt-text-en.txt", "alt-text-es.txt"} <= names

    captions_en = archive.read("captions-en.txt").decode()
    captions_es = archive.read("captions-es.txt").decode()
    assert "23,753 people were locked up in immigration detention" in captions_en
    assert "23,753 personas estaban encerradas en detención migratoria" in captions_es
    assert "#ReformaDeAsiloYA" in captions_es
    alt_es = archive.read("alt-text-es.txt").decode()
    assert "personas estaban en detención migratoria el 11 de julio de 2022" in alt_es


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
