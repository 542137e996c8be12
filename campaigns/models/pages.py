"""Campaign pages. The take-action pages (petitions, letters, stories) and the personal data
they collect live in this app too, and nowhere else."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import TranslatableField

from home.models import ContentPage


class CampaignPage(ContentPage):
    """One cause: why it matters, the figures, the demands, and what a visitor can do."""

    kicker = models.CharField(
        _("kicker"),
        max_length=80,
        blank=True,
        help_text=_("A short label above the title, such as 'Campaign' or 'Detention'."),
    )

    content_panels = (
        ContentPage.content_panels[:1] + [FieldPanel("kicker")] + (ContentPage.content_panels[1:])
    )

    translatable_fields = ContentPage.translatable_fields + [TranslatableField("kicker")]

    parent_page_types = ["home.HomePage", "campaigns.CampaignPage"]
    subpage_types = [
        "campaigns.CampaignPage",
        "campaigns.ActionPage",
        "campaigns.StoryFormPage",
        "campaigns.SignupPage",
        "campaigns.CallPage",
        "campaigns.WelcomePage",
        "campaigns.VideoPromptPage",
        "home.StandardPage",
    ]
    template = "campaigns/campaign_page.html"
    content_fragment = True

    class Meta:
        verbose_name = _("campaign page")
