"""Donations: the organisation's payment provider (a setting, the same in every language) and
the donate page that explains where gifts go and links to it. Without a provider the page
says plainly that online giving is not set up: never a button that leads nowhere."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .pages import ContentPage


@register_setting(icon="pick")
class GivingSettings(BaseGenericSetting):
    provider_name = models.CharField(
        _("payment provider"),
        max_length=80,
        blank=True,
        help_text=_("Who takes the gifts for you, as donors will see it on the next page."),
    )
    provider_url = models.URLField(
        _("giving page address"),
        blank=True,
        help_text=_("Where the Give button leads. Empty: donate pages say giving is not set up."),
    )

    panels = [FieldPanel("provider_name"), FieldPanel("provider_url")]

    class Meta:
        verbose_name = _("donations")

    @property
    def ready(self):
        return bool(self.provider_url)


class DonatePage(ContentPage):
    """Where gifts go, in the editors' words, then the Give button (from GivingSettings)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "home/donate_page.html"
    search_fields = ContentPage.search_fields
    translatable_fields = ContentPage.translatable_fields

    class Meta:
        verbose_name = _("donate page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["giving"] = GivingSettings.load(request_or_site=request)
        return context
