"""Calls counted by call pages, for the Campaign data group: per official and per day, for one
call page (every language together), and the same as CSV. Counts only: a call row holds
nothing about the caller."""

import csv
import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin

from .admin_exports import AuditedIndexView
from .models import CallFollowUp, CallLog, CallPage
from .spreadsheets import safe_row

PERMISSION = "campaigns.view_calllog"
DAYS = 30


def call_pages():
    """One entry per call page, by its source-language version's title."""
    pages = {}
    for page in CallPage.objects.order_by("locale__language_code", "title"):
        pages.setdefault(page.translation_key, page)
    return sorted(pages.values(), key=lambda page: page.title)


def chosen_page(request, pages):
    wanted = request.GET.get("page", "")
    return next((p for p in pages if str(p.translation_key) == wanted), pages[0] if pages else None)


def per_official(page_key):
    return (
        CallLog.objects.filter(page_key=page_key)
        .values("official__name", "official__role", "official__state")
        .annotate(calls=Count("pk"))
        .order_by("-calls", "official__name")
    )


def per_day(page_key, since=None):
    rows = CallLog.objects.filter(page_key=page_key)
    if since is not None:
        rows = rows.filter(day__gte=since)
    return rows.values("day").annotate(calls=Count("pk")).order_by("-day")


def allowed(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def call_report(request):
    allowed(request)
    pages = call_pages()
    page = chosen_page(request, pages)
    context = {"pages": pages, "page": page}
    if page is not None:
        since = timezone.localdate() - datetime.timedelta(days=DAYS - 1)
        context.update(
            officials=per_official(page.translation_key),
            days=per_day(page.translation_key, since),
            total=CallLog.objects.filter(page_key=page.translation_key).count(),
            csv_url=reverse("campaigns_call_report_csv") + f"?page={page.translation_key}",
            days_shown=DAYS,
        )
    return TemplateResponse(request, "campaigns/admin/call_report.html", context)


def call_report_csv(request):
    """Every counted call of the page, by day, official and language."""
    allowed(request)
    page = chosen_page(request, call_pages())
    if page is None:
        raise PermissionDenied
    rows = (
        CallLog.objects.filter(page_key=page.translation_key)
        .values("day", "official__name", "official__role", "official__state", "language")
        .annotate(calls=Count("pk"))
        .order_by("day", "official__name", "language")
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="calls-{slugify(page.slug)}.csv"'
    writer = csv.writer(response)
    writer.writerow(["Day", "Official", "Role", "State", "Language", "Calls"])
    for row in rows:
        writer.writerow(
            safe_row(
                [
                    row["day"].isoformat(),
                    row["official__name"] or "",
                    row["official__role"] or "",
                    row["official__state"] or "",
                    row["language"],
                    row["calls"],
                ]
            )
        )
    return response


def call_report_urls():
    return [
        path("campaigns/calls/", call_report, name="campaigns_call_report"),
        path("campaigns/calls.csv", call_report_csv, name="campaigns_call_report_csv"),
    ]


class CallsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def calls_menu_item():
    return CallsMenuItem(
        _("Calls"), reverse("campaigns_call_report"), icon_name="mobile-alt", order=260
    )


class FollowUpPermissions(PermissionHelper):
    """Addresses come only from callers who confirmed them, never typed in by staff."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False


class CallFollowUpAdmin(ModelAdmin):
    """Callers who asked to hear about next steps: list, search by email, and an audited
    export that holds confirmed addresses only. Nothing in it names a call or an official."""

    model = CallFollowUp
    menu_label = _("Call follow-ups")
    menu_icon = "mail"
    menu_order = 330
    permission_helper_class = FollowUpPermissions
    index_view_class = AuditedIndexView
    inspect_view_enabled = True
    list_display = ("email", "first_name", "call_page", "language", "created_at", "confirmed_at")
    list_filter = ("language", "created_at", "confirmed_at")
    search_fields = ("email", "first_name")
    inspect_view_fields = (
        "first_name",
        "email",
        "call_page",
        "language",
        "created_at",
        "confirmed_at",
        "consent_text",
    )
    list_export = ("first_name", "email", "call_page", "language", "confirmed_at", "consent_text")
    export_filename = "call-follow-ups-confirmed"

    def exportable(self, queryset):
        """Whatever the filter, an address that was never confirmed does not leave the site."""
        return queryset.filter(confirmed_at__isnull=False)
