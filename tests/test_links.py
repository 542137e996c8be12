"""Every link of the demo works. Starting at /en/, /es/ and the sitemap, the crawl follows every
internal link of every page in both languages (anchors, stylesheets, scripts, icons, images,
feeds, downloads) and fails on any link to a placeholder host (example.org, any *.example.*)
and on any internal address that does not answer 200, after its redirects."""

import re
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from django.test import Client
from wagtail.models import Page, Site

pytestmark = pytest.mark.django_db

# Attributes that hold an address, and the tags whose srcset lists several.
LINK_ATTRIBUTES = {"href", "src", "action", "poster", "data"}
START = ["/en/", "/es/", "/sitemap.xml", "/robots.txt"]
NOT_FOLLOWED = ("/admin/", "/django-admin/")
MAX_ADDRESSES = 5000  # a crawl that never ends is a bug too (a link that makes new links)
PLACEHOLDER_HOST = re.compile(r"(^|\.)example(\.[a-z]+)+$|^example$")


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if not value:
                continue
            if name in LINK_ATTRIBUTES and not (tag == "form" and name == "action"):
                self.found.append(value.strip())
            elif name in ("srcset", "imagesrcset"):
                self.found += [part.split()[0] for part in value.split(",") if part.strip()]


def links_of(response):
    kind = response.get("Content-Type", "")
    text = response.content.decode(errors="replace")
    if kind.startswith("text/html"):
        parser = Links()
        parser.feed(text)
        return parser.found
    if "xml" in kind:  # the sitemap and the feeds
        return re.findall(r"<(?:loc|link|guid|id)>([^<]+)</", text) + re.findall(
            r'<(?:atom:)?link\b[^>]*href="([^"]+)"', text
        )
    if kind.startswith("text/plain"):  # robots.txt
        return re.findall(r"Sitemap: (\S+)", text)
    return []


def placeholder_host(url):
    """The placeholder host a link names (web address or email), else None."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme == "mailto":
        host = unquote(parts.path).rpartition("@")[2].split("?")[0].lower()
    return host if PLACEHOLDER_HOST.search(host) else None


class Crawl:
    def __init__(self, client, own_hosts):
        self.client = client
        self.own_hosts = own_hosts
        self.seen = set()
        self.queue = []
        self.broken = {}  # (address, status): pages that link it
        self.placeholders = {}  # placeholder address: pages that link it

    def internal_path(self, url):
        """The path (and query) of an address this site serves, else None."""
        parts = urlsplit(url)
        if parts.scheme not in ("", "http", "https") or (parts.netloc and not parts.scheme):
            return None
        if parts.netloc and parts.netloc not in self.own_hosts:
            return None
        if not parts.path:
            return None
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def add(self, url, found_on):
        if placeholder_host(url):
            self.placeholders.setdefault(url, set()).add(found_on)
            return
        path = self.internal_path(url)
        if path is None or path.startswith(NOT_FOLLOWED) or path in self.seen:
            return
        self.seen.add(path)
        self.queue.append((path, found_on))

    def get(self, path):
        """The final answer for path after its redirects, and where it ended."""
        for _hop in range(6):
            response = self.client.get(path)
            if response.status_code not in (301, 302, 303, 307, 308):
                return response, path
            location = urljoin(path, response["Location"])
            if placeholder_host(location):
                self.placeholders.setdefault(location, set()).add(f"{path} (a redirect)")
                return None, path
            path = self.internal_path(location)
            if path is None:  # a redirect out of the site: not ours to check
                return None, location
        return response, path

    def run(self, start):
        for path in start:
            self.add(path, "start")
        while self.queue:
            assert len(self.seen) < MAX_ADDRESSES, "the crawl does not end"
            path, found_on = self.queue.pop(0)
            response, final = self.get(path)
            if response is None:
                continue
            if response.status_code != 200:
                self.broken.setdefault((path, response.status_code), set()).add(found_on)
                continue
            if response.streaming:  # a download: answering is enough
                # Read to the end, as a browser would: the test client then closes it without
                # closing the database connection (closing it ourselves would, on PostgreSQL).
                for _chunk in response.streaming_content:
                    pass
                continue
            for link in links_of(response):
                self.add(urljoin(final, link.split("#")[0] or final), final)
        return self


def test_every_link_of_the_demo_works_in_both_languages():
    site = Site.objects.get(is_default_site=True)
    own = {"testserver", site.hostname, f"{site.hostname}:{site.port}"}
    crawl = Crawl(Client(raise_request_exception=False), own).run(START)

    # It went everywhere: every page of both languages, their images, styles and feeds.
    pages = {path for path in crawl.seen if path.endswith("/") and "?" not in path}
    live = {
        page.url
        for page in Page.objects.live().public().filter(depth__gt=1).exclude(alias_of__isnull=False)
    }
    assert live and live <= pages, sorted(live - pages)
    for kind in ("/media/", "/static/", "/documents/"):
        assert any(path.startswith(kind) for path in crawl.seen), f"nothing under {kind} checked"
    assert any(path.endswith("/rss/") or "feed" in path for path in crawl.seen), "no feed"
    problems = [
        f"placeholder link {url}, on {len(pages)} pages such as {min(pages)}"
        for url, pages in sorted(crawl.placeholders.items())
    ]
    problems += [
        f"{path} answers {status}, linked from {len(pages)} pages such as {min(pages)}"
        for (path, status), pages in sorted(crawl.broken.items())
    ]
    assert not problems, f"{len(problems)} broken or placeholder links:\n" + "\n".join(problems)
