"""The pieces the public forms and their moderation queues share: each kind of form page starts
with its own wording; every consent form labels its box with the page's statement and shows it
after its own fields; every form address finds its page the same way; the video form is the one
public form template, with a file; and the queues share their buttons and decision screen."""

from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from campaigns.call_forms import FollowUpForm
from campaigns.contact_forms import ContactForm
from campaigns.models import (
    ContactPage,
    StoryFormPage,
    StorySubmission,
    VideoAnswer,
    VideoPromptPage,
    WelcomePage,
)
from campaigns.signup_forms import SignupForm
from campaigns.story_forms import StoryForm
from campaigns.video_forms import VideoAnswerForm
from campaigns.welcome_forms import WelcomeForm
from tests.factories import (
    home_page,
    make_form_page,
    make_user,
    soup,
    two_languages,
    video_prompt_page,
    welcome_message,
    welcome_page,
)

pytestmark = pytest.mark.django_db

STORY_TEXT = two_languages(
    title=("Test: tell us about the crossing", "Prueba: cuéntanos del cruce"),
    consent_text=("Test: keep my story.", "Prueba: guarden mi historia."),
    thank_you_heading=("Test: thanks", "Prueba: gracias"),
)


@pytest.fixture
def story_page(db):
    return make_form_page(StoryFormPage, "test-shared-pieces-story", STORY_TEXT)[0]


@pytest.fixture
def staff(db):
    return make_user("shared-pieces-moderator", groups=["Campaign data"])


def test_each_kind_of_form_page_starts_with_its_own_wording_and_retention():
    pages = StoryFormPage(), ContactPage(), WelcomePage(), VideoPromptPage()
    story, contact, welcome, video = pages
    assert story.consent_text.startswith("I agree that Border Humanity keeps my story")
    assert contact.consent_text.startswith("I agree that Border Humanity keeps my message and")
    assert welcome.consent_text.endswith("deliver them to the person this page is about.")
    assert video.consent_text.startswith("I agree that Border Humanity keeps my video")
    assert [p.thank_you_heading for p in pages] == [
        "Thank you for sharing your story",
        "Thank you for writing to us",
        "Thank you for your message",
        "Thank you for your answer",
    ]
    assert [p.retention_months for p in pages] == [24, 12, 12, 24]


PAGE = SimpleNamespace(
    consent_text="Yes, keep what I send.",
    show_consent_text="Show it here too.",
    follow_up_consent="Yes, write to me after my call.",
)
CONSENT_FORMS = [
    (StoryForm, "consent_text", "keep your story"),
    (ContactForm, "consent_text", "keep your message"),
    (WelcomeForm, "consent_text", "keep and deliver your message"),
    (VideoAnswerForm, "consent_text", "keep your video"),
    (SignupForm, "consent_text", "write to you"),
    (FollowUpForm, "follow_up_consent", "write to you"),
]


@pytest.mark.parametrize("form_class, statement, refusal", CONSENT_FORMS)
def test_every_consent_box_is_the_pages_statement_after_the_forms_own_fields(
    form_class, statement, refusal
):
    form = form_class({}, page=PAGE)
    assert list(form.fields)[-3:] == ["consent", "website", "started"]
    assert form.fields["consent"].label == getattr(PAGE, statement)
    assert form.fields["website"].widget.attrs["tabindex"] == "-1"
    assert not form.is_valid()
    assert refusal in form.errors["consent"][0]


def test_each_form_keeps_its_own_refusal_when_another_is_made():
    story, signup = StoryForm({}, page=PAGE), SignupForm({}, page=PAGE)
    story.is_valid(), signup.is_valid()
    assert "story" in story.errors["consent"][0] and "story" not in signup.errors["consent"][0]


def post(client, name, page):
    with translation.override("en"):
        return client.post(reverse(f"campaigns:{name}", args=[page.pk]), {})


def test_both_form_addresses_send_a_restricted_page_back_to_itself_and_refuse_other_kinds(
    client, story_page
):
    video = video_prompt_page("en")
    for page in (story_page, video):
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    sent = {"form_send": story_page, "video_send": video}
    for name, page in sent.items():
        response = post(client, name, page)
        assert response.status_code == 307 and response["Location"] == page.url
    assert post(client, "video_send", story_page).status_code == 404
    assert post(client, "form_send", home_page("en")).status_code == 404


def test_the_video_form_is_the_public_form_with_a_file_and_a_progress_bar(client, story_page):
    video = video_prompt_page("en")
    form = soup(client.get(video.url)).select_one("form[data-video-form]")
    assert form["enctype"] == "multipart/form-data"
    assert form.select_one("[data-file-field] input[type=file][name=video]")
    progress = form.select_one("[data-progress] progress")
    button = form.select_one("button[type=submit]")
    assert progress is not None and button.get_text(strip=True) == "Send my video"
    assert form.find_all(["progress", "button"])[-1] is button  # the bar comes before
    story_form = soup(client.get(story_page.url)).select_one("form.public-form")
    assert not story_form.has_attr("enctype") and not story_form.select("[data-progress]")


def test_the_queues_share_their_buttons_and_their_decision_screen(client, staff, story_page):
    approved = StorySubmission.objects.create(
        page_key=story_page.translation_key,
        form_page=story_page,
        language="en",
        page_language="en",
        text="We crossed the river at night and waited on the far bank.",
        publication="none",
        status=StorySubmission.Status.APPROVED,
    )
    message = welcome_message(welcome_page(home_page("en")), message="Welcome, we kept a seat.")
    client.force_login(staff)
    stories = client.get("/admin/campaigns/storysubmission/").content.decode()
    assert f"reject/{approved.pk}/" in stories and f"approve/{approved.pk}/" not in stories
    for queue, record, words in [
        ("storysubmission", approved, "We crossed the river"),
        ("welcomemessage", message, "Welcome, we kept a seat."),
    ]:
        screen = client.get(f"/admin/campaigns/{queue}/approve/{record.pk}/")
        assert [t.name for t in screen.templates][0] == "campaigns/admin/moderate.html"
        assert words in screen.content.decode()
        assert soup(screen).select_one("form button[type=submit]").get_text() == "Approve"


def test_the_video_queue_offers_its_review_screen_whatever_the_status(client, staff):
    page = video_prompt_page("en")
    answer = VideoAnswer.objects.create(
        page_key=page.translation_key,
        form_page=page,
        language="en",
        file="answers/none.webm",
        kind="webm",
        seconds=3,
        size=10,
        credit="anonymous",
        status=VideoAnswer.Status.REJECTED,
    )
    client.force_login(staff)
    listing = client.get("/admin/campaigns/videoanswer/").content.decode()
    assert f"review/{answer.pk}/" in listing
    assert "approve/" not in listing and "reject/" not in listing
    assert client.get(f"/admin/campaigns/videoanswer/review/{answer.pk}/").status_code == 200
    client.force_login(make_user("no-campaign-data"))
    assert client.get(f"/admin/campaigns/videoanswer/review/{answer.pk}/").status_code in (
        302,
        403,
    )
