"""Template tags of the site frame: navigation, language links, share images."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from home.alternates import not_available_note, text_direction
from home.kept_parts import remember
from home.locales import language_of
from home.models import HomePage, SiteBranding
from home.navigation import navigation_for
from home.site_address import absolute_url
from home.visibility import public_pages, public_translations

register = template.Library()


@register.simple_tag
def site_navigation():
    return navigation_for(translation.get_language())


def _language_names():
    return dict(settings.LANGUAGES)


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One entry per site language: where the same content lives in that language.

    `is_translation` is true only for a live translation of this page (an alias of the English
    page is not one, see home.alternates); other languages link to their home page, carry a
    `note` saying so in that language, and are left out of hreflang alternates. Two queries at
    most, whatever the number of languages.
    """
    request = context["request"]
    if isinstance(page, Page):
        return remember(request, page, "languages", lambda: _translation_links(request, page))
    current = translation.get_language()
    names = _language_names()
    links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": names[code],
                "url": url,
                "full_url": absolute_url(request, url),
                "is_current": code == current,
                "is_translation": True,
                "note": "",
                "dir": text_direction(code),
            }
        )
    return links


def _translation_links(request, page):
    current = translation.get_language()
    names = _language_names()
    links = []
    # A version behind a password is no alternate of a public page: its address stays unlisted.
    translations = {
        language_of(p): p
        for p in public_translations(page, inclusive=True).filter(alias_of__isnull=True)
    }
    homes = None
    for code, _name in settings.LANGUAGES:
        target = translations.get(code)
        is_translation = target is not None
        if target is None:
            if homes is None:
                homes = {
                    language_of(h): h
                    for h in public_pages(HomePage.objects.filter(alias_of__isnull=True))
                }
            target = homes.get(code)
        if target is None:
            continue
        links.append(
            {
                "code": code,
                "name": names[code],
                "url": target.get_url(request),
                "full_url": target.get_full_url(request),
                "is_current": code == current,
                "is_translation": is_translation,
                "note": "" if is_translation else not_available_note(code, names[code]),
                "dir": text_direction(code),
            }
        )
    return links


@register.simple_tag(takes_context=True)
def share_image_url(context, page=None):
    """Absolute address of the 1200×630 card for this page, or '' when there is none."""
    request = context["request"]
    if isinstance(page, Page):
        return remember(request, page, "share-image", lambda: _share_image_url(request, page))
    return _share_image_url(request, page)


def _share_image_url(request, page):
    """The page's share image, else the site's default one: the first the public may see."""
    image = None
    if page is not None and hasattr(page, "get_share_image"):
        image = public_image(page.get_share_image())
    if image is None:
        image = public_image(_default_share_image())
    if image is None:
        return ""
    # Exactly 1200×630 whatever the original (see home.wagtail_hooks.ExactSizeOperation);
    # plain fill keeps the focal point in view without zooming in on it.
    rendition = image.get_rendition("fill-1200x630|exact-1200x630|format-jpeg|jpegquality-80")
    return absolute_url(request, rendition.url)


def _default_share_image():
    """The site's default share image, with its setting, in one query."""
    branding = SiteBranding.objects.select_related("default_share_image").first()
    return (branding or SiteBranding.load()).default_share_image


@register.simple_tag(takes_context=True)
def site_address(context, path):
    """`path` on the site's configured address, never the request's Host (see
    home.site_address): for pages with no Page of their own (search, 404)."""
    return absolute_url(context.get("request"), path)


@register.filter
def public_image(image):
    """The image when the public may see it (consent, embargo, expiry: the image model's
    `is_public`), else None: templates then render nothing in its place."""
    if not image:
        return None
    is_public = getattr(image, "is_public", None)
    return image if is_public is None or is_public() else None


@register.simple_tag
def meta_description(page=None):
    text = getattr(page, "meta_description", "") if page is not None else ""
    return text or str(settings.SITE_DEFAULT_DESCRIPTION)
