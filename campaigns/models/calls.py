"""Call your officials: a page that answers a ZIP code with the visitor's officials, their
office numbers and a script, and counts the calls visitors say they made. A call leaves one
row with no personal data: which page, which official, in which language, on which day.

After the call, the thank-you step offers a separate form: a first name and an email, with
consent, to hear about the campaign's next steps (CallFollowUp, confirmed by email). Nothing
ties it to a call row: it names no official and is posted from a page that is the same for
every caller."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks.choosers import SnippetChooserBlock
from home.blocks.text import RICH_TEXT_FEATURES
from home.models import ContentPage
from home.sub_addresses import page_path

from .public_form import PublicFormPage
from .records import ConfirmedRecord, page_link

# Written in the script where the official's role and name go.
OFFICIAL_PLACEHOLDER = "{official}"


class CallPage(PublicFormPage):
    """The page is the same for everyone (the page cache keeps it). The officials are drawn
    for a ZIP code sent by POST (campaigns.call_views), privately; "I called" is this page's
    form, through the one form flow and its spam defences."""

    script = RichTextField(
        _("call script"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What to say when someone answers. Write {official} for the official's name."),
    )
    voicemail = RichTextField(
        _("if you reach voicemail"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A shorter message to leave. {official} works here too."),
    )
    targets = StreamField(
        [("decision_maker", SnippetChooserBlock("campaigns.DecisionMaker"))],
        blank=True,
        verbose_name=_("officials to call"),
        help_text=_(
            "National ones are shown to every caller, the others to callers from their state. "
            "Officials without a phone number are left out."
        ),
    )
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link"]
    )
    follow_up_consent = models.CharField(
        _("follow-up consent statement"),
        max_length=400,
        blank=True,
        default="Email me about this campaign's next steps.",
        help_text=_(
            "Shown after the call, beside an optional form for a first name and an email. "
            "Stored with each follow-up request, word for word. Leave empty to offer no form."
        ),
    )

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("targets"), FieldPanel("script"), FieldPanel("voicemail")],
            heading=_("The call"),
        ),
        FieldPanel("thank_you_text"),
        FieldPanel("follow_up_consent"),
    ]

    search_fields = ContentPage.search_fields + [index.SearchField("script")]

    translatable_fields = ContentPage.translatable_fields + [
        TranslatableField("script"),
        TranslatableField("voicemail"),
        TranslatableField("thank_you_text"),
        TranslatableField("follow_up_consent"),
        # The same officials, and one count, in every language.
        SynchronizedField("targets"),
    ]

    parent_page_types = ["home.HomePage", "campaigns.CampaignPage"]
    subpage_types = []
    template = "campaigns/call_page.html"
    thank_you_template = "campaigns/call_thank_you.html"

    shows_live_figures = True

    class Meta:
        verbose_name = _("call your officials page")

    def get_context(self, request, *args, **kwargs):
        from django.urls import reverse

        from ..call_counts import call_count

        context = super().get_context(request, *args, **kwargs)
        context["calls"] = call_count(self.translation_key)
        context["officials_action"] = reverse("campaigns:call_officials", args=[self.pk])
        return context

    def make_form(self, data=None, initial=None):
        from ..call_forms import CalledForm

        return CalledForm(data, page=self)

    def store(self, request, data):
        CallLog.objects.create(
            page_key=self.translation_key, official=data["official"], language=get_language()
        )

    def form_again(self, request, form, status):
        """A refused "I called" (too fast, too many, out of date): the officials again, with
        the message and fresh tokens, when the ZIP code came with it."""
        from ..call_views import officials_response

        return officials_response(request, self, form.data.get("zip_code", ""), status, form)

    @property
    def follow_up_key(self):
        """The follow-up form's own key: its start tokens are not "I called" tokens."""
        return uuid.uuid5(self.translation_key, "follow-up")

    def follow_up_form(self, data=None):
        from ..call_forms import FollowUpForm

        return FollowUpForm(data, page=self)

    def thank_you_context(self, request):
        from django.urls import reverse

        from ..call_counts import call_count

        context = {"calls": call_count(self.translation_key)}
        if self.follow_up_consent:
            context.update(
                follow_up=self.follow_up_form(),
                follow_up_action=reverse("campaigns:call_follow_up", args=[self.pk]),
                follow_up_tokens_url=reverse("campaigns:form_tokens", args=[self.follow_up_key]),
            )
        return context

    @page_path(["thank-you", "check-your-email"], name="follow_up_sent")
    def follow_up_sent(self, request):
        return self.render(request, template="campaigns/call_follow_up_sent.html")


def today():
    return timezone.localdate()


class CallLog(models.Model):
    """One call a visitor said they made. Nothing about the caller: no address, no time of
    day, no IP; so it is not a personal record and needs no retention."""

    page_key = models.UUIDField(_("call page"), db_index=True)
    official = models.ForeignKey(
        "campaigns.DecisionMaker",
        verbose_name=_("official"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=12)
    day = models.DateField(_("day"), default=today, db_index=True)

    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("call")
        verbose_name_plural = _("calls")
        ordering = ["-day"]

    def __str__(self):
        return f"{self.day} {self.official}"


class CallFollowUp(ConfirmedRecord):
    """A caller who asked to hear about the campaign's next steps: a first name and an email,
    kept pending until its owner confirms from the email (as news sign-ups are), one row per
    address and call page. It names no official and no call."""

    first_name = models.CharField(_("first name"), max_length=80, blank=True)
    email = models.EmailField(_("email"), max_length=254)
    unsubscribe_id = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    call_page = page_link(_("call page"))

    email_field = "email"

    class Meta:
        verbose_name = _("call follow-up")
        verbose_name_plural = _("call follow-ups")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["page_key", "email"], name="one_follow_up_per_page")
        ]

    def __str__(self):
        return f"{_('Follow-up')} #{self.pk}"
