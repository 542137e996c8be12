"""An editor can create every page type where it belongs, and nowhere else."""

from django.apps import apps
from django.utils.html import escape
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from campaigns.models import (
    ActionPage,
    CallPage,
    CampaignPage,
    ContactPage,
    SignupPage,
    StoryFormPage,
    VideoPromptPage,
    WelcomePage,
)
from faq.models import FAQIndexPage, KnowYourRightsPage
from home.models import DonatePage, HomePage, StandardPage
from journey.models import JourneyPage
from tests.factories import (
    build_journey,
    home_page,
    make_campaign,
    make_standard_page,
    spanish_translation,
    translate_journey,
)
from toolkit.models import ToolkitPage


def _list(items):
    """ListBlock form data: each item with its order and deletion flag."""
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i)} for i, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def campaign_body():
    return streamfield(
        [
            ("heading", {"text": "Why it matters", "level": "h2", "anchor": "why"}),
            ("text", rich_text("<p>People who ask for protection deserve a fair hearing.</p>")),
            (
                "demands",
                {
                    "heading": "We ask",
                    "intro": rich_text(""),
                    "demands": _list([rich_text("<p>End family detention.</p>")]),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Add your name",
                    "text": rich_text("<p>It takes a minute.</p>"),
                    "link": {"text": "Sign", "page": "", "url": "https://example.org/sign"},
                    "style": "primary",
                },
            ),
        ]
    )


TAKE_ACTION = {ActionPage, StoryFormPage, SignupPage, CallPage, WelcomePage, VideoPromptPage}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        news_index = apps.get_model("news", "NewsIndexPage")
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                CampaignPage,
                JourneyPage,
                news_index,
                ToolkitPage,
                FAQIndexPage,
                KnowYourRightsPage,
                ContactPage,
                DonatePage,
                *TAKE_ACTION,
            },
        )

    def test_campaign_pages_live_under_home_or_another_campaign(self):
        self.assertAllowedParentPageTypes(CampaignPage, {HomePage, CampaignPage})
        self.assertAllowedSubpageTypes(CampaignPage, {CampaignPage, StandardPage, *TAKE_ACTION})

    def test_take_action_pages_live_under_home_or_a_campaign_and_have_no_children(self):
        for page_type in TAKE_ACTION:
            self.assertAllowedParentPageTypes(page_type, {HomePage, CampaignPage})
            self.assertAllowedSubpageTypes(page_type, set())

    def test_standard_pages_nest_under_any_content_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage, CampaignPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanNotCreateAt(StandardPage, HomePage)


class EditorCreatesPagesTests(WagtailPageTestCase):
    def setUp(self):
        self.user = self.login()  # a superuser, as the communications lead is
        self.home = HomePage.objects.get(locale__language_code="en")

    def test_editor_creates_a_campaign_page_with_blocks(self):
        data = nested_form_data(
            {
                "title": "Stop family detention",
                "slug": "stop-family-detention",
                "kicker": "Detention",
                "intro": "Children do not belong in detention.",
                "hero_image_alt": "",
                "body": campaign_body(),
            }
        )
        self.assertCanCreate(self.home, CampaignPage, data)
        page = CampaignPage.objects.get(slug="stop-family-detention")
        self.assertEqual(
            [b.block_type for b in page.body], ["heading", "text", "demands", "call_to_action"]
        )

    def test_editor_creates_a_standard_page(self):
        data = nested_form_data(
            {
                "title": "Press room",
                "slug": "press-room",
                "intro": "For journalists.",
                "hero_image_alt": "",
                "body": streamfield([("text", rich_text("<p>Call us.</p>"))]),
            }
        )
        self.assertCanCreate(self.home, StandardPage, data)

    def test_editor_creates_a_home_page_for_a_new_site(self):
        root = Page.get_first_root_node()
        data = nested_form_data(
            {
                "title": "Second campaign site",
                "slug": "second-site",
                "hero_heading": "Welcome",
                "intro": "",
                "hero_image_alt": "",
                "hero_link": streamfield([]),
                "body": streamfield([]),
            }
        )
        self.assertCanCreate(root, HomePage, data)

    def test_every_demo_page_opens_in_its_editor_and_previews(self):
        pages = Page.objects.filter(depth__gt=1).specific()
        self.assertTrue(pages.filter(locale__language_code="es").exists())
        for page in pages:
            with self.subTest(page=page.url_path, locale=page.locale.language_code):
                response = self.client.get(f"/admin/pages/{page.pk}/edit/")
                self.assertEqual(response.status_code, 200)
                if page.locale.language_code == "es":
                    # A Spanish page is a translation: its editor is wagtail-localize's.
                    self.assertContains(response, "translation-editor")
                else:
                    self.assertContains(response, 'id="page-edit-form"')
                preview = page.make_preview_request()
                self.assertEqual(preview.status_code, 200)
                self.assertContains(preview, escape(page.title))


class PagesRenderInBothLanguagesTests(WagtailPageTestCase):
    def test_each_page_type_routes_and_renders_in_english_and_spanish(self):
        home = home_page("en")
        standard = make_standard_page()
        journey = build_journey(home, [("Back to the start page", home)])
        built = {
            HomePage: (home, home_page("es")),
            CampaignPage: make_campaign(spanish="Campaña de prueba: abrir el puerto"),
            StandardPage: (standard, spanish_translation(standard, title="Página de prueba")),
            JourneyPage: (journey, translate_journey(journey)),
        }
        for model, pages in built.items():
            for code, page in zip(("en", "es"), pages, strict=True):
                with self.subTest(model=model.__name__, locale=code):
                    self.assertEqual(page.locale.language_code, code)
                    self.assertPageIsRenderable(page)
                    response = self.client.get(page.url)
                    self.assertContains(response, f'<html lang="{code}"')
                    self.assertContains(response, escape(page.title))
