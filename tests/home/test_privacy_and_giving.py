"""The privacy notice and the contact page named in a setting reach every page in the
visitor's language (footer, every public form, press contacts without an email), and the
donate page offers a Give button only when a payment provider is set."""

import pytest
from wagtail.models import Locale

from campaigns.models import (
    ActionPage,
    SignupPage,
    StoryFormPage,
    VideoPromptPage,
    WelcomePage,
)
from home.models import DonatePage, GivingSettings, HomePage, SiteNavigation, SitePages
from tests.factories import contact_page, h1_texts, soup, spanish_translation, standard_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(db):
    """A privacy notice of our own, in both languages, named in the setting."""
    english, spanish = standard_page("How we keep your data", "how-we-keep-your-data")
    chosen = SitePages.load()
    chosen.privacy_page = english
    chosen.save()
    return english, spanish


def footer_links(response):
    return {a["href"]: a.get_text(strip=True) for a in soup(response).select(".site-footer a")}


def test_the_footer_links_to_the_notice_in_the_visitors_language_once(client, notice):
    english, spanish = notice
    for home, page, label in (
        (HomePage.objects.get(locale__language_code="en"), english, "Privacy notice"),
        (HomePage.objects.get(locale__language_code="es"), spanish, "Aviso de privacidad"),
    ):
        links = footer_links(client.get(home.url))
        assert links.get(page.url) == label
    # A footer link an editor placed on the same page is not doubled.
    navigation = SiteNavigation.objects.get(locale__language_code="en")
    navigation.footer_links = [("link", {"text": "Your data", "page": english, "url": ""})]
    navigation.save()
    html = client.get(HomePage.objects.get(locale__language_code="en").url).content.decode()
    assert html.count(f'href="{english.url}"') == 1


def test_without_a_notice_the_footer_adds_no_link(client):
    chosen = SitePages.load()
    chosen.privacy_page = None
    chosen.save()
    links = footer_links(client.get(HomePage.objects.get(locale__language_code="en").url))
    assert "Privacy notice" not in links.values()


def test_every_public_form_links_to_the_notice_beside_its_consent(client, notice):
    english, spanish = notice
    contact_en, contact_es = contact_page()
    spanish_locale = Locale.objects.get(language_code="es")
    forms = [contact_en, contact_es]
    for model in (ActionPage, StoryFormPage, SignupPage, WelcomePage, VideoPromptPage):
        page = model.objects.live().filter(locale__language_code="en").first()
        forms += [page, page.get_translation(spanish_locale)]
    for page in forms:
        response = client.get(page.url)
        form = soup(response).select_one("form.public-form")
        link = form.select_one(".form-privacy a")
        expected = english if page.locale.language_code == "en" else spanish
        assert link is not None and link["href"] == expected.url, page.url


def test_press_contacts_without_an_email_lead_to_the_contact_form(client):
    english, spanish = contact_page()
    chosen = SitePages.load()
    chosen.contact_page = english
    chosen.save()
    about, about_es = standard_page("Talk to our press team", "talk-to-our-press-team")
    card = {"heading": "Press", "name": "Lucía", "role": "", "email": "", "phone": ""}
    card["languages"] = ""
    about.body = [("contact", card)]
    about.save_revision().publish()
    about_es = spanish_translation(about)
    for page, target, label in ((about, english, "Our contact form"), (about_es, spanish, None)):
        link = soup(client.get(page.url)).select_one(".contact-card a")
        assert link["href"] == target.url, page.url
        if label:
            assert link.get_text(strip=True) == label


def donate_pages():
    english = DonatePage.objects.live().get(locale__language_code="en")
    return english, english.get_translation(Locale.objects.get(language_code="es"))


def test_without_a_provider_the_donate_page_says_so_and_has_no_button(client):
    giving = GivingSettings.load()
    giving.provider_name, giving.provider_url = "", ""
    giving.save()
    for page, words in zip(donate_pages(), ("not set up", "no están configuradas"), strict=True):
        response = client.get(page.url)
        assert response.status_code == 200
        assert h1_texts(response) == [page.title]
        panel = soup(response).select_one(".give-panel")
        assert words in panel.get_text()
        assert not panel.select("a")


def test_with_a_provider_the_donate_page_gives_through_it(client):
    giving = GivingSettings.load()
    giving.provider_name = "Harbor Giving"
    giving.provider_url = "https://give.harbor-giving.test/border-humanity"
    giving.save()
    for page, words in zip(donate_pages(), ("Give through", "Dona a través de"), strict=True):
        button = soup(client.get(page.url)).select_one(".give-panel a.button")
        assert button["href"] == giving.provider_url
        assert button.get_text(strip=True) == f"{words} Harbor Giving"
