"""Addresses follow where the site is served. The demo served on a port of its own (not 80, not
8000; borderhumanity/live_site.py points the Site at it as `make run` does): every absolute URL
its pages give out (canonical, hreflang alternates, og:url, og:image, twitter:image, share
links, the sitemap's entries, the RSS and Atom feeds, robots.txt) starts with the address that
serves them, and answers 200 there."""

import html
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest

# The hosts a wrongly configured copy of the site names instead of its own.
LOCAL_HOSTS = {"localhost", "127.0.0.1", "testserver", "[::1]"}
ABSOLUTE = re.compile(r"""https?://[^\s"'<>()]+""")


def fetch(url):
    """(status, content type, body) of a GET, redirects followed."""
    try:
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 — the local server
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), b""


def tags(page, name):
    return [m.group(0) for m in re.finditer(rf"<{name}\b[^>]*>", page, re.S)]


def attribute(tag, name):
    found = re.search(rf'\s{name}="([^"]*)"', tag)
    return html.unescape(found.group(1)) if found else None


def page_addresses(page):
    """The absolute URLs a page gives out, by where they stand in it."""
    found = []
    for link in tags(page, "link"):
        rel = attribute(link, "rel")
        if rel in ("canonical", "alternate") and attribute(link, "hreflang"):
            found.append((f"hreflang {attribute(link, 'hreflang')}", attribute(link, "href")))
        elif rel == "canonical":
            found.append(("canonical", attribute(link, "href")))
    for meta in tags(page, "meta"):
        key = attribute(meta, "property") or attribute(meta, "name")
        if key in ("og:url", "og:image", "twitter:image"):
            found.append((key, attribute(meta, "content")))
    for field in tags(page, "input"):
        if attribute(field, "id") == "share-url":
            found.append(("share link", attribute(field, "value")))
    # Share buttons carry the page's address inside the share service's own link.
    for anchor in tags(page, "a"):
        href = attribute(anchor, "href") or ""
        if "share" in href or "intent" in href or href.startswith(("mailto:?", "https://wa.me/")):
            for shared in ABSOLUTE.findall(urllib.parse.unquote(href.split("?", 1)[-1])):
                found.append(("share button", shared))
    return found


def stray_local_addresses(text, served):
    """Absolute URLs to a local-looking host that is not the one serving the site."""
    return [
        url
        for url in ABSOLUTE.findall(html.unescape(text))
        if urllib.parse.urlsplit(url).netloc.split(":")[0] in LOCAL_HOSTS
        and not url.startswith(served + "/")
    ]


class Checked:
    """Each absolute URL fetched once; what did not answer 200 or is not the served address."""

    def __init__(self, served):
        self.served = served
        self.status = {}
        self.wrong = []

    def check(self, where, what, url):
        if not url or not url.startswith(self.served + "/"):
            self.wrong.append(f"{where}: {what} {url!r} is not on {self.served}")
            return
        bare = url.split("#")[0]
        if bare not in self.status:
            self.status[bare] = fetch(bare)[0]
        if self.status[bare] != 200:
            self.wrong.append(f"{where}: {what} {url} answered {self.status[bare]}")


@pytest.fixture(scope="module")
def served(live_site):
    port = urllib.parse.urlsplit(live_site.url).port
    assert port not in (None, 80, 443, 8000), "the test needs a port of its own"
    return live_site.url


def sitemap_locations(served):
    status, kind, body = fetch(served + "/sitemap.xml")
    assert status == 200 and "xml" in kind
    return [html.unescape(loc) for loc in re.findall(r"<loc>([^<]+)</loc>", body.decode())]


def test_every_page_gives_out_the_address_that_serves_it(served):
    locations = sitemap_locations(served)
    assert any("/es/" in loc for loc in locations) and any("/en/" in loc for loc in locations)
    checked = Checked(served)
    for url in locations:
        checked.check("sitemap", "entry", url)
    # The page a signer lands on carries share links too.
    thanks = served + "/en/petition/thank-you/"
    checked.check("the petition's thanks", "address", thanks)
    kinds = set()
    for url in [*locations, thanks]:
        status, _kind, body = fetch(url)
        if status != 200:
            continue
        page = body.decode()
        addresses = page_addresses(page)
        kinds.update(what.split(" ")[0] for what, _ in addresses)
        for what, address in addresses:
            checked.check(url, what, address)
        for stray in stray_local_addresses(page, served):
            checked.wrong.append(f"{url}: names another address, {stray}")
    # Each kind of address was seen somewhere, so none was left unchecked by a parsing slip.
    assert {"canonical", "hreflang", "og:url", "og:image", "twitter:image", "share"} <= kinds
    assert not checked.wrong, "\n".join(checked.wrong)


def test_feeds_and_robots_txt_give_out_the_address_that_serves_them(served):
    feeds = set()
    for url in sitemap_locations(served):
        page = fetch(url)[2].decode()
        for link in tags(page, "link"):
            if attribute(link, "type") in ("application/rss+xml", "application/atom+xml"):
                feeds.add(urllib.parse.urljoin(url, attribute(link, "href")))
    assert any("/es/" in feed for feed in feeds) and len(feeds) >= 4, feeds
    checked = Checked(served)
    for feed in sorted(feeds):
        status, kind, body = fetch(feed)
        assert status == 200 and "xml" in kind, feed
        text = body.decode()
        urls = re.findall(r"<(?:link|guid|id)>([^<]+)</", text)
        urls += re.findall(r'<(?:atom:)?link\b[^>]*href="([^"]+)"', text)
        assert len(urls) >= 3, feed
        for url in urls:
            checked.check(feed, "feed link", html.unescape(url))
    robots = fetch(served + "/robots.txt")[2].decode()
    checked.check("robots.txt", "sitemap", re.search(r"Sitemap: (\S+)", robots).group(1))
    assert not checked.wrong, "\n".join(checked.wrong)
