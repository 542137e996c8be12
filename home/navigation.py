"""The header and footer of every page, read once per language and kept in the cache.

Pages of every app show them, so a render must not pay for them: the links are resolved to
plain (label, href) pairs and cached per locale until a menu, a page or the site pages
setting (privacy notice, contact page) changes.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale
from wagtail.rich_text import expand_db_html

from .streams import localize_links

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
    try:
        locale = Locale.objects.get_for_language(language_code)
        nav = SiteNavigation.objects.filter(locale=locale).first()
    except Locale.DoesNotExist:
        nav = None
    if nav is None:
        nav = SiteNavigation.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if nav is not None:
        with translation.override(language_code):
            links = [
                c.value for s in (nav.header_links, nav.donate_link, nav.footer_links) for c in s
            ]
            localize_links(links)
            donate = _links(nav.donate_link)
            data = {
                "header": _links(nav.header_links),
                "donate": donate[0] if donate else None,
                "footer": _links(nav.footer_links),
                "social": [dict(child.value) for child in nav.social_links],
                "footer_text": expand_db_html(nav.footer_text),
            }
    data.update(_site_pages(language_code))
    # The footer always leads to the privacy notice: at its end unless a footer link does.
    data["privacy_in_footer"] = bool(data["privacy"]) and data["privacy"] not in {
        link["href"] for link in data["footer"]
    }
    cache.set(key, data, CACHE_SECONDS)
    return data


def _site_pages(language_code):
    """{"privacy": href, "contact": href} of the pages the SitePages setting names, in the
    visitor's language ("" when none is chosen or it is not live)."""
    from .models import SitePages
    from .visibility import in_visitor_language

    chosen = SitePages.load()
    pages = {"privacy": chosen.privacy_page, "contact": chosen.contact_page}
    with translation.override(language_code):
        found = in_visitor_language(pages.values(), listed=False)
        return {
            name: found[page.translation_key].url
            if page is not None and page.translation_key in found
            else ""
            for name, page in pages.items()
        }


def forget_navigation():
    cache.delete_many([CACHE_KEY.format(code) for code, _name in settings.LANGUAGES])
