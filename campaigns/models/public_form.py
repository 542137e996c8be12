"""The page every public form of this app is: petitions and letters, stories, news sign-up,
contact, messages of welcome, video answers, calls.
It shows its form, the same for every visitor (its tokens are fetched apart: see
campaigns.form_tokens), takes a POST through the one form flow (campaigns.formflow), and
thanks the visitor on a sub-address. Subclasses say which form, how a valid one is stored,
and which template thanks. ConsentFormPage adds what the pages that keep people's own words
(stories, messages, videos) share: the consent statement, the thank-you, the retention."""

from django.conf import settings
from django.db import models
from django.db.models.signals import class_prepared
from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import ContentPage
from home.sub_addresses import LocalisedRoutablePageMixin, page_path
from page_cache.freshness import fresh_for

from ..formflow import fresh_token, private, receive


class PublicFormPage(LocalisedRoutablePageMixin, ContentPage):
    thank_you_template = None
    # A page that shows a live figure (a count of signatures or calls) is kept fresh by the
    # page cache for LIVE_FIGURES_SECONDS only, not until the next publish.
    shows_live_figures = False

    class Meta:
        abstract = True

    @property
    def form_key(self):
        """Every language version of a form is the same form (one count, one token kind)."""
        return self.translation_key

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["form_action"] = reverse("campaigns:form_send", args=[self.pk])
        context["form_tokens_url"] = reverse("campaigns:form_tokens", args=[self.form_key])
        return context

    def make_form(self, data=None, initial=None):
        raise NotImplementedError

    def initial_from(self, request):
        """What the address may fill in beforehand (nothing personal: it may be cached)."""
        return {}

    def store(self, request, data):
        """Write the record of a valid form (one transaction) and queue its emails."""
        raise NotImplementedError

    def thank_you_url(self):
        return self.url + self.reverse_subpage("thank_you")

    def thank_you_context(self, request):
        return {}

    def form_again(self, request, form, status):
        response = self.render(
            request, context_overrides={"form": fresh_token(form, self.form_key)}
        )
        response.status_code = status
        return private(response)

    @path("")
    def form_view(self, request):
        if request.method == "POST":
            return receive(
                request,
                self.make_form(request.POST),
                self.form_key,
                store=lambda data: self.store(request, data),
                again=lambda form, status: self.form_again(request, form, status),
                thank_you_url=self.thank_you_url(),
            )
        # No token in it: the page cache may keep it for everyone.
        initial = self.initial_from(request)
        response = self.render(request, context_overrides={"form": self.make_form(initial=initial)})
        if self.shows_live_figures:
            fresh_for(response, settings.LIVE_FIGURES_SECONDS)
        return response

    @page_path(["thank-you"], name="thank_you")
    def thank_you(self, request):
        return self.render(
            request,
            template=self.thank_you_template,
            context_overrides=self.thank_you_context(request),
        )


def form_panels(*beside_consent):
    """The editor's panels of a ConsentFormPage's form: the consent statement (and any other
    box the visitor ticks beside it), then the thank-you."""
    return [
        FieldPanel("consent_text"),
        *beside_consent,
        FieldPanel("thank_you_heading"),
        FieldPanel("thank_you_text"),
    ]


class ConsentFormPage(PublicFormPage):
    """A form whose record the visitor agrees to, word for word, and which is kept for the
    page's retention period. Each kind of page names what a new page of it starts with in
    `form_defaults` (field name: value); editors change them page by page."""

    consent_text = models.CharField(
        _("consent statement"),
        max_length=400,
        help_text=_("The visitor must tick it. Stored with what they send, word for word."),
    )
    thank_you_heading = models.CharField(_("thank-you heading"), max_length=160)
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link"]
    )
    retention_months = models.PositiveSmallIntegerField(
        _("keep personal data for (months)"),
        default=12,
        help_text=_(
            "Older messages, stories and videos are deleted by purge_personal_data; an "
            "approved story keeps its words, without who told it."
        ),
    )

    form_defaults = {}

    parent_page_types = ["home.HomePage", "campaigns.CampaignPage"]
    subpage_types = []  # a form page has no children

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel(form_panels(), heading=_("The form")),
    ]
    settings_panels = ContentPage.settings_panels + [FieldPanel("retention_months")]

    # What visitors send is never indexed: it is people's own words.
    search_fields = ContentPage.search_fields

    translatable_fields = ContentPage.translatable_fields + [
        TranslatableField("consent_text"),
        TranslatableField("thank_you_heading"),
        TranslatableField("thank_you_text"),
        # Retention is a policy of the organisation, the same in every language.
        SynchronizedField("retention_months"),
    ]

    class Meta:
        abstract = True


@receiver(class_prepared)
def apply_form_defaults(sender, **kwargs):
    """Each concrete page holds its own copy of the fields above (Django copies an abstract
    model's fields into every subclass), so its defaults are set on that copy only."""
    if not issubclass(sender, ConsentFormPage) or sender._meta.abstract:
        return
    for name, value in sender.form_defaults.items():
        field = sender._meta.get_field(name)
        field.default = value
        field.__dict__.pop("_get_default", None)  # a cached_property of the old default
