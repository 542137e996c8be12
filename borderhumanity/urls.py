from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from borderhumanity.healthz import healthz
from borderhumanity.robots_txt import robots_txt
from borderhumanity.web_app import favicon, web_manifest
from campaigns import sign_endpoint
from home.sitemap import AllLanguagesSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLanguagesSitemap}}, name="sitemap"),
]

if settings.SERVE_MEDIA:
    # Embedded set-up and tests only; production serves media from a proxy or object storage.
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Every page lives under its language prefix; "/" redirects by Accept-Language.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("manifest.webmanifest", web_manifest, name="web_manifest"),
    # Toolkit downloads, at a translated address (a page with the slug "downloads", or
    # "descargas" in Spanish, under a home page would be hidden).
    path("", include("toolkit.urls")),
    path("", include("campaigns.urls")),
    # Signatures post here, not to the page: no page-tree walk per signature.
    path("sign/<int:page_id>/", sign_endpoint.sign, name="action_sign"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
