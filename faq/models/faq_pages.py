"""FAQ pages, and the index listing them by topic with the know-your-rights guides."""

import json

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.models import ContentPage
from home.visibility import public_pages

from ..blocks import FAQSectionsBlock
from ..rendering import prepare_faq
from .guides import KnowYourRightsPage
from .questions import FAQTopic
from .review import ReviewedMixin


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
