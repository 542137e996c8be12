"""Header menu, footer links and social profiles: one translatable snippet per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import LinkBlock

SOCIAL_PLATFORMS = [
    ("bluesky", "Bluesky"),
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("mastodon", "Mastodon"),
    ("tiktok", "TikTok"),
    ("whatsapp", "WhatsApp"),
    ("x", "X"),
    ("youtube", "YouTube"),
]


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(choices=SOCIAL_PLATFORMS)
    url = blocks.URLBlock()
    handle = blocks.CharBlock(required=False, max_length=80)

    class Meta:
        icon = "site"


class SiteNavigation(TranslatableMixin, models.Model):
    """Edited once per language; the Spanish copy is a wagtail-localize translation."""

    header_links = StreamField(
        [("link", LinkBlock())], blank=True, max_num=7, verbose_name=_("header menu")
    )
    donate_link = StreamField(
        [("link", LinkBlock())], blank=True, max_num=1, verbose_name=_("donate button")
    )
    footer_links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("footer links"))
    social_links = StreamField(
        [("social", SocialLinkBlock())], blank=True, verbose_name=_("social profiles")
    )
    footer_text = RichTextField(
        _("footer text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Who runs the site, a short notice."),
    )

    panels = [
        FieldPanel("header_links"),
        FieldPanel("donate_link"),
        FieldPanel("footer_links"),
        FieldPanel("social_links"),
        FieldPanel("footer_text"),
    ]

    translatable_fields = [
        TranslatableField("header_links"),
        TranslatableField("donate_link"),
        TranslatableField("footer_links"),
        # Profile addresses are the same in every language; the handle is not prose.
        SynchronizedField("social_links"),
        TranslatableField("footer_text"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site navigation")
        verbose_name_plural = _("site navigation")

    def __str__(self):
        return f"{_('Site navigation')} ({self.locale.get_display_name()})"


register_snippet(SiteNavigation)
