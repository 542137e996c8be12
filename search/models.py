"""What search stores: how often each term was searched (per language and day, nothing about who
searched) and the pages editors offer when a search finds nothing."""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page

from home.blocks import choosers
from home.visibility import translations_in

from .privacy import recordable_term


class SearchTermCount(models.Model):
    """One row per language, term and day: a counter, never a log of searches."""

    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("language")
    )
    term = models.CharField(_("search term"), max_length=100)
    day = models.DateField(_("day"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_results = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search term count")
        verbose_name_plural = _("search term counts")
        constraints = [
            models.UniqueConstraint(fields=["locale", "term", "day"], name="search_term_per_day")
        ]
        indexes = [models.Index(fields=["day", "locale"])]

    def __str__(self):
        return self.term

    @classmethod
    def record(cls, locale, query, result_count):
        """Count one search. Terms holding an email address or a phone number are dropped."""
        term = recordable_term(query)
        if term is None:
            return False
        key = {"locale": locale, "term": term, "day": timezone.now().date()}
        increments = {
            "searches": F("searches") + 1,
            "zero_results": F("zero_results") + (0 if result_count else 1),
        }
        if cls.objects.filter(**key).update(**increments):
            return True
        try:
            with transaction.atomic():
                cls.objects.create(**key, searches=1, zero_results=0 if result_count else 1)
        except IntegrityError:  # another request created the row first
            cls.objects.filter(**key).update(**increments)
        return True


@register_setting(icon="search")
class SearchSettings(BaseGenericSetting):
    """Chosen once; each visitor sees the chosen pages in their own language."""

    no_results_pages = StreamField(
        [("page", choosers.PageChooserBlock())],
        blank=True,
        max_num=6,
        verbose_name=_("pages offered when nothing is found"),
        help_text=_(
            "Shown on the search page when a search finds nothing, in the visitor's language "
            "(a page that is not translated into it is left out)."
        ),
    )

    panels = [FieldPanel("no_results_pages")]

    class Meta:
        verbose_name = _("Search")

    def offered_pages(self, locale):
        """The chosen pages' live translations in `locale`, in the chosen order (one query)."""
        keys = [
            block.value.translation_key
            for block in self.no_results_pages
            if block.block_type == "page" and block.value
        ]
        if not keys:
            return []
        pages = translations_in(keys, locale, queryset=Page.objects.specific())
        return [pages[key] for key in keys if key in pages]
