"""The admin home panel: each live action's count against its goal, and the last 30 days as a
small bar chart drawn on the server (SVG, no script). Counts only: nothing personal."""

import datetime

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .counts import action_figures
from .models import ActionPage, OrganisationSignature, Signature

DAYS = 30
CHART_WIDTH = 240
CHART_HEIGHT = 40


def daily_counts(model, page_keys, since):
    rows = (
        model.objects.filter(page_key__in=page_keys, confirmed_at__gte=since)
        .annotate(day=TruncDate("confirmed_at"))
        .values("page_key", "day")
        .annotate(n=Count("pk"))
    )
    counts = {}
    for row in rows:
        counts.setdefault(row["page_key"], {})[row["day"]] = row["n"]
    return counts


def bars(per_day, today):
    days = [today - datetime.timedelta(days=DAYS - 1 - i) for i in range(DAYS)]
    values = [per_day.get(day, 0) for day in days]
    peak = max(values) or 1
    width = CHART_WIDTH / DAYS
    return {
        "bars": [
            {
                "x": round(i * width, 1),
                "width": round(width - 1, 1),
                "height": round(CHART_HEIGHT * value / peak, 1),
                "y": round(CHART_HEIGHT - CHART_HEIGHT * value / peak, 1),
                "label": f"{day.isoformat()}: {value}",
            }
            for i, (day, value) in enumerate(zip(days, values, strict=True))
        ],
        "peak": max(values),
    }


class ActionsPanel(Component):
    name = "campaign_actions"
    order = 150
    template_name = "campaigns/admin/actions_panel.html"

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        since = timezone.now() - datetime.timedelta(days=DAYS)
        actions = list(
            ActionPage.objects.live().filter(locale__language_code="en").order_by("title")
        )
        keys = [a.translation_key for a in actions]
        per_day = daily_counts(Signature, keys, since)
        per_day.update(daily_counts(OrganisationSignature, keys, since))
        return {
            "actions": [
                {
                    "page": action,
                    "figures": action_figures(action),
                    "chart": bars(per_day.get(action.translation_key, {}), today),
                }
                for action in actions
            ],
            "width": CHART_WIDTH,
            "height": CHART_HEIGHT,
        }
