"""A visitor records a short answer in the browser (Chromium's fake camera and microphone),
another uploads a video in Spanish; staff approve both with captions; the page then plays each
with its caption track. Phone width, axe clean, screenshots."""

import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

PAGE_EN = "/en/video-answers/"
PAGE_ES = "/es/respuestas-en-video/"
# The first test's recording, uploaded by the second (a real browser's WebM, no Duration).
RECORDED = {}
FAKE_MEDIA = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]

APPROVE = textwrap.dedent(
    """
    from campaigns import video_review
    from campaigns.models import VideoAnswer
    answer = VideoAnswer.objects.filter(status="new").latest("pk")
    video_review.save_texts(answer.pk, {transcript!r}, {captions!r})
    video_review.approve(answer.pk, None)
    print(answer.file.name, answer.public_id, answer.seconds, answer.kind)
    """
)


@pytest.fixture(scope="module")
def recording_browser(launch_chromium):
    """A Chromium of its own whose camera and microphone are fakes that need no prompt."""
    chromium = launch_chromium(*FAKE_MEDIA)
    yield chromium
    chromium.close()


@pytest.fixture
def tab(recording_browser, site_url):
    context = recording_browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    context.grant_permissions(["camera", "microphone"], origin=site_url)
    tab = context.new_page()
    yield tab
    context.close()


def approve_latest(live_site, transcript, cue):
    captions = f"WEBVTT\n\n00:00.000 --> 00:01.500\n{cue}\n"
    out = live_site.manage(
        "shell", "-v0", "-c", APPROVE.format(transcript=transcript, captions=captions), timeout=120
    )
    name, public_id, seconds, kind = out.split()
    return name, public_id, float(seconds), kind


def plays_with_captions(tab, public_id):
    """The answer's video starts playing (muted, as a visitor may) and its track holds cues."""
    return tab.evaluate(
        """async (id) => {
          const video = document.querySelector(`#answer-${id} video`);
          const track = video.textTracks[0];
          track.mode = "showing";
          video.muted = true;
          await video.play();
          for (let i = 0; i < 100 && !(track.cues && track.cues.length); i++) {
            await new Promise((done) => setTimeout(done, 100));
          }
          await new Promise((done) => setTimeout(done, 500));
          return {
            kind: track.kind, language: track.language, cues: track.cues ? track.cues.length : 0,
            text: track.cues && track.cues.length ? track.cues[0].text : "",
            time: video.currentTime, error: video.error ? video.error.code : null,
          };
        }""",
        public_id,
    )


def test_a_visitor_records_an_answer_and_it_plays_with_captions_once_approved(
    tab, site_url, live_site, screenshot, axe
):
    response = tab.goto(f"{site_url}{PAGE_EN}")
    assert response.status == 200
    policy = response.headers["permissions-policy"]
    assert "camera=(self)" in policy and "microphone=(self)" in policy
    assert tab.get_by_role("heading", name="Have you or someone you love").is_visible()
    assert axe(tab) == []
    screenshot(tab, "video-page-en")

    status = tab.locator("[data-recorder] [data-status]")
    assert not tab.get_by_role("button", name="Start recording").is_visible()
    tab.get_by_role("button", name="Turn on the camera").click()
    status.filter(has_text="The camera is on").wait_for()
    tab.get_by_role("button", name="Start recording").click()
    tab.wait_for_timeout(2500)
    tab.get_by_role("button", name="Stop recording").click()
    status.filter(has_text="Your recording is ready").wait_for()
    assert tab.get_by_role("button", name="Record again").is_visible()
    tab.get_by_label("Anonymously").check()
    tab.get_by_label("I agree that Border Humanity keeps my video").check()
    assert axe(tab) == []
    screenshot(tab, "video-recorded-en")
    tab.wait_for_timeout(3200)  # the form's minimum fill time
    with tab.expect_navigation(url=f"{site_url}{PAGE_EN}thank-you/"):
        tab.get_by_role("button", name="Send my video").click()
    assert tab.locator("h1").inner_text() == "Thank you for your answer"
    assert axe(tab) == []

    name, public_id, seconds, kind = approve_latest(
        live_site, "A recording made in the browser.", "Made in the browser"
    )
    assert kind == "webm" and 1.5 < seconds < 10
    private = live_site.media_root.parent / "private-media" / name
    assert private.exists() and not list(Path(live_site.media_root).rglob(private.name))

    tab.goto(f"{site_url}{PAGE_EN}")
    item = tab.locator(f"#answer-{public_id}")
    assert item.locator("figcaption").inner_text() == "Anonymous answer"
    played = plays_with_captions(tab, public_id)
    assert played["kind"] == "captions" and played["language"] == "en"
    assert played["cues"] == 1 and played["text"] == "Made in the browser"
    assert played["error"] is None and played["time"] > 0
    item.locator("summary").click()
    assert "A recording made in the browser." in item.locator("details").inner_text()
    assert axe(tab) == []
    screenshot(tab, "video-approved-en")
    RECORDED["path"] = private


def test_a_spanish_visitor_uploads_a_video_and_sees_it_with_spanish_captions(
    tab, site_url, live_site, screenshot, axe
):
    recorded = RECORDED.get("path")
    if recorded is None:
        pytest.skip("needs the recording of the test above")
    tab.goto(f"{site_url}{PAGE_ES}")
    assert tab.locator("html").get_attribute("lang") == "es"
    assert tab.get_by_role("heading", name="Envía tu respuesta").is_visible()
    tab.get_by_label("Tu video", exact=True).set_input_files(
        {"name": "respuesta.webm", "mimeType": "video/webm", "buffer": Path(recorded).read_bytes()}
    )
    tab.get_by_label("Solo con mi nombre de pila").check()
    tab.get_by_label("Tu nombre (opcional)").fill("Lucía Fernández")
    tab.get_by_label("Acepto que Border Humanity guarde mi video").check()
    tab.wait_for_timeout(3200)
    with tab.expect_navigation(url=f"{site_url}{PAGE_ES}gracias/"):
        tab.get_by_role("button", name="Enviar mi video").click()
    assert tab.locator("h1").inner_text() == "Gracias por tu respuesta"

    _name, public_id, _seconds, _kind = approve_latest(
        live_site, "Una respuesta subida desde un teléfono.", "Subida desde un teléfono"
    )
    tab.goto(f"{site_url}{PAGE_ES}")
    item = tab.locator(f"#answer-{public_id}")
    assert item.locator("figcaption").inner_text() == "Respuesta de Lucía"
    played = plays_with_captions(tab, public_id)
    assert played["language"] == "es" and played["cues"] == 1
    assert played["text"] == "Subida desde un teléfono" and played["time"] > 0
    assert axe(tab) == []
    screenshot(tab, "video-approved-es")
