"""Settings that are the same in every language (texts belong in translatable snippets)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="image")
class SiteBranding(BaseGenericSetting):
    default_share_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("default share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Used for social cards when a page has no share or hero image."),
    )
    x_handle = models.CharField(
        _("X handle"), max_length=40, blank=True, help_text=_("Without the @, for card tags.")
    )

    panels = [FieldPanel("default_share_image"), FieldPanel("x_handle")]

    class Meta:
        verbose_name = _("site branding")


@register_setting(icon="doc-full")
class SitePages(BaseGenericSetting):
    """Pages the frame links to on its own: the footer and every public form link to the
    privacy notice, and press contacts without an email address link to the contact form.
    Chosen once; visitors get the version in their language."""

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The footer and every public form link to it."),
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Contact cards without an email address link to it."),
    )

    panels = [FieldPanel("privacy_page"), FieldPanel("contact_page")]

    class Meta:
        verbose_name = _("privacy and contact pages")
