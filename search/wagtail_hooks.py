from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import search_terms


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_searchtermcount")


@hooks.register("register_admin_urls")
def register_search_terms_url():
    return [path("site-search/terms/", search_terms, name="site_search_terms")]


@hooks.register("register_reports_menu_item")
def register_search_terms_report():
    return SearchTermsMenuItem(
        _("Site search terms"),
        reverse("site_search_terms"),
        name="site-search-terms",
        icon_name="search",
        order=1290,
    )


@hooks.register("construct_reports_menu")
def hide_unused_search_terms_report(request, menu_items):
    # wagtail.contrib.search_promotions' own report counts hits this site never records
    # (its counter would store terms with email addresses and phone numbers too).
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
