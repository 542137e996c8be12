"""Messages of welcome: a visitor writes to a released person, the message is stored once,
read by Campaign data staff, shown on the page only once approved and only with a first name
and a town, printed for the person, and deleted when its time is up."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client, override_settings
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from campaigns import welcome_moderation as moderation
from campaigns.models import DataExport, WelcomeMessage
from campaigns.privacy import purge
from page_cache.store import generation
from tests.factories import (
    h1_texts,
    make_user,
    soup,
    spanish_translation,
    started_form,
    welcome_message,
    welcome_page,
)

pytestmark = pytest.mark.django_db

Status = WelcomeMessage.Status
INDEX = "/admin/campaigns/welcomemessage/"


@pytest.fixture
def page_en(home_en):
    return welcome_page(home_en)


@pytest.fixture
def page_es(page_en):
    return spanish_translation(
        page_en,
        title="Bienvenida a casa, Noor",
        slug="bienvenida-noor",
        consent_text="Guarden mi mensaje para dárselo a Noor.",
        show_consent_text="Muéstrenlo aquí con mi nombre de pila y mi ciudad.",
        thank_you_heading="Gracias por escribirle a Noor",
    )


@pytest.fixture
def staff(db):
    """A member of the Campaign data group, the only one that reads the messages."""
    return make_user("moderator", groups=["Campaign data"])


def written(page, **overrides):
    data = {
        "first_name": "Lucía",
        "town": "Las Cruces",
        "message": "Bienvenida a casa. Aquí te esperamos con los brazos abiertos.",
        "show_on_page": "on",
        "consent": "on",
        "website": "",
        "started": started_form(page),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def stored(page):
    """What this page's form stored (the demo's own messages are for another page)."""
    return WelcomeMessage.objects.filter(page_key=page.translation_key)


def shown_cards(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return soup(response).select(".welcome-card")


def test_the_page_presents_the_person_and_asks_for_a_message_in_both_languages(
    client, page_en, page_es
):
    for page, heading, button in (
        (page_en, "Write to Noor", "Send my message"),
        (page_es, "Escríbele a Noor", "Enviar mi mensaje"),
    ):
        response = client.get(page.url)
        assert response.status_code == 200
        assert h1_texts(response) == [page.title]
        html = soup(response)
        assert html.select_one("#welcome-heading").get_text(strip=True) == heading
        assert "teaches maths" in html.select_one(".welcome-person").get_text()
        form = html.select_one("form.public-form")
        names = {field["name"] for field in form.select("input, textarea") if field.get("name")}
        assert {"first_name", "town", "message", "show_on_page", "consent"} <= names
        assert "email" not in " ".join(names)  # no contact details are asked
        assert form.select_one("textarea[name=message]")["maxlength"] == "600"
        assert page.consent_text in form.get_text()
        assert page.show_consent_text in form.get_text()
        assert not form.select_one('input[name="show_on_page"]').has_attr("checked")
        assert form.select_one("button").get_text(strip=True) == button
        # The same for everyone (its tokens are fetched apart): the page cache keeps it.
        assert "private" not in response.get("Cache-Control", "")


def test_a_message_is_stored_once_with_its_language_and_consent_wording(client, page_es):
    data = written(page_es)
    response = client.post(page_es.url, data)
    assert response.status_code == 303
    assert response["Location"] == page_es.url + "gracias/"
    assert "lucía" not in response["Location"].lower()
    # The same press again (a double click, a replay) stores nothing more.
    assert client.post(page_es.url, data).status_code == 303
    message = stored(page_es).get()
    assert (message.first_name, message.town) == ("Lucía", "Las Cruces")
    assert message.language == "es"
    assert message.status == Status.NEW and message.show_on_page
    assert message.page_key == page_es.translation_key
    assert message.consent_text == f"{page_es.consent_text}\n{page_es.show_consent_text}"
    thanks = client.get(response["Location"])
    assert h1_texts(thanks) == ["Gracias por escribirle a Noor"]
    assert "se lo entregará a Noor" in thanks.content.decode()


def test_a_writer_who_keeps_it_private_is_stored_without_the_second_consent(client, page_en):
    response = client.post(page_en.url, written(page_en, show_on_page=None))
    assert response.status_code == 303
    message = stored(page_en).get()
    assert not message.show_on_page
    assert message.consent_text == page_en.consent_text


@pytest.mark.parametrize(
    ("overrides", "message_es"),
    [
        ({"first_name": ""}, "Escribe tu nombre de pila."),
        ({"first_name": "   "}, "Escribe tu nombre de pila."),
        ({"town": ""}, "Dinos desde qué ciudad escribes."),
        ({"message": ""}, "Escribe un mensaje."),
        ({"message": "x" * 601}, "600"),
        ({"message": "Hola <a href='http://x.example'>aquí</a>"}, "HTML"),
        ({"first_name": "N" * 41}, "40"),
        ({"town": "Tucson\x00"}, "nulos"),
        ({"consent": None}, "Marca esta casilla para que podamos guardar y entregar tu mensaje."),
    ],
)
def test_bad_input_gets_a_spanish_message_a_400_and_stores_nothing(
    client, page_es, overrides, message_es
):
    response = client.post(page_es.url, written(page_es, **overrides))
    assert response.status_code == 400
    errors = " ".join(e.get_text() for e in soup(response).select(".field-error"))
    assert message_es in errors
    assert not stored(page_es).exists()
    assert "private" in response["Cache-Control"]


anything = st.text(alphabet=st.characters(codec="utf-8"), max_size=700)


@override_settings(ACTION_RATE_LIMIT=100_000)
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    first_name=anything,
    town=anything,
    message=anything,
    show=st.sampled_from([None, "on", "", "off"]),
    consent=st.sampled_from([None, "on", ""]),
)
def test_whatever_is_posted_the_answer_is_a_thank_you_or_the_form_never_a_500(
    page_es, first_name, town, message, show, consent
):
    before = stored(page_es).count()
    data = written(
        page_es, first_name=first_name, town=town, message=message, show_on_page=show,
        consent=consent,
    )  # fmt: skip
    response = Client().post(page_es.url, data)
    assert response.status_code in (303, 400)
    after = stored(page_es).count()
    assert after == before if response.status_code == 400 else after - before == 1


def test_spam_defences_turn_robots_away_without_storing(client, page_es):
    assert client.post(page_es.url, written(page_es, website="http://x.example")).status_code == 400
    quick = written(page_es, started=started_form(page_es, seconds_ago=0))
    assert client.post(page_es.url, quick).status_code == 400
    assert not stored(page_es).exists()


def test_a_message_is_shown_only_after_approval_and_with_first_name_and_town_only(
    client, staff, page_en, page_es
):
    message = welcome_message(
        page_es,
        first_name="Lucía",
        town="Las Cruces",
        message="Bienvenida a casa, Noor.",
        consent_text="SECRET CONSENT WORDING",
    )
    assert shown_cards(client, page_en) == shown_cards(client, page_es) == []

    assert moderation.approve([message.pk], staff) == 1
    for page in (page_en, page_es):
        (card,) = shown_cards(client, page)
        assert card["lang"] == "es"  # in the language it was written in
        assert card.blockquote.get_text(strip=True) == "Bienvenida a casa, Noor."
        assert card.figcaption.get_text(strip=True) == "— Lucía, Las Cruces"
    html = client.get(page_en.url).content.decode()
    assert "SECRET CONSENT WORDING" not in html
    assert f"{message.created_at:%Y-%m-%d}" not in html


def test_rejected_and_private_messages_are_never_shown(client, staff, page_en):
    private = welcome_message(page_en, first_name="Priya", show_on_page=False)
    rejected = welcome_message(page_en, first_name="Rex")
    moderation.approve([private.pk], staff)
    moderation.reject([rejected.pk], staff)
    assert shown_cards(client, page_en) == []
    moderation.approve([rejected.pk], staff)  # staff change their mind
    assert [c.figcaption.get_text(strip=True) for c in shown_cards(client, page_en)] == [
        "— Rex, Tucson"
    ]


def test_newest_first_capped_by_the_page_and_in_queries_that_do_not_grow(
    client, staff, page_en, django_assert_max_num_queries, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    first = welcome_message(page_en, first_name="First")
    moderation.approve([first.pk], staff)
    client.get(page_en.url)  # warm: navigation and settings cached
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        client.get(page_en.url)
    later = [welcome_message(page_en, first_name=f"Writer{i}") for i in range(12)]
    moderation.approve([m.pk for m in later], staff)
    client.get(page_en.url)
    with CaptureQueriesContext(connection) as many:
        cards = shown_cards(client, page_en)
    assert len(many) == len(one)
    assert len(cards) == 13
    assert cards[0].figcaption.get_text(strip=True) == "— Writer11, Tucson"
    assert cards[-1].figcaption.get_text(strip=True) == "— First, Tucson"

    page_en.messages_shown = 5
    page_en.save_revision().publish()
    cards = shown_cards(client, page_en)
    assert [c.figcaption.get_text(strip=True) for c in cards][:1] == ["— Writer11, Tucson"]
    assert len(cards) == 5

    page_en.messages_shown = 0  # the page shows none; they are still printed for the person
    page_en.save_revision().publish()
    response = client.get(page_en.url)
    assert shown_cards(client, page_en) == []
    assert not soup(response).select(".welcome-messages")


def test_approving_empties_the_stored_page_so_the_message_appears_at_once(
    client, staff, page_en, settings
):
    settings.PAGE_CACHE_SECONDS = 600
    message = welcome_message(page_en, first_name="Cached")
    client.get(page_en.url)
    assert client.get(page_en.url)["X-Page-Cache"] == "hit"
    before = generation()
    moderation.approve([message.pk], staff)
    assert generation() != before
    fresh = client.get(page_en.url)
    assert fresh["X-Page-Cache"] == "miss"
    assert "— Cached, Tucson" in fresh.content.decode()
    # Deleting it (a writer's request) takes it off the stored page as well.
    assert client.get(page_en.url)["X-Page-Cache"] == "hit"
    WelcomeMessage.objects.get(pk=message.pk).delete()
    assert "— Cached, Tucson" not in client.get(page_en.url).content.decode()


def test_a_decision_tells_a_cdn_to_drop_the_page_in_every_language(
    staff, page_en, page_es, cdn_purges, django_capture_on_commit_callbacks
):
    from tests.factories import purged_urls

    message = welcome_message(page_en)
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve([message.pk], staff)
    urls = purged_urls(cdn_purges)
    assert any(url.endswith(page_en.url) for url in urls)
    assert any(url.endswith(page_es.url) for url in urls)


def test_staff_approve_one_in_the_queue_and_several_at_once(client, staff, page_en):
    waiting = welcome_message(page_en, first_name="Waiting")
    done = welcome_message(page_en, first_name="Done")
    moderation.reject([done.pk], staff)
    client.force_login(staff)
    listing = client.get(INDEX, {"status__exact": "new"})
    assert listing.status_code == 200
    assert "Waiting" in listing.content.decode() and "Done" not in listing.content.decode()
    confirm = client.get(f"{INDEX}approve/{waiting.pk}/")
    assert confirm.status_code == 200 and "Welcome home, we are so glad" in confirm.content.decode()
    assert client.post(f"{INDEX}approve/{waiting.pk}/").status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == Status.APPROVED and waiting.reviewed_at is not None
    assert client.get(f"{INDEX}inspect/{waiting.pk}/").status_code == 200

    several = [welcome_message(page_en, first_name=f"Bulk{i}") for i in range(3)]
    review = client.get(f"{INDEX}review/")
    assert review.status_code == 200
    assert len(soup(review).select('input[name="message"]')) == 3
    ticked = [several[0].pk, several[2].pk]
    response = client.post(f"{INDEX}review/", {"message": ticked, "decision": "approve"})
    assert response.status_code == 302
    statuses = dict(
        WelcomeMessage.objects.filter(first_name__startswith="Bulk").values_list("pk", "status")
    )
    assert statuses == {several[0].pk: "approved", several[1].pk: "new", several[2].pk: "approved"}


def test_people_outside_campaign_data_see_no_message_screen(client, staff, page_en):
    welcome_message(page_en)
    editor = make_user("editor")
    group = Group.objects.create(name="Editors (test)")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    key = page_en.translation_key
    for url in (
        INDEX,
        f"{INDEX}review/",
        f"{INDEX}deliver/",
        f"{INDEX}deliver/{key}/print/",
        f"{INDEX}deliver/{key}/csv/",
    ):
        assert client.get(url).status_code in (302, 403), url
    assert client.post(f"{INDEX}review/", {"message": [1], "decision": "approve"}).status_code in (
        302,
        403,
    )
    assert "welcomemessage" not in client.get("/admin/").content.decode()
    assert stored(page_en).get().status == Status.NEW
    assert staff.has_perm("campaigns.change_welcomemessage")
    assert not staff.has_perm("campaigns.add_welcomemessage")  # messages come from the public


def test_the_printable_sheet_and_csv_hold_approved_messages_for_the_person(client, staff, page_en):
    approved = welcome_message(page_en, first_name="Ruth", message="Welcome, Noor!")
    spanish = welcome_message(page_en, first_name="Tomás", language="es", message="¡Bienvenida!")
    welcome_message(page_en, first_name="Unread", message="Not reviewed yet.")
    moderation.approve([approved.pk, spanish.pk], staff)
    client.force_login(staff)
    key = page_en.translation_key

    delivery = client.get(f"{INDEX}deliver/")
    assert delivery.status_code == 200 and "Noor" in delivery.content.decode()

    sheet = client.get(f"{INDEX}deliver/{key}/print/")
    assert sheet.status_code == 200 and "no-store" in sheet["Cache-Control"]
    html = soup(sheet)
    assert "Noor" in html.h1.get_text()
    cards = html.select("article.card")
    assert [c["lang"] for c in cards] == ["en", "es"]
    assert [c.select_one(".from").get_text(strip=True) for c in cards] == [
        "— Ruth, Tucson",
        "— Tomás, Tucson",
    ]
    assert "Not reviewed yet." not in sheet.content.decode()
    assert html.select_one('link[rel="stylesheet"][href*="welcome_print"]')

    rows = list(
        csv.reader(
            io.StringIO(client.get(f"{INDEX}deliver/{key}/csv/").content.decode("utf-8-sig"))
        )
    )
    assert rows[0][:5] == ["Sent at", "Language", "First name", "Town", "Message"]
    assert [r[2] for r in rows[1:]] == ["Ruth", "Tomás"]

    everything = soup(client.get(f"{INDEX}deliver/{key}/print/", {"all": "1"}))
    assert len(everything.select("article.card")) == 3
    assert DataExport.objects.filter(what__startswith="Messages of welcome").count() == 3


def test_a_formula_in_a_message_is_defused_in_the_csv(client, staff, page_en):
    message = welcome_message(page_en, first_name="=HYPERLINK(1)")
    moderation.approve([message.pk], staff)
    client.force_login(staff)
    body = client.get(f"{INDEX}deliver/{page_en.translation_key}/csv/").content.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in body


def test_retention_deletes_messages_past_the_pages_period(staff, page_en):
    page_en.retention_months = 6
    page_en.save_revision().publish()
    old = welcome_message(page_en, first_name="Old")
    old_shown = welcome_message(page_en, first_name="OldShown")
    moderation.approve([old_shown.pk], staff)
    recent = welcome_message(page_en, first_name="Recent")
    seven_months_ago = timezone.now() - timedelta(days=215)
    WelcomeMessage.objects.filter(pk__in=[old.pk, old_shown.pk]).update(created_at=seven_months_ago)

    assert purge(timezone.now(), dry_run=True)["messages of welcome"] == {
        "deleted": 2,
        "anonymised": 0,
    }
    assert stored(page_en).count() == 3
    assert purge(timezone.now())["messages of welcome"] == {"deleted": 2, "anonymised": 0}
    assert list(stored(page_en).values_list("pk", flat=True)) == [recent.pk]


def test_staff_delete_a_message_on_its_writers_request(client, staff, page_en):
    message = welcome_message(page_en, first_name="Forget")
    moderation.approve([message.pk], staff)
    client.force_login(staff)
    assert client.get(f"{INDEX}delete/{message.pk}/").status_code == 200
    assert client.post(f"{INDEX}delete/{message.pk}/").status_code == 302
    assert not stored(page_en).exists()
    assert shown_cards(client, page_en) == []
