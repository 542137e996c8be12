"""The editors' view of what people search for: totals per term, never single searches."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.models import Locale

from .models import SearchTermCount

PERIODS = (7, 30, 90, 365)
TOP = 50


def search_terms(request):
    if not request.user.has_perm("search.view_searchtermcount"):
        raise PermissionDenied
    try:
        days = int(request.GET.get("days", 30))
    except ValueError:
        days = 30
    days = days if days in PERIODS else 30
    locales = list(Locale.objects.order_by("language_code"))
    locale = next((x for x in locales if x.language_code == request.GET.get("locale")), None)
    rows = SearchTermCount.objects.filter(day__gte=timezone.now().date() - timedelta(days=days))
    if locale:
        rows = rows.filter(locale=locale)
    totals = rows.values("term", "locale__language_code").annotate(
        total=Sum("searches"), without_results=Sum("zero_results")
    )
    return TemplateResponse(
        request,
        "search/admin/search_terms.html",
        {
            "top_terms": totals.order_by("-total", "term")[:TOP],
            "zero_terms": totals.filter(without_results__gt=0).order_by("-without_results", "term")[
                :TOP
            ],
            "days": days,
            "periods": PERIODS,
            "locales": locales,
            "locale": locale,
        },
    )
