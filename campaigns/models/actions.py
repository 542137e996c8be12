"""Petitions and sign-on letters: the letter, its demands (blocks), the form, the count."""

from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import LinkBlock
from home.blocks.choosers import SnippetChooserBlock
from home.blocks.text import RICH_TEXT_FEATURES
from home.models import ContentPage
from home.streams import prepare_stream

from ..forms import OrganisationForm, SignatureForm
from ..targeting import remember_state, targets_context, thank_you_recipients
from .public_form import PublicFormPage


class ActionPage(PublicFormPage):
    """A petition or sign-on letter. Every language version adds to one count."""

    class Kind(models.TextChoices):
        PETITION = "petition", _("Petition")
        LETTER = "letter", _("Sign-on letter")
        TARGETED = "targeted", _("Letter to decision makers (by the signer's ZIP code)")
        ORGANISATIONS = "organisations", _("Sign-on letter for organisations")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PETITION)
    recipients = models.CharField(
        _("addressed to"), max_length=255, blank=True, help_text=_("For example 'The President'.")
    )
    letter = RichTextField(_("letter text"), blank=True, features=RICH_TEXT_FEATURES)
    goal = models.PositiveIntegerField(
        _("signature goal"), default=1000, help_text=_("Doubles by itself each time it is passed.")
    )
    offline_count = models.PositiveIntegerField(
        _("signatures gathered offline"), default=0, help_text=_("Added to the count shown.")
    )
    ask_comment = models.BooleanField(_("ask for a comment"), default=False)
    consent_text = models.CharField(
        _("contact consent question"),
        max_length=300,
        default="Keep me informed about this campaign and related actions by email.",
        help_text=_("Stored with each signature, word for word, in the signer's language."),
    )
    thank_you_heading = models.CharField(
        _("thank-you heading"), max_length=160, default="Thank you for signing"
    )
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link"]
    )
    targets = StreamField(
        [("decision_maker", SnippetChooserBlock("campaigns.DecisionMaker"))],
        blank=True,
        verbose_name=_("decision makers"),
        help_text=_(
            "For letters to decision makers: national ones receive every letter, the others "
            "only the letters from their state."
        ),
    )
    next_action = StreamField(
        [("link", LinkBlock())], blank=True, max_num=1, verbose_name=_("next action")
    )
    retention_months = models.PositiveSmallIntegerField(
        _("keep personal data for (months)"),
        default=24,
        help_text=_("Signatures older than this are anonymised by purge_personal_data."),
    )

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("recipients"),
                FieldPanel("letter"),
                FieldPanel("targets"),
            ],
            heading=_("The letter"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("goal"),
                FieldPanel("offline_count"),
                FieldPanel("ask_comment"),
                FieldPanel("consent_text"),
            ],
            heading=_("The form"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("thank_you_heading"),
                FieldPanel("thank_you_text"),
                FieldPanel("next_action"),
            ],
            heading=_("After signing"),
        ),
    ]
    settings_panels = ContentPage.settings_panels + [FieldPanel("retention_months")]

    search_fields = ContentPage.search_fields + [
        index.SearchField("recipients"),
        index.SearchField("letter"),
    ]

    translatable_fields = ContentPage.translatable_fields + [
        TranslatableField("recipients"),
        TranslatableField("letter"),
        TranslatableField("consent_text"),
        TranslatableField("thank_you_heading"),
        TranslatableField("thank_you_text"),
        TranslatableField("next_action"),
        # One action, one goal and one count in every language; retention is a policy.
        SynchronizedField("kind"),
        SynchronizedField("targets"),
        SynchronizedField("goal"),
        SynchronizedField("offline_count"),
        SynchronizedField("ask_comment"),
        SynchronizedField("retention_months"),
    ]

    parent_page_types = ["home.HomePage", "campaigns.CampaignPage"]
    subpage_types = []
    template = "campaigns/action_page.html"
    thank_you_template = "campaigns/action_thank_you.html"

    shows_live_figures = True

    class Meta:
        verbose_name = _("petition or sign-on letter")

    def get_context(self, request, *args, **kwargs):
        # Here, not at the top: counts (and signing, below) import the models package.
        from ..counts import action_figures

        context = super().get_context(request, *args, **kwargs)
        prepare_stream(self.next_action)
        context["figures"] = action_figures(self)
        context["form_action"] = reverse("action_sign", args=[self.pk])
        if self.kind == self.Kind.TARGETED:
            context["targeting"] = targets_context(self)
        return context

    @property
    def for_organisations(self):
        return self.kind == self.Kind.ORGANISATIONS

    def make_form(self, data=None, initial=None):
        form_class = OrganisationForm if self.for_organisations else SignatureForm
        return form_class(data, action=self, initial=initial)

    def store(self, request, data):
        from ..signing import record_organisation, record_signature

        record = record_organisation if self.for_organisations else record_signature
        record(self, data, get_language())
        remember_state(request, self, data)

    def thank_you_context(self, request):
        prepare_stream(self.next_action)
        return {
            "share_url": self.get_full_url(request),
            "recipients": thank_you_recipients(request, self),
        }
