"""The site's frame: the home page of each language and plain content pages."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyStreamBlock, LinkBlock
from home.streams import prepare_stream


def asking_for(page_model, attribute):
    """The page types whose own `attribute` ("parent_page_types" or "subpage_types") names
    `page_model`: how the frame lets content apps place their pages without naming them."""
    clean = {
        "parent_page_types": "clean_parent_page_models",
        "subpage_types": "clean_subpage_models",
    }[attribute]
    return [
        model
        for model in get_page_models()
        if getattr(model, attribute, None) is not None and page_model in getattr(model, clean)()
    ]


class ContentPage(Page):
    """What every public page has: an introduction, a hero image, a body of shared blocks and
    the image used when the page is shared. Abstract: each content app adds its own type."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences under the title; also the summary in listings."),
    )
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alt text"),
        max_length=255,
        blank=True,
        help_text=_(
            "Describe the picture for people who cannot see it. Empty: the image's default."
        ),
    )
    body = StreamField(BodyStreamBlock, blank=True, verbose_name=_("body"))
    share_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when the page is shared on social media (1200×630 works best). "
            "Empty: the hero image, then the site's default."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")
        ),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("share_image")]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    # Texts reach translators; pictures and structure stay the same in every language.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("hero_image_alt"),
        TranslatableField("body"),
        SynchronizedField("hero_image"),
        SynchronizedField("share_image"),
        SynchronizedField("show_in_menus"),
    ]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.intro

    def get_share_image(self):
        return self.share_image or self.hero_image

    # True where the page's template wraps its content in {% page_fragment %}: the content is
    # then rendered once per published version and kept, and prepared only when it is made.
    content_fragment = False

    def prepare_for_render(self):
        """Fetch in a fixed number of queries what the content's blocks show."""
        prepare_stream(self.body, extra_images=[self.hero_image])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if not self.content_fragment:
            self.prepare_for_render()
        return context


class HomePage(ContentPage):
    """One per language, at the root of that language's tree."""

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=200,
        blank=True,
        help_text=_("The large statement at the top. Empty: the page title."),
    )
    hero_link = StreamField(
        [("link", LinkBlock())],
        blank=True,
        max_num=2,
        verbose_name=_("hero buttons"),
    )

    content_panels = [
        FieldPanel("title"),
        FieldPanel("hero_heading"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")
        ),
        FieldPanel("hero_link"),
        FieldPanel("body"),
    ]

    translatable_fields = ContentPage.translatable_fields + [
        TranslatableField("hero_heading"),
        TranslatableField("hero_link"),
    ]
    # The home page's slug is the same in every language (its URL is the locale prefix).
    override_translatable_fields = [SynchronizedField("slug")]

    parent_page_types = ["wagtailcore.Page"]
    # No subpage_types: the frame names no content app. Standard pages go under the home page,
    # and so does every page type whose own parent_page_types names it (see `asking_for`).

    @classmethod
    def clean_subpage_models(cls):
        if cls._clean_subpage_models is None:
            cls._clean_subpage_models = [
                StandardPage,
                *(m for m in asking_for(cls, "parent_page_types") if m is not StandardPage),
            ]
        return cls._clean_subpage_models

    max_count_per_parent = None
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("home page")

    content_fragment = True

    def prepare_for_render(self):
        prepare_stream(self.body, self.hero_link, extra_images=[self.hero_image])


class StandardPage(ContentPage):
    """A plain page built from the shared blocks: about the coalition, a policy explainer."""

    subpage_types = ["home.StandardPage"]

    # Under the home page, itself, and any page type whose subpage_types names it (a campaign).
    @classmethod
    def clean_parent_page_models(cls):
        if cls._clean_parent_page_models is None:
            cls._clean_parent_page_models = [
                HomePage,
                StandardPage,
                *(m for m in asking_for(cls, "subpage_types") if m not in (HomePage, StandardPage)),
            ]
        return cls._clean_parent_page_models

    template = "home/standard_page.html"
    content_fragment = True

    class Meta:
        verbose_name = _("standard page")
