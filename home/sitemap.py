from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.alternates import untranslated_aliases
from home.visibility import public_pages


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap lists the default site's tree; ours has a tree per language."""

    def items(self):
        return (
            public_pages(Page.objects.filter(depth__gt=1))
            .exclude(untranslated_aliases())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
