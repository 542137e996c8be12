"""Reports → Translation status: how far each language is, by section, page and snippet."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale

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
