"""A shared story is stored once, read by staff, and published only as its teller allowed."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from django.utils import timezone, translation
from wagtail.models import Locale

from campaigns import moderation
from campaigns.models import Publication, Story, StoryFormPage, StorySubmission
from campaigns.privacy import forget, purge
from home.blocks import BodyStreamBlock
from tests.factories import (
    h1_texts,
    make_campaign,
    make_form_page,
    make_user,
    soup,
    started_form,
    two_languages,
)

pytestmark = pytest.mark.django_db


STORY_SLUG = "test-tell-us"
STORY_TEXT = two_languages(
    title=("Test: tell us what happened", "Prueba: cuéntanos lo que pasó"),
    consent_text=(
        "Test consent: keep my story to read it and publish it as I chose.",
        "Consentimiento de prueba: guarden mi historia para leerla y publicarla como elegí.",
    ),
    thank_you_heading=("Test: thank you for telling us", "Prueba: gracias por contarnos"),
)


@pytest.fixture
def story_pages(db):
    """A story form of the tests' own, in English and Spanish."""
    return make_form_page(StoryFormPage, STORY_SLUG, STORY_TEXT)


@pytest.fixture
def story_page_en(story_pages):
    return story_pages[0]


@pytest.fixture
def story_page_es(story_pages):
    return story_pages[1]


