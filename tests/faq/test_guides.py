"""Know-your-rights guides: scenarios, words to say, hotlines, the notice, the wallet card, the
offline worker, the audio block."""

import pytest

from faq.models import KnowYourRightsPage, KnowYourRightsSettings, LegalNotice
from tests.factories import h1_texts, make_user, soup

pytestmark = pytest.mark.django_db


def guide(code, slug_part="border"):
    """The demo guide whose English slug holds `slug_part`, in language `code`."""
    english = KnowYourRightsPage.objects.get(locale__language_code="en", slug__contains=slug_part)
    return KnowYourRightsPage.objects.live().get(
        locale__language_code=code, translation_key=english.translation_key
    )


@pytest.mark.parametrize("code", ["en", "es"])
def test_guide_shows_scenarios_with_do_and_dont_lists(client, code):
    page = guide(code)
    response = client.get(page.url)
    assert response.status_code == 200
    assert h1_texts(response) == [page.title]
    html = soup(response)
    scenarios = html.select(".scenario")
    assert len(scenarios) == 3
    for scenario in scenarios:
        assert scenario.select(".do li")
        assert scenario.find_parent(id=True)["id"] in {
            "at-the-border",
            "at-a-checkpoint",
            "in-detention",
        }
    assert html.select(".dont li")


def test_hotlines_are_tap_to_call_links(client):
    html = soup(client.get(guide("en").url))
    numbers = {a["href"]: a.get_text(strip=True) for a in html.select("a.hotline-number")}
    assert numbers["tel:+15550100142"] == "+1 555 010 0142"
    assert "tel:+15550100187" in numbers


def test_spanish_guide_gives_the_english_words_to_say_to_an_officer(client):
    html = soup(client.get(guide("es").url))
    phrase = html.select(".phrase")[0]
    assert phrase.blockquote.get_text(strip=True) == "Tengo miedo de volver a mi país."
    english = phrase.select_one('q[lang="en"]')
    assert english.get_text(strip=True) == "I am afraid to return to my country."
    # On the English guide the sentence is not repeated.
    assert not soup(client.get(guide("en").url)).select('.phrase q[lang="en"]')


@pytest.mark.parametrize("code, words", [("en", "not legal advice"), ("es", "no asesoría legal")])
def test_not_legal_advice_notice_from_settings_in_the_visitors_language(client, code, words):
    html = soup(client.get(guide(code).url))
    assert words in html.select_one(".legal-notice").get_text(" ", strip=True)


def test_the_notice_is_set_once_for_every_guide(client):
    notice = LegalNotice.objects.get(locale__language_code="en")
    notice.text = "<p>Ask a lawyer before you act.</p>"
    notice.save()
    for slug in ("border", "home"):
        assert "Ask a lawyer before you act." in client.get(guide("en", slug).url).content.decode()
    settings = KnowYourRightsSettings.load()
    settings.legal_notice = None
    settings.save()
    assert not soup(client.get(guide("en").url)).select(".legal-notice")


def test_every_guide_links_to_its_wallet_card(client):
    guides = KnowYourRightsPage.objects.live()
    assert {page.locale.language_code for page in guides} == {"en", "es"}
    for page in guides:
        html = soup(client.get(page.url))
        assert html.select_one(f'a[href="{page.url}card/"]') is not None


@pytest.mark.parametrize("code, other", [("es", "en"), ("en", "es")])
def test_wallet_card_has_two_languages_on_two_sides(client, code, other):
    page = guide(code)
    response = client.get(page.url + "card/")
    assert response.status_code == 200
    html = soup(response)
    assert len(html.find_all("h1")) == 1
    sides = html.select(".card-side")
    assert [s["lang"] for s in sides] == [code, other]
    assert 1 <= len(sides[0].select(".card-rights li")) <= 5
    assert sides[0].select_one('a[href="tel:+15550100142"]')
    english = sides[[code, other].index("en")]
    assert "You have the right to remain silent." in english.get_text()
    assert "Not legal advice".lower() in english.select_one(".card-notice").get_text().lower()


def test_the_card_is_limited_to_what_fits():
    from django.core.exceptions import ValidationError

    page = guide("en")
    page.card_rights = "\n".join(["A right that is short enough."] * 6)
    with pytest.raises(ValidationError):
        page.full_clean()
    page.card_rights = "x" * 91
    with pytest.raises(ValidationError):
        page.full_clean()


def test_offline_worker_is_scoped_to_its_guide(client):
    page = guide("en")
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


def test_what_an_editor_sees_is_never_kept_offline(client):
    page = guide("en")
    assert "private" not in client.get(page.url).get("Cache-Control", "")
    client.force_login(make_user(superuser=True))
    assert "private" in client.get(page.url)["Cache-Control"]


def test_audio_block_plays_the_recording_and_shows_its_transcript(client):
    html = soup(client.get(guide("es").url))
    audio = html.select_one(".audio audio")
    assert audio["src"].startswith("/documents/")
    assert audio["preload"] == "none"
    assert "Tienes derechos" in html.select_one(".audio .transcript").get_text()
    assert client.get(audio["src"]).status_code == 200


def test_overdue_review_is_shown_to_the_public(client):
    overdue = soup(client.get(guide("en", "home").url)).select_one(".reviewed")
    assert "check with a lawyer" in overdue.get_text()
    fresh = soup(client.get(guide("en", "border").url)).select_one(".reviewed")
    assert "check with a lawyer" not in fresh.get_text()
