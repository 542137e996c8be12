"""Know-your-rights guides: scenarios, words to say, hotlines, the notice, the wallet card, the
offline worker, the audio block."""

import pytest

from faq.models import KnowYourRightsPage, KnowYourRightsSettings
from tests.factories import (
    FAQ_TEXT,
    HOTLINE,
    HOTLINE_TEL,
    SCENARIO_ANCHORS,
    h1_texts,
    make_user,
    soup,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["en", "es"])
def test_guide_shows_scenarios_with_do_and_dont_lists(client, guides, code):
    page = guides[code]
    response = client.get(page.url)
    assert response.status_code == 200
    assert h1_texts(response) == [page.title]
    html = soup(response)
    scenarios = html.select(".scenario")
    assert len(scenarios) == 3
    for scenario in scenarios:
        assert [li.get_text(strip=True) for li in scenario.select(".do li")] == [
            "Stay calm.",
            "Ask for a lawyer.",
        ]
    anchors = [s.find_parent(id=True)["id"] for s in scenarios]
    assert anchors == SCENARIO_ANCHORS
    for title in FAQ_TEXT[code]["scenarios"]:
        assert title in html.get_text()
    assert html.select(".dont li")


def test_hotlines_are_tap_to_call_links(client, guides):
    html = soup(client.get(guides["en"].url))
    numbers = {a["href"]: a.get_text(strip=True) for a in html.select("a.hotline-number")}
    assert numbers == {HOTLINE_TEL: HOTLINE}


def test_spanish_guide_gives_the_english_words_to_say_to_an_officer(client, guides):
    html = soup(client.get(guides["es"].url))
    phrase = html.select(".phrase")[0]
    assert phrase.blockquote.get_text(strip=True) == FAQ_TEXT["es"]["phrase"]
    english = phrase.select_one('q[lang="en"]')
    assert english.get_text(strip=True) == FAQ_TEXT["en"]["phrase"]
    # On the English guide the sentence is not repeated.
    assert not soup(client.get(guides["en"].url)).select('.phrase q[lang="en"]')


@pytest.mark.parametrize("code", ["en", "es"])
def test_not_legal_advice_notice_from_settings_in_the_visitors_language(client, guides, code):
    html = soup(client.get(guides[code].url))
    assert FAQ_TEXT[code]["notice"] in html.select_one(".legal-notice").get_text(" ", strip=True)


def test_the_notice_is_set_once_for_every_guide(client, guides, legal_notice):
    notice = legal_notice["en"]
    notice.text = "<p>Ask a lawyer before you act.</p>"
    notice.save()
    for page in (guides["en"], guides["overdue"]):
        assert "Ask a lawyer before you act." in client.get(page.url).content.decode()
    settings = KnowYourRightsSettings.load()
    settings.legal_notice = None
    settings.save()
    assert not soup(client.get(guides["en"].url)).select(".legal-notice")


def test_every_guide_links_to_its_wallet_card(client, guides):
    pages = KnowYourRightsPage.objects.live()
    assert {page.locale.language_code for page in pages} == {"en", "es"}
    assert {guides["en"].pk, guides["es"].pk} <= {page.pk for page in pages}
    card = {"en": "card/", "es": "tarjeta/"}  # the sub-address in the guide's language
    for page in pages:
        html = soup(client.get(page.url))
        assert html.select_one(f'a[href="{page.url}{card[page.locale.language_code]}"]')


@pytest.mark.parametrize("code, other", [("es", "en"), ("en", "es")])
def test_wallet_card_has_two_languages_on_two_sides(client, guides, code, other):
    page = guides[code]
    response = client.get(page.url + {"en": "card/", "es": "tarjeta/"}[code])
    assert response.status_code == 200
    html = soup(response)
    assert len(html.find_all("h1")) == 1
    sides = html.select(".card-side")
    assert [s["lang"] for s in sides] == [code, other]
    rights = [li.get_text(strip=True) for li in sides[0].select(".card-rights li")]
    assert rights == FAQ_TEXT[code]["card_rights"].splitlines()
    assert sides[0].select_one(f'a[href="{HOTLINE_TEL}"]')
    english = sides[[code, other].index("en")]
    assert "You may stay silent." in english.get_text()
    assert FAQ_TEXT["en"]["card_notice"] in english.select_one(".card-notice").get_text()


def test_the_card_is_limited_to_what_fits(guides):
    from django.core.exceptions import ValidationError

    page = guides["en"]
    page.full_clean()  # as built, the card fits
    page.card_rights = "\n".join(["A right that is short enough."] * 6)
    with pytest.raises(ValidationError):
        page.full_clean()
    page.card_rights = "x" * 91
    with pytest.raises(ValidationError):
        page.full_clean()


def test_offline_worker_is_scoped_to_its_guide(client, guides):
    page = guides["en"]
    response = client.get(page.url + "offline-worker/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == page.url
    body = response.content.decode()
    assert f'"{page.url}"' in body and f'"{page.url}card/"' in body
    assert "/admin" not in body
    html = soup(client.get(page.url))
    root = html.select_one("[data-guide]")
    assert root["data-scope"] == page.url
    assert root["data-worker"] == page.url + "offline-worker/"


def test_other_pages_do_not_register_the_worker(client, home_en):
    assert b"guide.js" not in client.get(home_en.url).content


def test_what_an_editor_sees_is_never_kept_offline(client, guides):
    page = guides["en"]
    assert "private" not in client.get(page.url).get("Cache-Control", "")
    client.force_login(make_user(superuser=True))
    assert "private" in client.get(page.url)["Cache-Control"]


def test_audio_block_plays_the_recording_and_shows_its_transcript(client, guides):
    html = soup(client.get(guides["es"].url))
    audio = html.select_one(".audio audio")
    assert audio["src"].startswith("/documents/")
    assert audio["preload"] == "none"
    assert FAQ_TEXT["es"]["transcript"] in html.select_one(".audio .transcript").get_text()
    assert client.get(audio["src"]).status_code == 200


def test_overdue_review_is_shown_to_the_public(client, guides):
    overdue = soup(client.get(guides["overdue"].url)).select_one(".reviewed")
    assert "check with a lawyer" in overdue.get_text()
    fresh = soup(client.get(guides["en"].url)).select_one(".reviewed")
    assert "check with a lawyer" not in fresh.get_text()
