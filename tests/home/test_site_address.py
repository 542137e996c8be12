"""The site's address is one setting, SITE_URL: the Wagtail Site follows it (on migrate, and with
`manage.py set_site_address` as `make run` does for its PORT), every absolute URL of a page is
built from that Site, and a request's Host header never changes what a page says."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from home.models import StandardPage
from home.site_address import apply_site_url, follow_site_url, parse_site_url
from tests.factories import PRODUCTION_ENV, hreflangs, meta_content, run_manage, soup


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8080", ("127.0.0.1", 8080)),
        ("http://127.0.0.1:8080/", ("127.0.0.1", 8080)),
        ("https://campaign.example.org", ("campaign.example.org", 443)),
        ("http://campaign.example.org", ("campaign.example.org", 80)),
    ],
)
def test_a_site_address_is_a_host_and_a_port(url, expected):
    assert parse_site_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "",
        "campaign.example.org",
        "ftp://campaign.example.org",
        "https://campaign.example.org:8443",  # a Wagtail Site serves https on 443 only
        "https://campaign.example.org/en/",
        "https://*.example.org",
        "https://.example.org",
        "http://127.0.0.1:port",
    ],
)
def test_an_address_a_site_cannot_name_is_refused(url):
    with pytest.raises(ValueError):
        parse_site_url(url)


def absolute_addresses(response):
    """Every absolute URL the page gives out in its head."""
    page = soup(response)
    found = {"canonical": page.find("link", rel="canonical")["href"]}
    found.update(hreflangs(response))
    for prop in ("og:url", "og:image"):
        found[prop] = meta_content(response, prop=prop)
    found["twitter:image"] = meta_content(response, name="twitter:image")
    return found


def english_page():
    return StandardPage.objects.live().filter(locale__language_code="en").first()


@pytest.mark.django_db
def test_set_site_address_moves_every_absolute_url_of_a_page(client):
    call_command("set_site_address", "http://127.0.0.1:8123")
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "http://127.0.0.1:8123"

    response = client.get(english_page().url)

    assert response.status_code == 200
    addresses = absolute_addresses(response)
    assert {"canonical", "en", "es", "og:url", "og:image", "twitter:image"} <= set(addresses)
    for what, url in addresses.items():
        assert url.startswith("http://127.0.0.1:8123/"), (what, url)
    robots = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://127.0.0.1:8123/sitemap.xml" in robots
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://127.0.0.1:8123/en/</loc>" in sitemap


@pytest.mark.django_db
def test_set_site_address_refuses_an_address_it_cannot_serve():
    before = Site.objects.get(is_default_site=True).root_url
    with pytest.raises(CommandError, match="443"):
        call_command("set_site_address", "https://campaign.example.org:8443")
    assert Site.objects.get(is_default_site=True).root_url == before


@pytest.mark.django_db
def test_migrate_leaves_the_site_at_the_configured_address(settings):
    settings.SITE_URL = "https://campaign.example.org"
    follow_site_url()  # what post_migrate runs after every migrate
    assert Site.objects.get(is_default_site=True).root_url == "https://campaign.example.org"


@pytest.mark.django_db
def test_moving_the_site_empties_the_page_cache(settings, client):
    from page_cache.store import generation

    settings.PAGE_CACHE_SECONDS = 600
    before = generation()
    apply_site_url("http://127.0.0.1:8124")
    assert generation() != before
    # The same address again changes nothing, and purges nothing.
    after = generation()
    apply_site_url("http://127.0.0.1:8124/")
    assert generation() == after


@pytest.mark.django_db
@pytest.mark.parametrize("host", ["yoursite.example:1", "testserver:8443", "evil.example"])
def test_a_crafted_host_changes_no_address_the_next_visitor_gets(client, settings, host):
    settings.FRAGMENT_CACHE_SECONDS = 600  # rendered parts kept, as deployed
    settings.PAGE_CACHE_SECONDS = 600
    settings.ALLOWED_HOSTS = ["*"]
    root = Site.objects.get(is_default_site=True).root_url
    url = english_page().url

    crafted = client.get(url, HTTP_HOST=host)
    normal = client.get(url)

    assert crafted.status_code == normal.status_code == 200
    assert absolute_addresses(crafted) == absolute_addresses(normal)
    for what, address in absolute_addresses(normal).items():
        assert address.startswith(f"{root}/"), (what, address)
    for path in ("/robots.txt", "/en/no-such-page/"):
        text = client.get(path, HTTP_HOST=host).content.decode()
        assert host not in text, path


@pytest.mark.django_db
def test_a_page_without_a_page_of_its_own_names_the_configured_address(client):
    apply_site_url("http://127.0.0.1:8125")
    response = client.get("/es/no-such-page/")
    assert response.status_code == 404
    assert meta_content(response, prop="og:url") == "http://127.0.0.1:8125/es/no-such-page/"


# Production settings: the address comes from SITE_URL (or the first allowed host).


def production_setting(names, **env):
    script = "from django.conf import settings; " + "; ".join(
        f"print(settings.{name})" for name in names
    )
    result = run_manage("shell", "-v0", "-c", script, env={**PRODUCTION_ENV, **env})
    return result


def test_production_takes_the_site_address_from_site_url():
    result = production_setting(
        ["SITE_URL", "WAGTAILADMIN_BASE_URL"], SITE_URL="https://act.campaign.example.org/"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["https://act.campaign.example.org"] * 2


def test_production_falls_back_on_the_first_allowed_host():
    result = production_setting(["SITE_URL"], ALLOWED_HOSTS="campaign.example.org,www.x.org")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["https://campaign.example.org"]


@pytest.mark.parametrize(
    "env",
    [
        {"SITE_URL": "https://campaign.example.org:8443"},
        {"SITE_URL": "campaign.example.org"},
        {"ALLOWED_HOSTS": ".example.org"},
    ],
)
def test_production_refuses_an_address_the_site_cannot_serve(env):
    result = production_setting(["SITE_URL"], **env)
    assert result.returncode != 0
    assert "SITE_URL" in result.stderr