def told(**overrides):
    data = {
        "text": "We waited at the bridge for eleven weeks with my daughters.",
        "language": "es",
        "name": "Rosa María López",
        "contact": "rosa@example.org",
        "publication": Publication.FIRST_NAME,
        "consent": "on",
        "website": "",
        "started": started_form(
            StoryFormPage.objects.get(slug=STORY_SLUG, locale__language_code="en")
        ),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture
def staff(db):
    """A member of the Campaign data group, the only one that sees shared stories."""
    return make_user("moderator", groups=["Campaign data"])


def test_the_form_page_asks_for_the_story_and_the_permission_in_both_languages(
    client, story_page_en, story_page_es
):
    for page, legend, button in (
        (story_page_en, "May we publish your story?", "Send my story"),
        (story_page_es, "¿Podemos publicar tu historia?", "Enviar mi historia"),
    ):
        response = client.get(page.url)
        assert response.status_code == 200
        assert h1_texts(response) == [page.title]
        form = soup(response).select_one("form.public-form")
        assert form.select_one("legend").get_text(strip=True) == legend
        assert len(form.select('input[name="publication"]')) == 3
        assert not form.select('input[name="publication"][checked]')  # an explicit choice
        assert not form.select_one('input[name="consent"]').has_attr("checked")
        assert page.consent_text in form.get_text()
        assert form.select_one("button").get_text(strip=True) == button
        # The same for everyone (its tokens are fetched apart): the page cache keeps it.
        assert "private" not in response.get("Cache-Control", "")


def test_a_story_is_stored_once_with_the_consent_wording_and_a_303(client, story_page_es):
    response = client.post(story_page_es.url, told())
    assert response.status_code == 303
    assert response["Location"] == story_page_es.url + "gracias/"
    assert "rosa" not in response["Location"].lower()
    submission = StorySubmission.objects.get()
    assert submission.status == StorySubmission.Status.NEW
    assert submission.language == "es" and submission.page_language == "es"
    assert submission.page_key == story_page_es.translation_key
    assert story_page_es.consent_text in submission.consent_text
    assert "Publicarla con mi nombre de pila" in submission.consent_text
    thanks = client.get(response["Location"])
    assert h1_texts(thanks) == [story_page_es.thank_you_heading]
    assert "nuestro equipo leerá tu historia" in thanks.content.decode().lower()


@pytest.mark.parametrize(
    ("overrides", "field", "message_es"),
    [
        ({"text": ""}, "text", "necesario"),
        ({"text": "Too short"}, "text", "20"),
        ({"text": "x" * 5001}, "text", "5000"),
        ({"text": "A story <script>alert(1)</script> long enough"}, "text", "HTML"),
        ({"contact": "not a contact"}, "contact", "teléfono"),
        ({"publication": None}, "publication", "publicar"),
        ({"publication": "everywhere"}, "publication", "opción válida"),
        ({"language": "xx"}, "language", "opción válida"),
        ({"consent": None}, "consent", "Marca esta casilla"),
        ({"name": "", "publication": Publication.FIRST_NAME}, "name", "nombre de pila"),
        ({"name": "Ro\x00sa"}, "name", "nulos"),
    ],
)
def test_bad_input_gets_a_spanish_message_a_400_and_stores_nothing(
    client, story_page_es, overrides, field, message_es
):
    response = client.post(story_page_es.url, told(**overrides))
    assert response.status_code == 400
    errors = " ".join(e.get_text() for e in soup(response).select(".field-error"))
    assert message_es in errors
    assert not StorySubmission.objects.exists()
    assert "private" in response["Cache-Control"]


def test_spam_defences_turn_robots_away_without_storing(client, story_page_es):
    assert client.post(story_page_es.url, told(website="http://x.example")).status_code == 400
    quick = told(started=started_form(story_page_es, seconds_ago=0))
    response = client.post(story_page_es.url, quick)
    assert response.status_code == 400
    assert "muy rápido" in response.content.decode()
    assert not StorySubmission.objects.exists()


def approve_as(staff, submission):
    return moderation.approve(submission.pk, staff)


def a_submission(story_page_en, **fields):
    values = {
        "page_key": story_page_en.translation_key,
        "form_page": story_page_en,
        "language": "en",
        "page_language": "en",
        "text": "I was released with a court date and nowhere to sleep.\nA family took me in.",
        "name": "Rosa María",
        "contact": "rosa@example.org",
        "publication": Publication.FIRST_NAME,
        "consent_text": "I agree.",
    }
    values.update(fields)
    return StorySubmission.objects.create(**values)


def test_approving_makes_a_draft_story_with_first_name_and_no_contact(staff, story_page_en):
    submission = a_submission(story_page_en, language="es")
    story = approve_as(staff, submission)
    submission.refresh_from_db()
    assert submission.status == StorySubmission.Status.APPROVED
    assert submission.story == story
    assert story.live is False  # staff publish it; approving publishes nothing
    assert story.locale.language_code == "es"
    assert story.attribution == "Rosa"
    assert story.title == "I was released with a court date and nowhere to sleep."
    assert "rosa@example.org" not in f"{story.title} {story.text} {story.attribution}"
    assert story.latest_revision is not None


def test_an_anonymous_story_is_attributed_to_no_one(staff, story_page_en):
    story = approve_as(staff, a_submission(story_page_en, publication=Publication.ANONYMOUSLY))
    assert story.attribution == ""


def test_a_story_the_teller_did_not_allow_to_publish_never_becomes_a_snippet(staff, story_page_en):
    before = Story.objects.count()
    submission = a_submission(story_page_en, publication=Publication.NOT_AT_ALL)
    assert approve_as(staff, submission) is None
    submission.refresh_from_db()
    assert submission.status == StorySubmission.Status.APPROVED
    assert submission.story is None
    assert Story.objects.count() == before


def test_approving_twice_makes_one_story(staff, story_page_en):
    submission = a_submission(story_page_en)
    first = approve_as(staff, submission)
    assert approve_as(staff, submission) == first
    assert Story.objects.filter(pk=first.pk).count() == 1


def test_rejecting_takes_a_published_story_off_the_site_in_every_language(staff, story_page_en):
    submission = a_submission(story_page_en)
    story = approve_as(staff, submission)
    story.save_revision().publish()
    spanish = story.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.save()
    spanish.save_revision().publish()
    moderation.reject(submission.pk, staff)
    submission.refresh_from_db()
    assert submission.status == StorySubmission.Status.REJECTED
    assert not Story.objects.filter(translation_key=story.translation_key).exists()


def render_stories_block(stories, language="en"):
    block = BodyStreamBlock().child_blocks["stories"]
    value = block.to_python({"heading": "Voices", "stories": [s.pk for s in stories]})
    with translation.override(language):
        return block.render(value, context={"request": RequestFactory().get("/")})


def test_the_stories_block_shows_published_stories_and_hides_drafts(staff, story_page_en):
    published = approve_as(staff, a_submission(story_page_en))
    published.save_revision().publish()
    draft = approve_as(
        staff, a_submission(story_page_en, text="A draft nobody has published yet, long enough.")
    )
    html = render_stories_block([published, draft])
    assert published.title in html and "— Rosa" in html
    assert draft.title not in html
    assert "rosa@example.org" not in html


def test_a_spanish_campaign_page_shows_its_published_stories_in_spanish(
    client, staff, story_page_en
):

    spanish = Locale.objects.get(language_code="es")
    titles = ["Una prueba junto al río", "Una prueba en la cocina"]
    chosen = []
    for title, publication in zip(
        titles, (Publication.FIRST_NAME, Publication.ANONYMOUSLY), strict=True
    ):
        story = approve_as(staff, a_submission(story_page_en, publication=publication))
        story.save_revision().publish()
        translated = story.copy_for_translation(spanish)
        translated.title = title
        translated.save()
        translated.save_revision().publish()
        chosen.append(translated)
    _english, page = make_campaign(spanish="Campaña de prueba: abrir el puerto")
    page.body = [{"type": "stories", "value": {"heading": "", "stories": [s.pk for s in chosen]}}]
    page.save_revision().publish()

    cards = soup(client.get(page.url)).select(".story-card")
    assert [c.h3.get_text() for c in cards] == titles
    assert "— Rosa" in cards[0].footer.get_text()
    assert "Compartida de forma anónima" in cards[1].footer.get_text()


def test_the_stories_block_costs_the_same_queries_for_one_or_many_stories(
    staff, story_page_en, django_assert_num_queries
):
    stories = []
    for i in range(5):
        story = approve_as(staff, a_submission(story_page_en, text=f"Story number {i} " * 3))
        story.save_revision().publish()
        stories.append(story)
    block = BodyStreamBlock()
    for chosen in (stories[:1], stories):
        raw = [{"type": "stories", "value": {"heading": "", "stories": [s.pk for s in chosen]}}]
        with django_assert_num_queries(1):  # one query fetches every chosen story
            value = block.to_python(raw)
            html = block.render(value, context={"request": RequestFactory().get("/")})
        assert html.count("story-card") == len(chosen)


def test_the_moderation_queue_filters_and_approves_in_the_admin(client, staff, story_page_en):
    a_submission(story_page_en, text="The first story, waiting for review here.")
    done = a_submission(story_page_en, text="The second story, already rejected earlier.")
    done.status = StorySubmission.Status.REJECTED
    done.save()
    client.force_login(staff)
    index = "/admin/campaigns/storysubmission/"
    listing = client.get(index, {"status__exact": "new"})
    assert listing.status_code == 200
    assert "The first story" in listing.content.decode()
    assert "The second story" not in listing.content.decode()
    submission = StorySubmission.objects.get(status="new")
    confirm = client.get(f"{index}approve/{submission.pk}/")
    assert confirm.status_code == 200 and "Rosa" in confirm.content.decode()
    response = client.post(f"{index}approve/{submission.pk}/")
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == StorySubmission.Status.APPROVED
    assert submission.story.live is False
    assert client.get(f"{index}inspect/{submission.pk}/").status_code == 200


def test_people_without_the_permissions_never_see_the_stories(client):
    editor = make_user("editor")
    group = Group.objects.create(name="Editors (test)")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    assert client.get("/admin/campaigns/storysubmission/").status_code in (302, 403)
    assert "storysubmission" not in client.get("/admin/").content.decode()


def test_export_of_stories_is_recorded_in_the_audit_log(client, staff, story_page_en):
    from wagtail.models import ModelLogEntry

    a_submission(story_page_en)
    client.force_login(staff)
    response = client.get("/admin/campaigns/storysubmission/", {"export": "csv"})
    assert response.status_code == 200
    assert "rosa@example.org" in b"".join(response.streaming_content).decode()
    entry = ModelLogEntry.objects.get(action="campaigns.export")
    assert entry.user == staff and entry.data["rows"] == 1


def test_retention_deletes_unapproved_and_anonymises_approved_old_stories(staff, story_page_en):
    old_new = a_submission(story_page_en, text="An old story nobody reviewed, long enough.")
    old_approved = a_submission(story_page_en)
    approve_as(staff, old_approved)
    recent = a_submission(story_page_en, text="A recent story, kept as it is for now.")
    long_ago = timezone.now() - timedelta(days=800)
    StorySubmission.objects.filter(pk__in=[old_new.pk, old_approved.pk]).update(created_at=long_ago)
    assert purge(timezone.now())["story submissions"] == {"deleted": 1, "anonymised": 1}
    assert not StorySubmission.objects.filter(pk=old_new.pk).exists()
    old_approved.refresh_from_db()
    assert (old_approved.name, old_approved.contact, old_approved.anonymised) == ("", "", True)
    recent.refresh_from_db()
    assert recent.contact == "rosa@example.org"


def test_forget_me_takes_every_story_of_the_teller_off_the_site_in_every_language(
    staff, story_page_en
):
    from wagtail.models import Revision

    told_story = a_submission(story_page_en)
    story = approve_as(staff, told_story)
    story.save_revision().publish()
    spanish = story.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.save()
    spanish.save_revision().publish()
    a_submission(story_page_en, contact="ROSA@example.org", text="Another one, never reviewed.")

    assert forget("Rosa@Example.org", dry_run=True)["story submissions"]["deleted"] == 2
    assert Story.objects.filter(translation_key=story.translation_key).count() == 2

    assert forget("Rosa@Example.org")["story submissions"]["deleted"] == 2
    assert not StorySubmission.objects.filter(contact__iexact="rosa@example.org").exists()
    assert not Story.objects.filter(translation_key=story.translation_key).exists()
    assert not Revision.objects.filter(
        base_content_type=story.get_base_content_type(),
        object_id__in=[str(story.pk), str(spanish.pk)],
    ).exists()


def test_a_campaign_data_member_may_publish_the_story_made_from_a_submission(staff):
    assert staff.has_perm("campaigns.publish_story")
    assert staff.has_perm("campaigns.change_storysubmission")
    assert not staff.has_perm("campaigns.add_storysubmission")  # stories come from the public
