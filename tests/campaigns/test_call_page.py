"""Call your officials: a ZIP code gives the visitor's officials with their numbers and the
script; "I called" counts one call, once, behind the shared spam defences; staff read the
counts; nothing about the caller is kept."""

import csv
import io

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from campaigns.models import CallLog, DecisionMaker
from campaigns.phone_numbers import normalise_phone
from tests.factories import (
    call_page,
    called_form,
    make_official,
    make_user,
    soup,
    spanish_translation,
    started_form,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


@pytest.fixture
def officials(db):
    return {
        "national": make_official("Pat National", role="president", phone="202 555 0101"),
        "texan": make_official("Terry Texan", state="TX", phone="(512) 555-0111"),
        "californian": make_official("Cal Ifornia", state="CA", phone="916.555.0121"),
    }


@pytest.fixture
def page(officials):
    return call_page(officials.values())


def lookup(client, page, zip_code, language="en"):
    with translation.override(language):
        url = reverse("campaigns:call_officials", args=[page.pk])
    return client.post(url, {"zip_code": zip_code})


def names_in(response):
    return [h3.get_text(strip=True) for h3 in soup(response).select(".call-official h3")]


def count_shown(response):
    return soup(response).select_one(".call-count strong").get_text(strip=True)


def test_phone_numbers_are_checked_and_stored_in_one_form():
    assert normalise_phone("(202) 555-0143") == "+12025550143"
    assert normalise_phone("1-202-555-0143") == "+12025550143"
    assert normalise_phone("+52 55 5555 0143") == "+525555550143"
    for bad in ["555-0143", "call me", "+12"]:
        with pytest.raises(ValidationError):
            normalise_phone(bad)
    official = make_official("Dana Dialled", phone="202.555.0150")
    assert DecisionMaker.objects.get(pk=official.pk).phone == "+12025550150"
    assert official.tel_url == "tel:+12025550150"
    assert official.phone_display == "(202) 555-0150"
    with pytest.raises(ValidationError):
        DecisionMaker(name="Nobody", role="senator", phone="12345").full_clean()


def test_the_page_renders_in_both_languages_and_holds_nothing_personal(client, page):
    spanish = spanish_translation(page, title="Llama a los funcionarios de prueba")
    for url, label in [(page.url, "Your ZIP code"), (spanish.url, "Tu código postal")]:
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert label in html
        assert "csrfmiddlewaretoken" not in html  # the page cache may keep it for everyone
        assert "private" not in response.get("Cache-Control", "")
        assert not response.cookies
        form = soup(response).select_one("form.call-zip-form")
        assert form["method"] == "post"
    assert "0" == count_shown(client.get(page.url))


def test_a_zip_code_gives_the_national_and_the_states_officials(client, page, officials):
    response = lookup(client, page, "79901")
    assert response.status_code == 200
    assert names_in(response) == ["President Pat National", "Senator Terry Texan"]
    links = [a["href"] for a in soup(response).select(".call-phone a")]
    assert links == ["tel:+12025550101", "tel:+15125550111"]
    scripts = [s.get_text(" ", strip=True) for s in soup(response).select(".call-script")]
    assert "Please ask Terry Texan to close the test centre." in scripts[1]
    assert "A short message for Terry Texan." in scripts[1]
    # The answer is the visitor's own: never stored by a cache, and the ZIP code in no address.
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    for form in soup(response).select("form"):
        assert "79901" not in form["action"]
    assert names_in(lookup(client, page, "90210")) == [
        "President Pat National",
        "Senator Cal Ifornia",
    ]


def test_officials_without_a_number_are_left_out(client, officials):
    silent = make_official("Quiet Texan", state="TX", phone="")
    page = call_page([*officials.values(), silent])
    assert "Senator Quiet Texan" not in names_in(lookup(client, page, "79901"))


def test_a_bad_zip_code_is_refused_in_the_visitors_language(client, page):
    spanish_translation(page)
    response = lookup(client, page, "ABCDE")
    assert response.status_code == 400
    assert "We could not find this ZIP code" in response.content.decode()
    spanish = lookup(client, page, "00000", language="es")
    assert spanish.status_code == 400
    assert "No encontramos este código postal" in spanish.content.decode()
    assert not soup(spanish).select(".call-official")


def test_i_called_is_counted_once(client, page, officials):
    response = lookup(client, page, "79901")
    action, data = called_form(page, response, officials["texan"])
    sent = client.post(action, data)
    assert sent.status_code == 303
    assert sent["Location"].endswith("/thank-you/")
    thanks = client.get(sent["Location"])
    assert count_shown(thanks) == "1"
    call = CallLog.objects.get()
    assert (call.page_key, call.official, call.language) == (
        page.translation_key,
        officials["texan"],
        "en",
    )
    # The same press again (a double click, a replay): thanked, not counted.
    assert client.post(action, data).status_code == 303
    assert CallLog.objects.count() == 1
    assert count_shown(client.get(page.url)) == "1"
    # A call row holds nothing about the caller.
    fields = {f.name for f in CallLog._meta.get_fields()}
    assert fields == {"id", "page_key", "official", "language", "day"}


def test_calls_from_spanish_count_on_the_same_page(client, page, officials):
    spanish = spanish_translation(page)
    response = lookup(client, spanish, "79901", language="es")
    assert "Llamé a Terry Texan" in response.content.decode()
    action, data = called_form(spanish, response, officials["national"])
    assert action.startswith("/es/")
    assert client.post(action, data).status_code == 303
    assert CallLog.objects.get().language == "es"
    assert count_shown(client.get(page.url)) == "1"


def test_i_called_refuses_what_is_not_a_real_press(client, page, officials):
    response = lookup(client, page, "79901")
    action, data = called_form(page, response, officials["texan"])
    # Too fast: the token given with the officials, used at once.
    fast = client.post(action, {**data, "started": started_form(page, seconds_ago=0)})
    assert fast.status_code == 400
    # A token of another form.
    other = call_page(officials.values())
    foreign = client.post(action, {**data, "started": started_form(other)})
    assert foreign.status_code == 400
    # An official this page does not list.
    stranger = make_official("Not Listed", state="TX")
    assert client.post(action, {**data, "official": stranger.pk}).status_code == 400
    # The honeypot.
    assert client.post(action, {**data, "website": "http://spam"}).status_code == 400
    assert CallLog.objects.count() == 0
    # Refused, the officials come back with the message and fresh tokens.
    assert names_in(fast) == ["President Pat National", "Senator Terry Texan"]
    assert soup(fast).select_one(".form-errors")


def test_without_tokens_the_press_comes_back_ready_to_send(client, page, officials):
    response = lookup(client, page, "79901")
    action, data = called_form(page, response, officials["texan"], started="")
    again = client.post(action, data)
    assert again.status_code == 400
    assert CallLog.objects.count() == 0
    assert soup(again).select("form[data-called] input[name=started]")[0]["value"]


def test_the_rate_limit_stops_pumping(client, page, officials, settings):
    settings.ACTION_RATE_LIMIT = 2
    response = lookup(client, page, "79901")
    statuses = []
    for _ in range(4):
        action, data = called_form(page, response, officials["national"])
        statuses.append(client.post(action, data).status_code)
    assert statuses == [303, 303, 429, 429]
    assert CallLog.objects.count() == 2


def test_the_officials_answer_costs_the_same_for_more_officials(client, officials):
    few = call_page(officials.values())
    many = call_page(
        [*officials.values(), *(make_official(f"Texan {i}", state="TX") for i in range(6))]
    )
    counts = []
    for page in (few, many):
        lookup(client, page, "79901")
        with CaptureQueriesContext(connection) as captured:
            response = lookup(client, page, "79901")
        assert response.status_code == 200
        counts.append(len(captured))
    assert len(names_in(response)) == 8
    assert counts[0] == counts[1], counts
    assert counts[1] <= 12, counts


def test_staff_see_calls_per_official_and_day_campaign_data_only(client, page, officials):
    from campaigns.models import CallLog

    CallLog.objects.create(
        page_key=page.translation_key, official=officials["texan"], language="en"
    )
    CallLog.objects.create(
        page_key=page.translation_key, official=officials["texan"], language="es"
    )
    CallLog.objects.create(
        page_key=page.translation_key, official=officials["national"], language="en"
    )
    report = reverse("campaigns_call_report") + f"?page={page.translation_key}"
    client.force_login(make_user("editor-calls", groups=["Editors"]))
    assert client.get(report).status_code in (302, 403)
    assert client.get(reverse("campaigns_call_report_csv")).status_code in (302, 403)
    client.force_login(make_user("data-calls", groups=["Campaign data"]))
    response = client.get(report)
    assert response.status_code == 200
    rows = [
        [td.get_text(strip=True) for td in tr.select("td")]
        for tr in soup(response).select("table")[0].select("tbody tr")
    ]
    assert rows == [["Terry Texan, TX", "2"], ["Pat National", "1"]]
    day_rows = soup(response).select("table")[1].select("tbody tr")
    assert day_rows[0].select("td")[1].get_text(strip=True) == "3"
    exported = client.get(reverse("campaigns_call_report_csv") + f"?page={page.translation_key}")
    assert exported.status_code == 200
    lines = list(csv.reader(io.StringIO(exported.content.decode())))
    assert lines[0] == ["Day", "Official", "Role", "State", "Language", "Calls"]
    assert sorted(line[1:] for line in lines[1:]) == [
        ["Pat National", "president", "", "en", "1"],
        ["Terry Texan", "senator", "TX", "en", "1"],
        ["Terry Texan", "senator", "TX", "es", "1"],
    ]


def test_the_page_is_kept_by_the_page_cache_and_the_answer_is_not(page, settings):
    from django.core.cache import cache
    from django.test import Client

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    first = Client().get(page.url)
    assert first["X-Page-Cache"] == "miss" and "Set-Cookie" not in first
    second = Client().get(page.url)
    assert second["X-Page-Cache"] == "hit"
    answers = [lookup(Client(), page, "79901") for _ in range(2)]
    assert [a.get("X-Page-Cache", "") for a in answers] != ["hit", "hit"]
    assert all("no-store" in a["Cache-Control"] for a in answers)


@pytest.mark.parametrize(
    "data",
    [{}, {"zip_code": "9" * 5000}, {"zip_code": "<script>"}, {"zip_code": "\x00"},
     {"zip_code": "٧٩٩٠١"}],
)  # fmt: skip
def test_junk_zip_codes_get_a_400_never_an_error(client, page, data):
    with translation.override("en"):
        url = reverse("campaigns:call_officials", args=[page.pk])
    assert client.post(url, data).status_code == 400
    assert client.get(url).status_code == 405
    assert client.post(url.replace(str(page.pk), "999999"), data).status_code == 404


@pytest.mark.parametrize("official", ["", "abc", "99999999999999999999", "-1", "1.5"])
def test_junk_i_called_presses_store_nothing(client, page, officials, official):
    response = lookup(client, page, "79901")
    action, data = called_form(page, response, officials["texan"])
    assert client.post(action, {**data, "official": official}).status_code == 400
    assert client.post(action, {"started": started_form(page)}).status_code == 400
    assert CallLog.objects.count() == 0


def test_the_page_editor_links_campaign_data_staff_to_the_calls(client, page):
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    report = reverse("campaigns_call_report") + f"?page={page.translation_key}"
    client.force_login(make_user("super-button", superuser=True))
    assert report in client.get(edit).content.decode()
    client.force_login(make_user("editor-button", groups=["Editors"]))
    assert report not in client.get(edit).content.decode()


def test_the_count_is_written_in_the_readers_language(client, page, officials):
    CallLog.objects.bulk_create(
        CallLog(page_key=page.translation_key, official=officials["texan"], language="en")
        for _ in range(1234)
    )
    assert count_shown(client.get(page.url)) == "1,234"
    # Spanish groups from five digits on (home.numbers), not as a thousands separator would.
    assert count_shown(client.get(spanish_translation(page).url)) == "1234"
