"""Under the site's Content-Security-Policy every page's scripts still run: the browser reports
no blocked script, style, frame or form on any page of the sitemap, in either language."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_no_page_of_the_sitemap_breaks_the_security_policy(page, site_url):
    blocked = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and blocked.append((page.url, message.text))
        ),
    )
    page.on("pageerror", lambda error: blocked.append((page.url, str(error))))
    sitemap = page.request.get(f"{site_url}/sitemap.xml").text()
    paths = [
        re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)
    ]
    assert any(path.startswith("/es/") for path in paths)
    for path in paths:
        response = page.goto(f"{site_url}{path}")
        assert response.status == 200, path
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert blocked == []
