"""Delivering a letter to decision makers: one CSV per target, with the letter and the
signers whose letter goes to that target. Staff with the Campaign data permission only."""

import csv
import html
import re

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.html import strip_tags
from django.utils.text import slugify
from wagtail.log_actions import log

from .admin_exports import EXPORT_ACTION
from .models import ActionPage, DataExport, DecisionMaker, Signature
from .spreadsheets import safe_row
from .targeting import chosen_targets

PERMISSION = "campaigns.view_signature"

# Where one paragraph (or list item, or heading) of the letter's rich text ends.
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


def letter_paragraphs(rich_text):
    """The letter as plain paragraphs, in order: what a printed delivery needs (stripping the
    tags alone ran every paragraph into one). List items keep a dash."""
    marked = re.sub(r"<li[^>]*>", "- ", rich_text or "", flags=re.IGNORECASE)
    parts = (html.unescape(strip_tags(part)).strip() for part in BLOCK_END.split(marked))
    return [" ".join(part.split()) for part in parts if part]


def recipients_of(action, target):
    signatures = Signature.objects.filter(
        page_key=action.translation_key, anonymised=False, confirmed_at__isnull=False
    )
    if target.state:
        signatures = signatures.filter(state=target.state)
    return signatures.order_by("created_at")


def delivery_index(request, page_id):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    action = get_object_or_404(ActionPage, pk=page_id)
    rows = [(t, recipients_of(action, t).count()) for t in chosen_targets(action)]
    return TemplateResponse(
        request, "campaigns/admin/delivery.html", {"action": action, "rows": rows}
    )


def delivery_csv(request, page_id, target_id):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    action = get_object_or_404(ActionPage, pk=page_id)
    target = get_object_or_404(DecisionMaker, pk=target_id)
    if target not in chosen_targets(action):
        raise PermissionDenied
    signers = list(recipients_of(action, target))
    record = DataExport.objects.create(
        user=request.user,
        what=f"Delivery: {action.title} → {target}"[:120],
        file_format="csv",
        rows=len(signers),
    )
    log(record, EXPORT_ACTION, user=request.user, data={"rows": record.rows})
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = slugify(f"{action.slug}-{target.role}-{target.name}")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    writer = csv.writer(response)
    writer.writerow(["To", str(target)])
    # One cell, paragraphs apart: a spreadsheet shows the breaks, a mail merge gets one field.
    writer.writerow(safe_row(["Letter", "\n\n".join(letter_paragraphs(action.letter))]))
    writer.writerow([])
    writer.writerow(["First name", "Last name", "ZIP code", "State", "Comment", "Signed at"])
    for s in signers:
        writer.writerow(
            safe_row(
                [s.first_name, s.last_name, s.postal_code, s.state, s.comment, s.created_at.date()]
            )
        )
    return response


def delivery_urls():
    return [
        path("campaigns/delivery/<int:page_id>/", delivery_index, name="campaigns_delivery"),
        path(
            "campaigns/delivery/<int:page_id>/<int:target_id>.csv",
            delivery_csv,
            name="campaigns_delivery_csv",
        ),
    ]
