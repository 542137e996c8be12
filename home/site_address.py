"""The site's public address, settings.SITE_URL, is the one source of its absolute URLs.

Canonical and hreflang links, og:url and og:image, the sitemap, RSS and Atom feeds, share links
and links in emails are all built from the default Wagtail Site's root URL (page.get_full_url,
site_root_url below), never from a request's Host header: what is built
from it may be kept in a shared cache and sent to every visitor. That Site record follows
SITE_URL on every migrate and on `manage.py set_site_address`, so `make run` on any PORT and a
production release both name the address that really serves the site.
"""

from urllib.parse import urlsplit

# A Wagtail Site is a host and a port; its root URL is http on port 80, https on 443, and
# http://host:port on any other, so those are the addresses it can name.
DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_site_url(url):
    """(hostname, port) of a site address such as https://campaign.org or
    http://127.0.0.1:8000. Raises ValueError for anything a Wagtail Site cannot name."""
    parts = urlsplit((url or "").strip())
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"{url!r} is not an http:// or https:// address with a host name")
    if parts.hostname.startswith(".") or "*" in parts.hostname:
        raise ValueError(f"{url!r} names a pattern of hosts, not one host")
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ValueError(f"{url!r} has more than a scheme, a host and a port")
    try:
        port = parts.port or DEFAULT_PORTS[parts.scheme]
    except ValueError:
        raise ValueError(f"{url!r} has a port that is not a number") from None
    if parts.scheme == "https" and port != 443:
        raise ValueError(f"{url!r}: a Wagtail Site serves https on port 443 only")
    if parts.scheme == "http" and port == 443:
        raise ValueError(f"{url!r}: port 443 is https")
    return parts.hostname, port


def apply_site_url(url, using="default"):
    """Point the default Site (or the only one) at `url`. Returns the Site, or None when there
    is none yet (the demo loader makes it). Saves only a change: saving purges cached pages."""
    from wagtail.models import Site

    hostname, port = parse_site_url(url)
    sites = Site.objects.using(using)
    site = sites.filter(is_default_site=True).first() or sites.first()
    if site is None:
        return None
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(using=using)
    return site


def follow_site_url(using="default", **kwargs):
    """post_migrate: each release (and each `make run`) leaves the Site at settings.SITE_URL."""
    from django.conf import settings

    if getattr(settings, "SITE_URL", ""):
        apply_site_url(settings.SITE_URL, using=using)


def site_root_url(request=None):
    """The configured address of the request's site (its Wagtail Site record, else SITE_URL),
    without a trailing slash. The Host header only picks among configured Sites; a Host that
    names none gets the default Site, so a crafted Host never shows up in a page."""
    from django.conf import settings
    from wagtail.models import Site

    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site is not None else ""
    return (root or settings.SITE_URL).rstrip("/")


def absolute_url(request, url):
    """`url` (a path) on the site's configured address; absolute URLs are left as they are."""
    if not url or "://" in url or url.startswith("//"):
        return url
    return f"{site_root_url(request)}{url}"
