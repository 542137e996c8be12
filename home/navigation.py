"""The header and footer of every page, read once per language and kept in the cache.

Pages of every app show them, so a render must not pay for them: the links are resolved to
plain (label, href) pairs and cached per locale until a menu, a page or the site pages
setting (privacy notice, contact page) changes.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.rich_text import expand_db_html

from .stream_loading import choices_loaded
from .visibility import in_visitor_language, visitor_locale

CACHE_KEY = "site-navigation:{}"
CACHE_SECONDS = 60 * 60


def _links(stream):
    return [
        {"label": child.value.label, "href": child.value.href}
        for child in stream
        if child.value.href
    ]


def navigation_for(language_code=None):
    from .models import SiteNavigation

    language_code = language_code or translation.get_language()
    key = CACHE_KEY.format(language_code)
    data = cache.get(key)
    if data is not None:
        return data
    data = {"header": [], "donate": None, "footer": [], "social": [], "footer_text": ""}
    with translation.override(language_code):
        locale = visitor_locale(language_code)
        nav = SiteNavigation.objects.filter(locale=locale).first() if locale else None
        if nav is None:
            nav = SiteNavigation.objects.filter(
                locale__language_code=settings.LANGUAGE_CODE
            ).first()
        streams = (nav.header_links, nav.donate_link, nav.footer_links) if nav else ()
        # The menus' pages in one query, then they and the site's own pages in the visitor's
        # language in one more.
        with choices_loaded(*streams):
            links = [child.value for stream in streams for child in stream]
        site_pages = _site_pages()
        chosen = [link.get("page") for link in links] + list(site_pages.values())
        found = in_visitor_language(chosen, listed=False)
        for link in links:
            page = link.get("page")
            if page:
                link.localized_page = found.get(page.translation_key)
        if nav is not None:
            donate = _links(nav.donate_link)
            data = {
                "header": _links(nav.header_links),
                "donate": donate[0] if donate else None,
                "footer": _links(nav.footer_links),
                "social": [dict(child.value) for child in nav.social_links],
                "footer_text": expand_db_html(nav.footer_text),
            }
        data.update(
            {
                name: found[page.translation_key].url
                if page is not None and page.translation_key in found
                else ""
                for name, page in site_pages.items()
            }
        )
    # The footer always leads to the privacy notice: at its end unless a footer link does.
    data["privacy_in_footer"] = bool(data["privacy"]) and data["privacy"] not in {
        link["href"] for link in data["footer"]
    }
    cache.set(key, data, CACHE_SECONDS)
    return data


def _site_pages():
    """{"privacy": page, "contact": page} the SitePages setting names (None when not chosen),
    with the setting, in one query."""
    from .models import SitePages

    chosen = (
        SitePages.objects.select_related("privacy_page", "contact_page").first() or SitePages.load()
    )
    return {"privacy": chosen.privacy_page, "contact": chosen.contact_page}


def forget_navigation():
    cache.delete_many([CACHE_KEY.format(code) for code, _name in settings.LANGUAGES])
