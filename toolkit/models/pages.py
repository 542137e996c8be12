"""Toolkit pages: packs of pictures and posts that supporters download and share."""

from django.db import models
from django.db.models import Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import ContentPage
from page_cache.dependencies import depends_on_type

from ..assets import annotate_packs
from ..blocks import ToolkitStreamBlock
from .social_cards import SocialCard


class ToolkitPage(ContentPage):
    """Packs of pictures and posts that supporters download and share."""

    file_prefix = models.SlugField(
        _("file name prefix"),
        max_length=40,
        blank=True,
        help_text=_("Starts every downloaded file's name, e.g. 'end-detention'. Empty: the slug."),
    )
    packs = StreamField(ToolkitStreamBlock(), blank=True, verbose_name=_("asset packs"))

    content_panels = ContentPage.content_panels + [FieldPanel("packs")]
    promote_panels = ContentPage.promote_panels + [FieldPanel("file_prefix")]

    search_fields = ContentPage.search_fields + [index.SearchField("packs")]

    translatable_fields = ContentPage.translatable_fields + [
        TranslatableField("packs"),
        # File names stay the same in every language, so a shared file is recognisable.
        SynchronizedField("file_prefix"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "toolkit/toolkit_page.html"

    class Meta:
        verbose_name = _("toolkit page")

    def get_file_prefix(self):
        return self.file_prefix or self.slug

    def get_share_image(self):
        """A social card chosen as share image is shown in the page's own language: the
        translation, in this page's locale, of the first card drawn on the chosen image (one
        query), else the chosen image itself."""
        image_id = self.share_image_id or self.hero_image_id
        if image_id is None:
            return None
        depends_on_type(SocialCard)  # a card made later for this image changes it
        first_card = SocialCard.objects.filter(image_id=image_id).order_by("pk")
        local = (
            SocialCard.objects.filter(
                translation_key=Subquery(first_card.values("translation_key")[:1]),
                locale_id=self.locale_id,
                image__isnull=False,
            )
            .select_related("image")
            .first()
        )
        return local.image if local is not None else super().get_share_image()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["packs"] = annotate_packs(self, request)
        return context


# Social cards -------------------------------------------------------------------------------
