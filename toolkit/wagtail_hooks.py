"""Admin: the staff's view of toolkit download counts."""

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
    return [path("reports/toolkit-downloads/", download_report, name="toolkit_downloads")]


class StaffMenuItem(AdminOnlyMenuItem):
    def is_shown(self, request):
        return request.user.is_staff


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return StaffMenuItem(
        _("Toolkit downloads"), reverse("toolkit_downloads"), icon_name="download", order=900
    )
