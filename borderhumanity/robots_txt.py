"""/robots.txt: crawlers are kept out of the admin and pointed at the sitemap."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from home.site_address import absolute_url


@require_safe
def robots_txt(request):
    # The configured address, not the Host sent: a CDN may keep this answer for a day.
    sitemap = absolute_url(request, reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {sitemap}",
        "",
    ]
    response = HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response
