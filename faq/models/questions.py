"""The shared FAQ library: topics and questions, snippets any page can show."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.rich_text import expand_db_html
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..blocks import ANSWER_FEATURES, SOURCE_FEATURES
from ..rendering import expand_many


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
