"""Video answers: a visitor uploads (or records) a short video; it is checked by its own bytes,
kept privately, reviewed by the Campaign data group, and shown with captions and transcript
only once approved. Nothing of it is public before, nor after a rejection or an erasure."""

import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from campaigns import video_review
from campaigns.models import VideoAnswer
from campaigns.privacy import forget, purge
from tests.factories import (
    make_user,
    mp4_bytes,
    soup,
    video_answer_form,
    video_prompt_page,
    webm_bytes,
    webm_lasting,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_media")]

CAPTIONS = "WEBVTT\n\n00:00.000 --> 00:01.400\nWe crossed at night.\n"


@pytest.fixture
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return tmp_path


@pytest.fixture
def prompt_en(db):
    return video_prompt_page("en")


@pytest.fixture
def prompt_es(prompt_en):
    return video_prompt_page("es")


@pytest.fixture
def staff(db):
    return make_user("video-moderator", groups=["Campaign data"])


def stored_files(tmp_path):
    return sorted(p for p in (tmp_path / "private").rglob("*") if p.is_file())


def send(client, page, video=None, **overrides):
    """`video`: the file's bytes, or an uploaded file as the browser names and types it."""
    content = video if isinstance(video, bytes) else webm_bytes()
    data = video_answer_form(page, content, **overrides)
    if video is not None and not isinstance(video, bytes):
        data["video"] = video
    with translation.override(page.locale.language_code):
        url = reverse("campaigns:video_send", args=[page.pk])
    return client.post(url, data)


def approved_answer(client, page, staff_client, transcript="We crossed at night."):
    assert send(client, page).status_code == 303
    answer = VideoAnswer.objects.latest("pk")
    review = review_url(answer)
    response = staff_client.post(
        review, {"transcript": transcript, "captions": CAPTIONS, "decision": "approve"}
    )
    assert response.status_code == 302, response.content[:500]
    answer.refresh_from_db()
    assert answer.status == VideoAnswer.Status.APPROVED
    return answer


def review_url(answer):
    return reverse("campaigns_videoanswer_modeladmin_review", args=[answer.pk])


@pytest.fixture
def staff_client(client, staff):
    from django.test import Client

    signed_in = Client()
    signed_in.force_login(staff)
    return signed_in


# The page


def test_the_page_asks_its_question_with_a_multipart_form_in_both_languages(
    client, prompt_en, prompt_es
):
    for page, button in ((prompt_en, "Send my video"), (prompt_es, "Enviar mi video")):
        response = client.get(page.url)
        assert response.status_code == 200
        html = soup(response)
        assert html.select_one("#prompt-heading").get_text(strip=True) == page.prompt
        form = html.select_one("form[data-video-form]")
        assert form["enctype"] == "multipart/form-data"
        assert form["action"].endswith(f"/video/{page.pk}/")
        assert form.select_one('input[type="file"][name="video"]')
        assert len(form.select('input[name="credit"]')) == 3
        assert not form.select_one('input[name="email"]').has_attr("required")
        assert form.select_one("button[type=submit]").get_text(strip=True) == button
        # The recorder is offered by the script only; the page is the same for everyone.
        assert html.select_one("[data-recorder]").has_attr("hidden")
        assert not html.select("video[controls]")
        assert "private" not in response.get("Cache-Control", "")


def test_camera_and_microphone_are_allowed_on_this_page_only(client, prompt_en, home_en):
    policy = client.get(prompt_en.url)["Permissions-Policy"]
    assert "camera=(self)" in policy and "microphone=(self)" in policy
    assert "geolocation=()" in policy and "payment=()" in policy
    thanks = client.get(prompt_en.url + "thank-you/")["Permissions-Policy"]
    assert "camera=(self)" in thanks
    home_policy = client.get(home_en.url)["Permissions-Policy"]
    assert "camera=()" in home_policy and "microphone=()" in home_policy


# Sending


def test_a_video_is_stored_privately_under_a_random_name_with_a_303(
    client, prompt_es, private_media, settings
):
    response = send(client, prompt_es)
    assert response.status_code == 303
    assert response["Location"] == prompt_es.url + "gracias/"
    answer = VideoAnswer.objects.get()
    assert (answer.kind, answer.seconds, answer.status) == ("webm", 1.5, "new")
    assert answer.credit == "first_name" and answer.credit_line == "Lucía"
    assert answer.email == "lucia@example.org" and answer.language == "es"
    assert answer.page_key == prompt_es.translation_key
    assert answer.consent_text.startswith(prompt_es.consent_text)
    files = stored_files(private_media)
    assert len(files) == 1 and files[0].parent.name == "video-answers"
    assert "answer" not in files[0].name and files[0].stat().st_size == answer.size
    assert not list(Path(settings.MEDIA_ROOT).rglob(files[0].name))


def test_the_page_address_takes_the_upload_too(client, prompt_en):
    data = video_answer_form(prompt_en, mp4_bytes(seconds=30), language="en")
    assert client.post(prompt_en.url, data).status_code == 303
    assert VideoAnswer.objects.get().kind == "mp4"


@pytest.mark.parametrize(
    "video, message",
    [
        (webm_lasting(130), "longer than 2 minutes"),
        (mp4_bytes(seconds=121), "longer than 2 minutes"),
        (mp4_bytes(duration=0xFFFFFFFE, timescale=1), "longer than 2 minutes"),
        (b"MZ\x90\x00" + b"\0" * 4000, "could not read this file as a video"),
        (mp4_bytes(seconds=10, mdat=4000)[:-50], "could not read this file as a video"),
        (webm_bytes(clusters=()), "could not read this file as a video"),
    ],
)
def test_refused_videos_come_back_with_the_reason_and_nothing_is_stored(
    client, prompt_en, private_media, video, message
):
    response = send(client, prompt_en, video, language="en")
    assert response.status_code == 400
    assert message in soup(response).select_one("form[data-video-form]").get_text()
    assert "no-store" in response["Cache-Control"]
    assert not VideoAnswer.objects.exists()
    assert stored_files(private_media) == []


def test_the_name_and_the_content_type_do_not_decide(client, prompt_en):
    from django.core.files.uploadedfile import SimpleUploadedFile

    lying = SimpleUploadedFile("holiday.mp4", b"MZ" + b"\0" * 999, content_type="video/mp4")
    assert send(client, prompt_en, lying).status_code == 400
    honest = SimpleUploadedFile("clip.exe", mp4_bytes(seconds=5), content_type="application/x")
    assert send(client, prompt_en, honest).status_code == 303


def test_refusals_are_in_the_visitors_language(client, prompt_es):
    response = send(client, prompt_es, webm_lasting(130))
    assert response.status_code == 400
    assert "más de 2 minutos" in soup(response).select_one("form[data-video-form]").get_text()


def test_a_declared_size_over_the_limit_is_refused_before_the_body_is_read(
    client, prompt_en, private_media
):
    data = video_answer_form(prompt_en, webm_bytes())
    with translation.override("en"):
        url = reverse("campaigns:video_send", args=[prompt_en.pk])
    response = client.post(url, data, CONTENT_LENGTH=str(101 * 1024 * 1024))
    assert response.status_code == 413
    assert "larger than 100 MB" in soup(response).select_one("form[data-video-form]").get_text()
    assert not VideoAnswer.objects.exists() and stored_files(private_media) == []


def test_an_upload_that_streams_past_the_limit_is_stopped(
    client, prompt_en, private_media, settings
):
    settings.VIDEO_MAX_BYTES = 20_000
    response = send(client, prompt_en, webm_lasting(100))  # about 30 kB, under the overhead
    assert response.status_code == 413
    assert not VideoAnswer.objects.exists() and stored_files(private_media) == []
    # Through the page's own address too (where CSRF may have read the body: the form checks).
    data = video_answer_form(prompt_en, webm_lasting(100))
    assert client.post(prompt_en.url, data).status_code in (400, 413)
    assert not VideoAnswer.objects.exists() and stored_files(private_media) == []


def test_credit_by_name_needs_a_name_and_consent_is_required(client, prompt_en):
    response = send(client, prompt_en, name="", credit="name")
    assert response.status_code == 400
    assert "credited anonymously" in soup(response).get_text()
    assert send(client, prompt_en, consent=None).status_code == 400
    assert send(client, prompt_en, video=b"", credit="anonymous", name="").status_code == 400
    assert not VideoAnswer.objects.exists()
    # No email, anonymous: accepted.
    assert send(client, prompt_en, credit="anonymous", name="", email="").status_code == 303


def test_garbage_never_makes_a_500(client, prompt_en):
    for overrides in (
        {"credit": "everyone"},
        {"language": "xx"},
        {"email": "not an email"},
        {"started": "forged"},
        {"website": "http://spam"},
    ):
        assert send(client, prompt_en, **overrides).status_code in (400, 429)
    with translation.override("en"):
        url = reverse("campaigns:video_send", args=[prompt_en.pk])
    assert client.post(url, b"\x00\xff" * 100, content_type="multipart/form-data").status_code < 500
    assert client.get(url).status_code == 405
    assert not VideoAnswer.objects.exists()


# Nothing public before approval


def test_nothing_is_served_before_approval(client, prompt_en, staff_client):
    assert send(client, prompt_en).status_code == 303
    answer = VideoAnswer.objects.get()
    public = reverse("campaigns:video_file", args=[answer.public_id])
    staff_only = reverse("campaigns_video_staff_file", args=[answer.pk])
    assert client.get(public).status_code == 404
    captions = reverse("campaigns:video_captions", args=[answer.public_id])
    assert client.get(captions).status_code == 404
    assert client.get(staff_only).status_code in (302, 404)  # to the login page
    editor = make_user("editor-no-data", groups=["Editors", "Moderators"])
    client.force_login(editor)
    assert client.get(staff_only, follow=True).status_code == 404
    assert client.get(public).status_code == 404
    assert client.get(review_url(answer)).status_code in (302, 403)
    watched = staff_client.get(staff_only)
    assert watched.status_code == 200 and watched["Content-Type"] == "video/webm"
    assert b"".join(watched.streaming_content) == webm_bytes()
    assert not soup(client.get(prompt_en.url)).select("video[controls]")


# Review and approval


def test_approval_needs_a_transcript_and_valid_captions(client, prompt_en, staff_client):
    assert send(client, prompt_en).status_code == 303
    answer = VideoAnswer.objects.get()
    review = review_url(answer)
    page = staff_client.get(review)
    assert page.status_code == 200 and soup(page).select_one("video source")
    for fields in (
        {"transcript": "", "captions": CAPTIONS},
        {"transcript": "Words.", "captions": ""},
        {"transcript": "Words.", "captions": "00:00.000 --> 00:01.000\nNo header"},
        {"transcript": "Words.", "captions": "WEBVTT\n\n00:02.000 --> 00:01.000\nBackwards"},
        {"transcript": "Words.", "captions": "WEBVTT\n\nno timing here\n"},
    ):
        response = staff_client.post(review, {**fields, "decision": "approve"})
        assert response.status_code == 400, fields
    answer.refresh_from_db()
    assert answer.status == "new" and answer.reviewed_at is None
    # Saving drafts is allowed without both.
    assert staff_client.post(review, {"transcript": "Draft", "decision": "save"}).status_code == 302
    answer.refresh_from_db()
    assert answer.transcript == "Draft" and answer.status == "new"
    with pytest.raises(video_review.NotReady):
        VideoAnswer.objects.filter(pk=answer.pk).update(transcript="")
        video_review.approve(answer.pk, None)


def test_an_approved_video_is_shown_with_its_captions_track_and_transcript(
    client, prompt_en, prompt_es, staff_client
):
    answer = approved_answer(client, prompt_es, staff_client)
    for page in (prompt_en, prompt_es):
        html = soup(client.get(page.url))
        item = html.select_one(f"#answer-{answer.public_id}")
        video = item.select_one("video")
        assert video.has_attr("controls") and video["preload"] == "none"
        track = video.select_one("track")
        assert track["kind"] == "captions" and track["srclang"] == "es"
        assert track.has_attr("default")
        assert item.select_one("details summary")
        assert "We crossed at night." in item.select_one("details").get_text()
        assert "Lucía" in item.select_one("figcaption").get_text()
        assert "Fernández" not in item.get_text() and "lucia@" not in html.get_text()
        share = item.select_one(".video-share a")["href"]
        assert share == f"{page.url}#answer-{answer.public_id}"
        captions = client.get(track["src"])
        assert captions.status_code == 200
        assert captions["Content-Type"].startswith("text/vtt")
        assert captions.content.decode().startswith("WEBVTT")
        source = video.select_one("source")
        assert source["type"] == "video/webm"
        assert client.get(source["src"]).status_code == 200


def test_the_video_answers_byte_ranges_so_players_can_seek(client, prompt_en, staff_client):
    answer = approved_answer(client, prompt_en, staff_client)
    url = reverse("campaigns:video_file", args=[answer.public_id])
    whole = webm_bytes()
    first = client.get(url, HTTP_RANGE="bytes=0-9")
    assert first.status_code == 206
    assert first["Content-Range"] == f"bytes 0-9/{len(whole)}"
    assert b"".join(first.streaming_content) == whole[:10]
    last = client.get(url, HTTP_RANGE="bytes=-16")
    assert b"".join(last.streaming_content) == whole[-16:]
    open_ended = client.get(url, HTTP_RANGE="bytes=100-")
    assert b"".join(open_ended.streaming_content) == whole[100:]
    assert open_ended["Content-Length"] == str(len(whole) - 100)
    beyond = client.get(url, HTTP_RANGE=f"bytes={len(whole)}-")
    assert beyond.status_code == 416 and beyond["Content-Range"] == f"bytes */{len(whole)}"
    plain = client.get(url)
    assert plain.status_code == 200 and plain["Accept-Ranges"] == "bytes"
    assert "no-cache" in plain["Cache-Control"]


def test_rejecting_an_approved_video_takes_it_off_at_once_and_purges_pages(
    client, prompt_en, staff_client, monkeypatch
):
    answer = approved_answer(client, prompt_en, staff_client)
    purges = []
    monkeypatch.setattr("page_cache.store.purge_all", lambda **kw: purges.append(1))
    response = staff_client.post(review_url(answer), {"decision": "reject"})
    assert response.status_code == 302
    assert purges
    assert client.get(reverse("campaigns:video_file", args=[answer.public_id])).status_code == 404
    assert not soup(client.get(prompt_en.url)).select("video[controls]")


def test_approval_purges_the_page_cache(client, prompt_en, staff_client, monkeypatch):
    purges = []
    monkeypatch.setattr("page_cache.store.purge_all", lambda **kw: purges.append(1))
    approved_answer(client, prompt_en, staff_client)
    assert purges


def test_the_answers_cost_no_query_each(client, prompt_en, staff_client):
    approved_answer(client, prompt_en, staff_client)

    def count():
        client.get(prompt_en.url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(prompt_en.url).status_code == 200
        return len(captured)

    one = count()
    for _ in range(3):
        approved_answer(client, prompt_en, staff_client)
    assert count() == one


# Retention and "forget me"


def test_forget_deletes_the_video_and_its_file(
    client, prompt_en, staff_client, private_media, django_capture_on_commit_callbacks
):
    answer = approved_answer(client, prompt_en, staff_client)
    assert len(stored_files(private_media)) == 1
    report = forget("Lucia@Example.org", dry_run=True)
    assert report["video answers"]["deleted"] == 1
    assert len(stored_files(private_media)) == 1  # a dry run deletes nothing
    with django_capture_on_commit_callbacks(execute=True):
        forget("lucia@example.org")
    assert not VideoAnswer.objects.exists()
    assert stored_files(private_media) == []
    assert client.get(reverse("campaigns:video_file", args=[answer.public_id])).status_code == 404


def test_past_retention_the_video_is_deleted_even_if_approved(
    client, prompt_en, staff_client, private_media, django_capture_on_commit_callbacks
):
    approved_answer(client, prompt_en, staff_client)
    send(client, prompt_en, credit="anonymous", name="", email="")
    assert len(stored_files(private_media)) == 2
    later = timezone.now() + timedelta(days=31 * prompt_en.retention_months)
    with django_capture_on_commit_callbacks(execute=True):
        report = purge(now=later)
    assert report["video answers"] == {"deleted": 2, "anonymised": 0}
    assert stored_files(private_media) == []


def test_a_failed_write_leaves_no_file(client, prompt_en, private_media, monkeypatch):
    def refuse(*args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(VideoAnswer.objects, "create", refuse)
    with pytest.raises(RuntimeError):
        send(client, prompt_en)
    assert stored_files(private_media) == []


def test_storage_has_no_public_address():
    from campaigns.video_storage import video_storage

    with pytest.raises(ValueError):
        video_storage().url("video-answers/x.webm")


def test_without_javascript_the_second_press_sends_and_the_file_is_asked_again(
    client, prompt_en, monkeypatch
):
    """A form posted without its start token (no script) comes back with one, and asks for
    the file again (a browser does not keep it); the second press stores the video."""
    first = send(client, prompt_en, started=None)
    assert first.status_code == 400
    form = soup(first).select_one("form[data-video-form]")
    assert "choose your video again" in form.get_text()
    token = form.select_one('input[name="started"]')["value"]
    assert token and not VideoAnswer.objects.exists()
    now = time.time
    monkeypatch.setattr(time, "time", lambda: now() + 5)  # the visitor picks the file again
    data = video_answer_form(prompt_en, webm_bytes(), started=token)
    assert client.post(prompt_en.url, data).status_code == 303
    assert VideoAnswer.objects.count() == 1
