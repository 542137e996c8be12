"""Sub-addresses in the reader's language: the words after a page's or a language's address
(`thank-you/`, `downloads/`, `subscription/confirm/`) are interface strings, translated in the
catalogue with the context "address", so a Spanish page thanks at `/es/peticion/gracias/`.

One mechanism for both kinds of route:
- `url(words, rest, view, name)` for a URLconf under the language prefix;
- `@page_path(words, rest, name=...)` for a routable page's sub-address, on a page class that
  mixes in `LocalisedRoutablePageMixin` (which reverses in the page's own language, so an email
  or a redirect made while another language is active still names the page's words).

Each also answers the English words under every other language's prefix with a 301 to the
translated address: links sent before a translation existed, and visitors who type the English
word, still arrive.
"""

from functools import wraps

from django.http import HttpResponsePermanentRedirect
from django.urls import path as url_path
from django.urls import reverse
from django.utils import translation
from django.utils.text import format_lazy
from django.utils.translation import pgettext_lazy
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.routable_page.models import path as routable_path

from .locales import language_of

# Every word used in a sub-address. Translators: lower case, no accents, hyphens for spaces.
WORDS = {
    "thank-you": pgettext_lazy("address", "thank-you"),
    "downloads": pgettext_lazy("address", "downloads"),
    "subscription": pgettext_lazy("address", "subscription"),
    "confirm": pgettext_lazy("address", "confirm"),
    "unsubscribe": pgettext_lazy("address", "unsubscribe"),
    "signature": pgettext_lazy("address", "signature"),
    "card": pgettext_lazy("address", "card"),
    "check-your-email": pgettext_lazy("address", "check-your-email"),
}

_REDIRECT_TO = "_sub_address_redirect_to"


def route(words, rest=""):
    """(the route in the active language, the English route): `route(["thank-you"])` is
    `gracias/` under Spanish. `rest` (converters, fixed parts) is never translated."""
    english = "".join(f"{word}/" for word in words) + rest
    localised = format_lazy("{}" * len(words) + "{}", *(_word(w) for w in words), rest)
    return localised, english


def _word(word):
    return format_lazy("{}/", WORDS[word])


def _query(request):
    query = request.META.get("QUERY_STRING", "")
    return f"?{query}" if query else ""


def url(words, rest, view, name):
    """The URL patterns of one view: its translated address, then its English address, which
    redirects (301) to the translated one when the active language translates it."""
    localised, english = route(words, rest)

    def english_address(request, **kwargs):
        namespace = request.resolver_match.namespace
        target = reverse(f"{namespace}:{name}" if namespace else name, kwargs=kwargs)
        return HttpResponsePermanentRedirect(target + _query(request))

    return [url_path(localised, view, name=name), url_path(english, english_address)]


def page_path(words, rest="", name=None):
    """`@page_path(["thank-you"], name="thank_you")` on a routable page's view method."""

    def decorator(view_func):
        route_name = name or view_func.__name__
        localised, english = route(words, rest)

        @wraps(view_func)
        def view(page, request, *args, **kwargs):
            if kwargs.pop(_REDIRECT_TO, None):
                target = page.url + page.reverse_subpage(route_name, args=args, kwargs=kwargs)
                if target != request.path:
                    return HttpResponsePermanentRedirect(target + _query(request))
            return view_func(page, request, *args, **kwargs)

        routable_path(localised, name=route_name)(view)
        # The English words come after the translated ones: where they are the same (English,
        # or an untranslated word), the translated route answers and this one never does.
        view._routablepage_routes.append(
            (url_path(english, view, {_REDIRECT_TO: True}), view._routablepage_routes[-1][1])
        )
        return view

    return decorator


class LocalisedRoutablePageMixin(RoutablePageMixin):
    """Sub-addresses reversed in the page's language, whatever language is active."""

    def reverse_subpage(self, name, args=None, kwargs=None):
        with translation.override(language_of(self)):
            return super().reverse_subpage(name, args=args, kwargs=kwargs)
