"""Where each page and snippet stands in each language, computed in a fixed number of queries.

States, for one item and one target language:
- not started: no translation there (or only an alias of the English page);
- in progress: a translation exists but is not live yet, or has unpublished edits;
- out of date: a live translation whose English source changed after the last sync (the
  translator must "Sync translated pages"), or which has strings still to translate after one;
- published: live, every string translated, nothing newer in English.

"Changed after the last sync" compares the source's last publication with when wagtail-localize
last extracted it. Snippets without publishing (no DraftStateMixin) have no such date: they show
as out of date only once synced, when their changed strings wait for a translation.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from .groups import PUBLIC_SUBMISSIONS

NOT_STARTED, IN_PROGRESS, OUT_OF_DATE, PUBLISHED = (
    "not started",
    "in progress",
    "out of date",
    "published",
)
STATES = [NOT_STARTED, IN_PROGRESS, OUT_OF_DATE, PUBLISHED]
STATE_LABELS = {
    NOT_STARTED: _("Not started"),
    IN_PROGRESS: _("In progress"),
    OUT_OF_DATE: _("Out of date"),
    PUBLISHED: _("Published"),
}
SNIPPETS_SECTION = "Snippets"


def classify(*, exists, live, unpublished_changes, total, done, changed_since_sync):
    if not exists:
        return NOT_STARTED
    if live and (changed_since_sync or done < total):
        return OUT_OF_DATE
    if not live or unpublished_changes or done < total:
        return IN_PROGRESS
    return PUBLISHED


def source_changed(source, source_instance):
    published = getattr(source_instance, "last_published_at", None)
    return bool(published and published > source.last_updated_at)


def translation_state(translation):
    """The state of one Translation (used for a single page; the report uses status_rows)."""
    total, done = translation.get_progress()
    source_instance = translation.source.get_source_instance()
    target = source_instance.get_translation_or_none(translation.target_locale)
    exists = target is not None and getattr(target, "alias_of_id", None) is None
    return classify(
        exists=exists,
        live=exists and getattr(target, "live", True),
        unpublished_changes=exists and getattr(target, "has_unpublished_changes", False),
        total=total,
        done=done,
        changed_since_sync=source_changed(translation.source, source_instance),
    )


@dataclass
class Row:
    title: str
    kind: str  # the page type or snippet model's name
    section: str
    state: str
    total: int
    done: int
    machine: int  # strings drafted by machine translation, not yet edited by a person
    edit_url: str | None  # the translation editor, when there is a translation
    start_url: str | None = None  # "Translate this page/snippet", when there is none

    @property
    def label(self):
        return STATE_LABELS[self.state]

    @property
    def percent(self):
        return 100 if not self.total else round(100 * self.done / self.total)


def segment_counts(locale):
    """Per source id: strings to translate, strings translated into `locale`, machine drafts.
    Three aggregate queries for the whole site."""

    def translated(**extra):
        return Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale=locale,
                has_error=False,
                **extra,
            )
        )

    segments = StringSegment.objects.values("source_id").order_by()
    total = dict(segments.annotate(n=Count("pk")).values_list("source_id", "n"))
    done = dict(segments.filter(translated()).annotate(n=Count("pk")).values_list("source_id", "n"))
    machine = dict(
        segments.filter(translated(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE))
        .annotate(n=Count("pk"))
        .values_list("source_id", "n")
    )
    return total, done, machine


def status_rows(locale):
    """Every English page (but the root) and translatable snippet, with its state in `locale`."""
    source_locale = Locale.get_default()
    translations = {
        t.source.object_id: t
        for t in Translation.objects.filter(
            target_locale=locale, enabled=True, source__locale=source_locale
        ).select_related("source")
    }
    total, done, machine = segment_counts(locale)
    rows = []

    def row(title, kind, section, source_item, target, start_url):
        translation = translations.get(source_item.translation_key)
        exists = target is not None and getattr(target, "alias_of_id", None) is None
        source_id = translation.source_id if translation else None
        n_total = total.get(source_id, 0)
        n_done = done.get(source_id, 0) if exists else 0
        changed = bool(translation) and source_changed(translation.source, source_item)
        rows.append(
            Row(
                title=title,
                kind=kind,
                section=section,
                state=classify(
                    exists=exists,
                    live=exists and getattr(target, "live", True),
                    unpublished_changes=exists
                    and getattr(target, "has_unpublished_changes", False),
                    total=n_total,
                    done=n_done,
                    changed_since_sync=changed,
                ),
                total=n_total,
                done=n_done,
                machine=machine.get(source_id, 0) if exists else 0,
                edit_url=target_edit_url(target) if exists and translation else None,
                start_url=None if exists else start_url,
            )
        )

    rows_for_pages(source_locale, locale, row)
    rows_for_snippets(source_locale, locale, row)
    return rows


def rows_for_pages(source_locale, locale, row):
    fields = ["id", "title", "path", "depth", "translation_key", "last_published_at", "live"]
    pages = list(
        Page.objects.filter(locale=source_locale, depth__gt=1)
        .select_related("content_type")
        .only(*fields, "content_type", "has_unpublished_changes", "alias_of")
        .order_by("path")
    )
    targets = {
        p.translation_key: p
        for p in Page.objects.filter(locale=locale).only(
            "id", "translation_key", "live", "has_unpublished_changes", "alias_of"
        )
    }
    # A section is a page directly under a home page; the home page is its own.
    step = Page.steplen
    titles = {p.path: p.title for p in pages if p.depth <= 3}
    for page in pages:
        section = titles.get(page.path[: step * 3]) or page.title
        kind = page.content_type.model_class()._meta.verbose_name
        start = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        row(page.title, str(kind), section, page, targets.get(page.translation_key), start)


def public_submission(model):
    return model._meta.label_lower in PUBLIC_SUBMISSIONS


def snippet_title(item):
    """What the report calls a snippet. A story told by a member of the public is "Story 12":
    its title is its first words, and the report is read by every editor and translator."""
    if public_submission(type(item)):
        return f"{capfirst(item._meta.verbose_name)} #{item.pk}"
    return str(item)


def rows_for_snippets(source_locale, locale, row):
    for model in get_snippet_models():
        if not issubclass(model, TranslatableMixin):
            continue
        extra = ["live", "has_unpublished_changes"] if issubclass(model, DraftStateMixin) else []
        targets = {
            s.translation_key: s
            for s in model.objects.filter(locale=locale).only("pk", "translation_key", *extra)
        }
        kind = str(model._meta.verbose_name)
        items = model.objects.filter(locale=source_locale)
        if public_submission(model):
            # Only published stories are there to translate; the others are still with the
            # Campaign data group, and their text is read by nobody else (only the id is read).
            items = items.filter(live=True).only(
                "pk", "translation_key", "locale", "last_published_at", *extra
            )
        for item in items.select_related("locale").order_by("pk"):
            start = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[model._meta.app_label, model._meta.model_name, item.pk],
            )
            target = targets.get(item.translation_key)
            row(snippet_title(item), kind, SNIPPETS_SECTION, item, target, start)


def target_edit_url(target):
    # The translation editor is the translated object's own edit view.
    if isinstance(target, Page):
        return reverse("wagtailadmin_pages:edit", args=[target.pk])
    meta = target._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[target.pk])


def by_section(rows):
    """Per section, in page order: rows, and the share of strings translated (for its bar)."""
    sections = defaultdict(list)
    for r in rows:
        sections[r.section].append(r)
    summary = []
    for name, items in sections.items():
        total = sum(r.total for r in items)
        done = sum(r.done for r in items)
        states = {s: sum(1 for r in items if r.state == s) for s in STATES}
        summary.append(
            {
                "name": name,
                "items": len(items),
                "percent": 100 if not total else round(100 * done / total),
                "states": states,
            }
        )
    return summary
