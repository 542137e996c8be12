"""Know-your-rights guides: a page, a printable wallet card and an offline copy."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import ContentPage
from home.streams import prepare_stream
from home.sub_addresses import LocalisedRoutablePageMixin, page_path
from home.visibility import public_pages

from ..blocks import GuideStreamBlock
from ..service_worker import guide_worker
from .legal_notice import KnowYourRightsSettings
from .review import ReviewedMixin

CARD_MAX_RIGHTS = 5
CARD_MAX_LENGTH = 90


class KnowYourRightsPage(LocalisedRoutablePageMixin, ContentPage, ReviewedMixin):  # noqa: DJ008
    """Situations with what to do, what not to do, the words to say and whom to call; a
    printable wallet card; kept by the browser for reading offline."""

    guide = StreamField(GuideStreamBlock(), blank=True, verbose_name=_("guide"))
    card_heading = models.CharField(
        _("card heading"),
        max_length=60,
        blank=True,
        help_text=_("The top line of the wallet card. Empty: 'Know your rights'."),
    )
    card_rights = models.TextField(
        _("rights on the card"),
        blank=True,
        help_text=_(
            "The key rights printed on the wallet card: one per line, at most %(n)s lines of "
            "%(chars)s characters."
        )
        % {"n": CARD_MAX_RIGHTS, "chars": CARD_MAX_LENGTH},
    )
    card_hotline_name = models.CharField(_("card hotline: who answers"), max_length=60, blank=True)
    card_hotline_number = models.CharField(_("card hotline: number"), max_length=30, blank=True)

    content_panels = (
        ContentPage.content_panels[:2]
        + ReviewedMixin.review_panels
        + [FieldPanel("guide")]
        + ContentPage.content_panels[2:]
        + [
            MultiFieldPanel(
                [
                    FieldPanel("card_heading"),
                    FieldPanel("card_rights"),
                    FieldPanel("card_hotline_name"),
                    FieldPanel("card_hotline_number"),
                ],
                heading=_("Wallet card"),
            )
        ]
    )
    search_fields = ContentPage.search_fields + [index.SearchField("guide")]
    translatable_fields = (
        ContentPage.translatable_fields
        + ReviewedMixin.review_translatable_fields
        + [
            TranslatableField("guide"),
            TranslatableField("card_heading"),
            TranslatableField("card_rights"),
            TranslatableField("card_hotline_name"),
            # A phone number is the same in every language.
            SynchronizedField("card_hotline_number"),
        ]
    )

    parent_page_types = ["home.HomePage", "faq.FAQIndexPage"]
    subpage_types = []
    template = "faq/guide_page.html"

    class Meta:
        verbose_name = _("know-your-rights guide")

    def clean(self):
        super().clean()
        rights = self.card_right_list
        if len(rights) > CARD_MAX_RIGHTS or any(len(r) > CARD_MAX_LENGTH for r in rights):
            raise ValidationError(
                {
                    "card_rights": _("The card fits %(n)s lines of at most %(chars)s characters.")
                    % {"n": CARD_MAX_RIGHTS, "chars": CARD_MAX_LENGTH}
                }
            )

    @property
    def card_right_list(self):
        return [line.strip() for line in self.card_rights.splitlines() if line.strip()]

    @property
    def card_tel(self):
        return "tel:" + "".join(c for c in self.card_hotline_number if c.isdigit() or c == "+")

    # URLs of the guide's own views
    @property
    def card_url(self):
        return self.url + self.reverse_subpage("card_view")

    @property
    def worker_url(self):
        return self.url + "offline-worker/"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prepare_stream(self.guide)
        context["legal_notice"] = KnowYourRightsSettings.notice_in(translation.get_language())
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            # What an editor sees (user bar, drafts) is never kept by the offline cache.
            patch_cache_control(response, private=True)
        return response

    @page_path(["card"])
    def card_view(self, request):
        """The wallet card: this language on the front, English (or, on the English guide,
        its first translation) on the back."""
        language = self.locale.language_code
        other = self.card_back_page()
        sides = [self.card_side(self, language)]
        if other is not None:
            sides.append(self.card_side(other, other.locale.language_code))
        return TemplateResponse(
            request,
            "faq/guide_card.html",
            {"page": self, "self": self, "sides": sides, "request": request},
        )

    def card_back_page(self):
        # The back of a public card never shows a version kept behind a password.
        translations = (
            public_pages(KnowYourRightsPage.objects.filter(translation_key=self.translation_key))
            .exclude(pk=self.pk)
            .select_related("locale")
        )
        by_language = {page.locale.language_code: page for page in translations}
        if settings.LANGUAGE_CODE in by_language:
            return by_language[settings.LANGUAGE_CODE]
        for code, _name in settings.LANGUAGES:
            if code in by_language:
                return by_language[code]
        return None

    @staticmethod
    def card_side(page, language):
        return {
            "page": page,
            "language": language,
            "rights": page.card_right_list,
            "notice": KnowYourRightsSettings.notice_in(language),
        }

    @path("offline-worker/")
    def offline_worker(self, request):
        """The guide's service worker, made by faq.service_worker (a view, not the model's)."""
        return guide_worker(self)
