"""Admin: the staff's view of toolkit download counts, of the images the public may not see,
and the files of those images for staff; rich text image embeds that obey the image rule."""

from datetime import timedelta

from django.contrib.auth.decorators import user_passes_test
from django.db.models import Sum
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from .models import DownloadCount

REPORT_DAYS = 30


@user_passes_test(lambda user: user.is_active and user.is_staff)
def download_report(request):
    since = timezone.now().date() - timedelta(days=REPORT_DAYS)
    rows = DownloadCount.objects.filter(day__gte=since).select_related("page__locale")
    return render(
        request,
        "toolkit/admin/download_report.html",
        {
            "rows": rows,
            "total": rows.aggregate(total=Sum("count"))["total"] or 0,
            "days": REPORT_DAYS,
        },
    )


@hooks.register("register_admin_urls")
def register_report_url():
    from wagtail.images.views.chooser import viewset as chooser

    from .admin_views import (
        MediaImageChooseResultsView,
        MediaImageChooseView,
        MediaImagesIndexView,
        hidden_images_report,
    )
    from .views import private_media

    return [
        path("reports/toolkit-downloads/", download_report, name="toolkit_downloads"),
        path("reports/images-not-shown/", hidden_images_report, name="toolkit_hidden_images"),
        path("media/private/<path:name>", private_media, name="toolkit_private_media"),
        # Wagtail's images listing with a "Shown to the public" filter: matched before
        # wagtail.images' own URLs (this app comes first), under the same names' addresses.
        path("images/", MediaImagesIndexView.as_view(), name="toolkit_images_index"),
        path(
            "images/results/",
            MediaImagesIndexView.as_view(results_only=True),
            name="toolkit_images_index_results",
        ),
        # The image chooser with the same filter, at the chooser's own addresses.
        path(
            "images/chooser/",
            chooser.construct_view(
                MediaImageChooseView,
                icon=chooser.icon,
                page_title=chooser.page_title,
                search_tab_label=chooser.search_tab_label,
                creation_tab_label=chooser.creation_tab_label,
            ),
            name="toolkit_images_chooser",
        ),
        path(
            "images/chooser/results/",
            chooser.construct_view(MediaImageChooseResultsView),
            name="toolkit_images_chooser_results",
        ),
    ]


@hooks.register("register_rich_text_features", order=100)
def public_image_embeds(features):
    """Replaces wagtail.images' handler for <embed embedtype="image"> (runs after it)."""
    from .rich_text import PublicImageEmbedHandler

    features.register_embed_type(PublicImageEmbedHandler)


class StaffMenuItem(AdminOnlyMenuItem):
    def is_shown(self, request):
        return request.user.is_staff


@hooks.register("register_reports_menu_item")
def register_hidden_images_menu_item():
    return StaffMenuItem(
        _("Images not shown"), reverse("toolkit_hidden_images"), icon_name="image", order=910
    )


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return StaffMenuItem(
        _("Toolkit downloads"), reverse("toolkit_downloads"), icon_name="download", order=900
    )
