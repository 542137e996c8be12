"""Reference answers: FAQ pages and know-your-rights guides, with their shared questions,
topics and the "not legal advice" notice."""

import datetime
import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, TranslatableMixin
from wagtail.rich_text import expand_db_html
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import ContentPage
from home.visibility import public_pages

from .blocks import ANSWER_FEATURES, SOURCE_FEATURES, FAQSectionsBlock, GuideStreamBlock
from .rendering import prepare_faq

DEFAULT_REVIEW_DAYS = 180


def review_period():
    """How old a review may get before the page is listed as stale (settings.FAQ_REVIEW_DAYS)."""
    return datetime.timedelta(days=getattr(settings, "FAQ_REVIEW_DAYS", DEFAULT_REVIEW_DAYS))


# Snippets -------------------------------------------------------------------------------------


class FAQTopic(TranslatableMixin, models.Model):
    """What the FAQ index groups pages by: asylum, detention, family separation..."""

    name = models.CharField(_("name"), max_length=80)
    sort_order = models.PositiveSmallIntegerField(
        _("order on the index"), default=0, help_text=_("Lower numbers come first.")
    )

    panels = [FieldPanel("name"), FieldPanel("sort_order")]
    # The order is a layout choice, the same in every language.
    translatable_fields = [TranslatableField("name"), SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("FAQ topic")
        verbose_name_plural = _("FAQ topics")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class FAQQuestion(TranslatableMixin, index.Indexed, models.Model):
    """A question answered once and reused on several pages (FAQ pages, campaign pages)."""

    question = models.CharField(_("question"), max_length=255)
    anchor = models.SlugField(
        _("anchor"),
        max_length=60,
        help_text=_(
            "The end of the question's web address on every page that shows it, such as "
            "'can-i-be-detained'. The same in every language."
        ),
    )
    answer = RichTextField(_("answer"), features=ANSWER_FEATURES)
    sources = RichTextField(
        _("sources"),
        blank=True,
        features=SOURCE_FEATURES,
        help_text=_("Where the answer comes from: a law, a ruling, an agency's rule."),
    )

    panels = [
        FieldPanel("question"),
        FieldPanel("anchor"),
        FieldPanel("answer"),
        FieldPanel("sources"),
    ]
    search_fields = [
        index.SearchField("question"),
        index.AutocompleteField("question"),
        index.SearchField("answer"),
        index.FilterField("locale"),
    ]
    translatable_fields = [
        TranslatableField("question"),
        TranslatableField("answer"),
        TranslatableField("sources"),
        # Deep links must open the same question whatever the language of the page.
        SynchronizedField("anchor"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("FAQ question")
        verbose_name_plural = _("FAQ questions")

    def __str__(self):
        return self.question

    # Rendering: home.streams.prepare_stream calls this once for every question of a page.
    @classmethod
    def prepare_for_render_many(cls, questions):
        """Expand the rich text of all these answers in one pass (one query per link type)."""
        from .rendering import expand_many

        pending = [q for q in questions if "answer_html" not in q.__dict__]
        htmls = expand_many([text for q in pending for text in (q.answer, q.sources)])
        for i, question in enumerate(pending):
            question.__dict__["answer_html"] = htmls[2 * i]
            question.__dict__["sources_html"] = htmls[2 * i + 1]

    @cached_property
    def answer_html(self):
        return mark_safe(expand_db_html(self.answer))  # noqa: S308 — editor rich text

    @cached_property
    def sources_html(self):
        return mark_safe(expand_db_html(self.sources)) if self.sources else ""  # noqa: S308


class LegalNotice(TranslatableMixin, models.Model):
    """The "this is not legal advice" text, chosen once in Settings → Know-your-rights."""

    name = models.CharField(
        _("name"), max_length=80, help_text=_("For editors only, such as 'Not legal advice'.")
    )
    text = RichTextField(_("text"), features=["bold", "italic", "link"])
    short_text = models.CharField(
        _("short text"),
        max_length=160,
        help_text=_("One line for the printed wallet card."),
    )

    panels = [FieldPanel("name"), FieldPanel("text"), FieldPanel("short_text")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("text"),
        TranslatableField("short_text"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("legal notice")
        verbose_name_plural = _("legal notices")

    def __str__(self):
        return self.name


register_snippet(FAQTopic)
register_snippet(FAQQuestion)
register_snippet(LegalNotice)


@register_setting(icon="warning")
class KnowYourRightsSettings(BaseGenericSetting):
    legal_notice = models.ForeignKey(
        LegalNotice,
        verbose_name=_("'Not legal advice' notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown on every know-your-rights guide and its wallet card, in the visitor's "
            "language (translate the notice under Snippets)."
        ),
    )

    panels = [FieldPanel("legal_notice")]

    class Meta:
        verbose_name = _("know-your-rights settings")

    @classmethod
    def notice_in(cls, language_code):
        """The notice in this language (or its source text), or None."""
        notice = cls.load().legal_notice
        if notice is None:
            return None
        try:
            locale = Locale.objects.get_for_language(language_code)
        except Locale.DoesNotExist:
            return notice
        if notice.locale_id == locale.pk:
            return notice
        return notice.get_translation_or_none(locale) or notice


# Pages ----------------------------------------------------------------------------------------


class ReviewedMixin(models.Model):
    """Legal information goes stale: who checked it last, and when."""

    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When someone qualified last checked every answer on this page."),
    )
    reviewed_by = models.CharField(
        _("reviewed by"),
        max_length=160,
        blank=True,
        help_text=_("Shown to the public, such as 'An immigration lawyer of our legal team'."),
    )

    review_panels = [
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("reviewed_by")], heading=_("Review")
        )
    ]
    review_translatable_fields = [
        # One review covers every language of the page.
        SynchronizedField("last_reviewed"),
        TranslatableField("reviewed_by"),
    ]

    class Meta:
        abstract = True

    @property
    def review_is_overdue(self):
        if self.last_reviewed is None:
            return True
        return timezone.localdate() - self.last_reviewed > review_period()


class FAQIndexPage(ContentPage):
    """Lists the FAQ pages below it by topic, then the know-your-rights guides."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["faq.FAQPage", "faq.KnowYourRightsPage"]
    max_count_per_parent = 1
    template = "faq/faq_index_page.html"
    search_fields = ContentPage.search_fields
    translatable_fields = ContentPage.translatable_fields

    class Meta:
        verbose_name = _("FAQ index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = public_pages(self.get_children())
        faq_pages = list(
            public_pages(FAQPage.objects.child_of(self))
            .select_related("topic")
            .order_by("topic__sort_order", "topic__name", "path")
        )
        groups = []
        for faq_page in faq_pages:
            if not groups or groups[-1]["topic"] != faq_page.topic:
                groups.append({"topic": faq_page.topic, "pages": []})
            groups[-1]["pages"].append(faq_page)
        context["topic_groups"] = groups
        context["guides"] = list(
            KnowYourRightsPage.objects.filter(pk__in=children.values("pk")).order_by("path")
        )
        return context


class FAQPage(ContentPage, ReviewedMixin):  # noqa: DJ008 — Page has __str__
    """Questions and answers in sections, each question a deep link of its own."""

    topic = models.ForeignKey(
        FAQTopic,
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The heading this page is listed under on the FAQ index."),
    )
    sections = StreamField(FAQSectionsBlock(), blank=True, verbose_name=_("sections"))

    content_panels = (
        ContentPage.content_panels[:2]
        + [FieldPanel("topic")]
        + ReviewedMixin.review_panels
        + [FieldPanel("sections")]
        + ContentPage.content_panels[2:]
    )
    search_fields = ContentPage.search_fields + [index.SearchField("sections")]
    translatable_fields = (
        ContentPage.translatable_fields
        + ReviewedMixin.review_translatable_fields
        + [
            # A foreign key to a translatable snippet: the Spanish page points at the
            # Spanish topic.
            TranslatableField("topic"),
            TranslatableField("sections"),
        ]
    )

    parent_page_types = ["faq.FAQIndexPage"]
    subpage_types = []
    template = "faq/faq_page.html"

    class Meta:
        verbose_name = _("FAQ page")

    def clean(self):
        super().clean()
        seen = set()
        for section in prepare_faq(self.sections, expand=False):
            for entry in section["items"]:
                if not entry.anchor:
                    continue
                if entry.anchor in seen:
                    raise ValidationError(
                        {
                            "sections": _("Two questions share the anchor '%(anchor)s'.")
                            % {"anchor": entry.anchor}
                        }
                    )
                seen.add(entry.anchor)

    @cached_property
    def faq(self):
        """The sections with their questions and rendered answers (in one pass)."""
        return prepare_faq(self.sections)

    def faq_json_ld(self):
        """FAQPage structured data for search engines, every question of the page."""
        data = {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "name": self.title,
            "inLanguage": translation.get_language(),
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": entry.question,
                    "url": f"{self.full_url}#{entry.anchor}",
                    "acceptedAnswer": {"@type": "Answer", "text": str(entry.answer_html)},
                }
                for section in self.faq
                for entry in section["items"]
            ],
        }
        if self.last_reviewed:
            data["lastReviewed"] = self.last_reviewed.isoformat()
        text = json.dumps(data, ensure_ascii=False)
        # Inside <script>: nothing may close the element or open a comment.
        for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
            text = text.replace(char, escaped)
        return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["faq_sections"] = self.faq
        return context


CARD_MAX_RIGHTS = 5
CARD_MAX_LENGTH = 90


class KnowYourRightsPage(RoutablePageMixin, ContentPage, ReviewedMixin):  # noqa: DJ008
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
        return self.url + "card/"

    @property
    def worker_url(self):
        return self.url + "offline-worker/"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from home.streams import prepare_stream

        prepare_stream(self.guide)
        context["legal_notice"] = KnowYourRightsSettings.notice_in(translation.get_language())
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            # What an editor sees (user bar, drafts) is never kept by the offline cache.
            patch_cache_control(response, private=True)
        return response

    @path("card/")
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
        """The service worker of this guide: it may control only the guide's own URLs."""
        version = self.last_published_at.isoformat() if self.last_published_at else "draft"
        precache = [
            self.url,
            self.card_url,
            static("css/site.css"),
            static("js/site.js"),
            static("faq/faq.css"),
            static("faq/guide.js"),
        ]
        script = render_worker(
            cache_prefix=f"kyr-{self.pk}-",
            version=version,
            precache=precache,
        )
        response = HttpResponse(script, content_type="application/javascript; charset=utf-8")
        response["Service-Worker-Allowed"] = self.url
        patch_cache_control(response, no_cache=True, max_age=0)
        return response


def render_worker(**values):
    from django.template.loader import render_to_string

    return render_to_string(
        "faq/offline_worker.js",
        {
            "cache_prefix": json.dumps(values["cache_prefix"]),
            "version": json.dumps(values["version"]),
            "precache": json.dumps(values["precache"]),
        },
    )
