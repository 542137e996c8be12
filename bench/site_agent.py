"""The served site's side of `bench/spike.py --publish`: runs inside `manage.py shell`, with the
server's own settings, database and cache (LiveSite.env), and answers one JSON line per command
read from stdin, so that a publish or a read of the render counts takes milliseconds, not the
seconds a new manage.py would need to start while the spike runs.

    paths                the pages the spike reads: six types, in English and Spanish
    settings             the protections and caches as the server has them
    reset / totals       the server's render counts (page_cache.renders), when it has them
    publish news         a new news post published, as an editor's Publish does
    publish navigation   the navigation snippet edited and saved, as an editor's Save does
"""

import importlib.util
import json
import sys
import time
import urllib.parse

from django.conf import settings

PROTECTIONS = (
    "DEBUG",
    "ACTION_RATE_LIMIT",
    "PROXY_COUNT",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_HSTS_SECONDS",
    "PAGE_CACHE_SECONDS",
    "FRAGMENT_CACHE_SECONDS",
)


def page_paths():
    from wagtail.models import Locale

    from campaigns.models import CampaignPage
    from faq.models import FAQPage
    from home.models import HomePage
    from journey.models import JourneyPage
    from news.models import NewsPage
    from toolkit.models import ToolkitPage

    spanish = Locale.objects.get(language_code="es")
    paths = {}
    for kind, model in (
        ("home", HomePage),
        ("campaign", CampaignPage),
        ("faq", FAQPage),
        ("journey", JourneyPage),
        ("toolkit", ToolkitPage),
        ("news post", NewsPage),
    ):
        english = model.objects.live().filter(locale__language_code="en").first()
        for language, page in (("en", english), ("es", english.get_translation(spanish))):
            path = urllib.parse.urlsplit(page.full_url).path
            paths[f"{kind} {language}"] = urllib.parse.quote(path, safe="/%")
    return paths


def renders():
    """page_cache.renders when this release counts renders, else None."""
    if importlib.util.find_spec("page_cache.renders") is None:
        return None
    from page_cache import renders as module

    return module


def publish_news():
    from news.models import NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.live().filter(locale__language_code="en").first()
    stamp = time.strftime("%H%M%S")
    post = index.add_child(
        instance=NewsPage(title=f"Spike post {stamp}", slug=f"spike-post-{stamp}", live=False)
    )
    post.save_revision().publish()
    return urllib.parse.urlsplit(post.full_url).path


def edit_navigation():
    from home.models import SiteNavigation

    navigation = SiteNavigation.objects.get(locale__language_code="en")
    navigation.footer_text = f"{navigation.footer_text}<p>Edited {time.strftime('%H:%M:%S')}</p>"
    navigation.save()
    return str(navigation)


def answer(command):
    counter = renders()
    if command == "paths":
        return page_paths()
    if command == "settings":
        return {name: getattr(settings, name, None) for name in PROTECTIONS}
    if command == "reset":
        return counter.reset() if counter else None
    if command == "totals":
        return counter.totals() if counter else None
    if command == "publish news":
        return publish_news()
    if command == "publish navigation":
        return edit_navigation()
    raise ValueError(f"unknown command {command!r}")


def serve():
    for line in sys.stdin:
        began = time.perf_counter()
        result = answer(line.strip())
        took = time.perf_counter() - began
        print(json.dumps({"result": result, "seconds": took}, default=str), flush=True)


if __name__ == "site_agent":
    serve()
