"""Delivering messages of welcome to the person: per welcome page, a printable sheet (one card
per message, each in the language it was written in) and a CSV. Approved messages only, or
every message for staff's own reading (`?all=1`). Campaign data staff only; every file is
recorded in the export log and the audit log, like the other exports of personal data."""

import csv

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.models import Locale

from .admin_exports import EXPORT_ACTION
from .models.exports import DataExport
from .models.welcome import WelcomeMessage, WelcomePage
from .spreadsheets import safe_row

PERMISSION = "campaigns.view_welcomemessage"
Status = WelcomeMessage.Status


def allowed(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def welcome_pages():
    """One row per welcome page (its default-language version), with its message counts."""
    pages = WelcomePage.objects.filter(locale=Locale.get_default()).order_by("title")
    counts = (
        WelcomeMessage.objects.filter(page_key__in=pages.values("translation_key"))
        .values("page_key")
        .annotate(
            approved=Count("pk", filter=Q(status=Status.APPROVED)),
            waiting=Count("pk", filter=Q(status=Status.NEW)),
            total=Count("pk"),
        )
    )
    by_key = {row["page_key"]: row for row in counts}
    empty = {"approved": 0, "waiting": 0, "total": 0}
    return [(page, by_key.get(page.translation_key, empty)) for page in pages]


def page_of(page_key):
    page = (
        WelcomePage.objects.filter(translation_key=page_key, locale=Locale.get_default()).first()
        or WelcomePage.objects.filter(translation_key=page_key).first()
    )
    if page is None:
        raise Http404
    return page


def messages_for(request, page):
    everything = request.GET.get("all") == "1"
    rows = WelcomeMessage.objects.filter(page_key=page.translation_key)
    if not everything:
        rows = rows.filter(status=Status.APPROVED)
    return everything, list(rows.order_by("created_at", "pk"))


def record_export(request, page, everything, file_format, rows):
    record = DataExport.objects.create(
        user=request.user,
        what=f"Messages of welcome: {page.person_name}"[:120],
        file_format=file_format,
        filters="all" if everything else "approved",
        rows=rows,
    )
    log(record, EXPORT_ACTION, user=request.user, data={"rows": rows})


def delivery_index(request):
    allowed(request)
    return TemplateResponse(
        request, "campaigns/admin/welcome_delivery.html", {"rows": welcome_pages()}
    )


def printable(request, page_key):
    allowed(request)
    page = page_of(page_key)
    everything, rows = messages_for(request, page)
    record_export(request, page, everything, "print", len(rows))
    response = TemplateResponse(
        request,
        "campaigns/admin/welcome_print.html",
        {"page": page, "welcome_messages": rows, "everything": everything},
    )
    response["Cache-Control"] = "private, no-store"
    return response


def spreadsheet(request, page_key):
    allowed(request)
    page = page_of(page_key)
    everything, rows = messages_for(request, page)
    record_export(request, page, everything, "csv", len(rows))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = slugify(f"welcome-{page.person_name}-{'all' if everything else 'approved'}")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")  # spreadsheet programs then read the accents right
    writer = csv.writer(response)
    writer.writerow(["Sent at", "Language", "First name", "Town", "Message", "Status", "Shown"])
    for m in rows:
        writer.writerow(
            safe_row(
                [
                    m.created_at.date().isoformat(),
                    m.language,
                    m.first_name,
                    m.town,
                    m.message,
                    m.status,
                    "yes" if m.show_on_page else "no",
                ]
            )
        )
    return response


def delivery_urls():
    return [
        path(
            "campaigns/welcomemessage/deliver/",
            delivery_index,
            name="campaigns_welcome_delivery",
        ),
        path(
            "campaigns/welcomemessage/deliver/<uuid:page_key>/print/",
            printable,
            name="campaigns_welcome_print",
        ),
        path(
            "campaigns/welcomemessage/deliver/<uuid:page_key>/csv/",
            spreadsheet,
            name="campaigns_welcome_csv",
        ),
    ]
