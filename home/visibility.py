"""What the public may be shown of the page tree, decided in one place.

A page the public may be shown is live and public: neither it nor any page above it carries a
privacy restriction (a password, a login, a group). A restricted page answers its own address
with a password or login form, but it must never be listed: not in a news index or its feeds, a
"latest news" block, the sitemap, search results or suggestions, a language switcher's
alternates, a ZIP of translations or anything else that shows a title, an intro or a picture
to whoever asks. Every such listing asks this module, so a new one cannot forget half the rule.

Links an editor placed by hand (a link block, a link in rich text) are a different thing: the
editor chose to point at that page, and a restricted page asks its visitor for the password
itself. They are followed into the visitor's language with `in_visitor_language(...,
listed=False)`.
"""

from django.db.models.expressions import RawSQL
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from .locales import locale_for


def visitor_locale(language=None):
    """The Locale of the given language (default: the active one), or None when the site has
    no such locale. Kept by the process (home.locales): no query of its own."""
    return locale_for(language or translation.get_language())


def restricted_ids():
    """The ids of the pages under a privacy restriction, their own or an ancestor's (a
    restriction on a page whose tree path begins theirs), as SQL for a `pk__in` subquery: no
    query of its own. Wagtail's own `.public()` reads every restriction first. Written out
    rather than built with the ORM, which took longer to compile this subquery than the
    database took to run it, three times in a page's render; tree paths are digits and capital
    letters, compared as they are by `substr`, the same on PostgreSQL and SQLite."""
    page, restriction = Page._meta.db_table, PageViewRestriction._meta.db_table
    # Table names from the models, and no parameters: nothing a visitor sends reaches it.
    return RawSQL(  # noqa: S611
        f"SELECT p.id FROM {page} p, {restriction} r INNER JOIN {page} rp ON rp.id = r.page_id"  # noqa: S608
        " WHERE substr(p.path, 1, length(rp.path)) = rp.path",
        (),
    )


def public_pages(queryset=None):
    """`queryset` (default: every page) narrowed to the pages the public may be shown."""
    if queryset is None:
        queryset = Page.objects.all()
    # As `pk__in` rather than a condition on the row: Wagtail's search backends accept that
    # filter on a queryset they search, and no other shape of subquery.
    return queryset.live().exclude(pk__in=restricted_ids())


def is_public(page):
    """Whether this one page may be shown to the public (one query when it is live)."""
    return page is not None and page.live and not page.get_view_restrictions().exists()


def translations_in(keys, locale=None, *, listed=True, queryset=None):
    """{translation_key: page} of the pages with these keys in `locale` (default: the visitor's),
    one query. `listed=True` (listings) keeps to pages the public may be shown; `listed=False`
    (links placed by an editor) to live pages."""
    keys = [key for key in keys if key]
    locale = locale or visitor_locale()
    if not keys or locale is None:
        return {}
    base = Page.objects.all() if queryset is None else queryset
    pages = base.filter(translation_key__in=keys, locale=locale)
    pages = public_pages(pages) if listed else pages.live()
    return {page.translation_key: page for page in pages}


def in_visitor_language(chosen, locale=None, *, specific=False, listed=True):
    """The one answer to "these pages an editor chose, in the visitor's language":
    {translation_key: the page to show}, which is the chosen page's version in `locale` (default:
    the visitor's), else the chosen page itself; keys with neither are left out.

    `listed=True` (listings: a latest-news block) keeps to pages the public may be shown, live
    and under no privacy restriction (three queries at most). `listed=False` (links an editor
    placed, in a link block or in rich text) keeps to live pages (one query): a page behind a
    password asks for it itself."""
    chosen = [page for page in chosen if page is not None]
    if not chosen:
        return {}
    # A chosen page already in the visitor's language (and of its own type when `specific`)
    # is its own answer: only whether the public may see it is asked, for all at once.
    locale = locale or visitor_locale()
    here = [page for page in chosen if _is_answer(page, locale, specific)]
    if here:
        if listed:
            shown = set(
                public_pages(Page.objects.filter(pk__in=[p.pk for p in here])).values_list(
                    "pk", flat=True
                )
            )
            here = [page for page in here if page.pk in shown]
        found = {page.translation_key: page for page in here}
        rest = [page for page in chosen if not _is_answer(page, locale, specific)]
        return in_visitor_language(rest, locale, specific=specific, listed=listed) | found
    queryset = Page.objects.all()
    if specific:
        queryset = queryset.specific()
    keys = [page.translation_key for page in chosen]
    found = translations_in(keys, locale, listed=listed, queryset=queryset)
    missing = [page for page in chosen if page.translation_key not in found and page.live]
    if missing and listed:
        missing = public_pages(queryset.filter(pk__in=[page.pk for page in missing]))
    for page in missing:
        found.setdefault(page.translation_key, page)
    return found


def _is_answer(page, locale, specific):
    return (
        locale is not None
        and page.live
        and page.locale_id == locale.pk
        and (not specific or type(page) is page.specific_class)
    )


def public_translations(page, *, inclusive=False):
    """The page's versions in other languages (and itself if `inclusive`) that the public may
    be shown."""
    return public_pages(page.get_translations(inclusive=inclusive))


def request_may_see(page, request):
    """Whether this request passes every privacy restriction on the page and above it (the
    password given in this session, a login, a group), as Wagtail's own serve does."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
