"""Translators' admin views: Reports → Translation status; submitting a translation for review."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from .review import submit_for_review
from .status import STATE_LABELS, STATES, by_section, status_rows

PERMISSION = "wagtail_localize.submit_translation"  # Editors, Moderators and Translators hold it


def translation_status(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    locales = list(Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code"))
    codes = {locale.language_code: locale for locale in locales}
    locale = codes.get(request.GET.get("locale")) or (locales[0] if locales else None)
    state = request.GET.get("state") if request.GET.get("state") in STATES else ""
    section = request.GET.get("section", "")

    rows = status_rows(locale) if locale else []
    sections = by_section(rows)
    shown = [
        r for r in rows if (not state or r.state == state) and (not section or r.section == section)
    ]
    return render(
        request,
        "translations/admin/status.html",
        {
            "page_title": _("Translation status"),
            "locales": locales,
            "locale": locale,
            "states": [(s, STATE_LABELS[s], sum(r.state == s for r in rows)) for s in STATES],
            "state": state,
            "sections": sections,
            "section": section,
            "rows": shown,
        },
    )


@require_POST
def submit_translation_for_review(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id)
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if submit_for_review(translation, request.user):
        messages.success(request, _("Sent to a moderator for review."))
    else:
        messages.warning(request, _("Saved as a draft: no review workflow applies to this page."))
    return redirect("wagtailadmin_pages:edit", page.pk)
