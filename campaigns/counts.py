"""The count, goal and public signer lists of an action: derived from the confirmed rows,
cached in the shared cache, and forgotten on every change to a row, from the site, the admin or
the retention run (never a separate number that could drift)."""

from django.core.cache import cache

from .models.organisations import OrganisationSignature
from .models.signatures import Signature

CACHE_SECONDS = 60 * 10
RECENT_SIGNERS = 5


def _key(page_key):
    return f"action-figures:{page_key}"


def stepped_goal(goal, total):
    """Once passed, the goal doubles until it is ahead again."""
    goal = max(goal, 1)
    while total >= goal:
        goal *= 2
    return goal


def _rows(action):
    key = action.translation_key
    if action.kind == "organisations":
        signatures = OrganisationSignature.objects.filter(page_key=key, confirmed_at__isnull=False)
        approved = signatures.filter(approved=True, anonymised=False).order_by("organisation")
        return {
            "signed": signatures.count(),
            "recent": [],
            "organisations": list(approved.values("organisation", "city", "country")),
        }
    signatures = Signature.objects.filter(page_key=key, confirmed_at__isnull=False)
    recent = signatures.filter(show_name=True, anonymised=False).order_by("-created_at")
    return {
        "signed": signatures.count(),
        "recent": list(recent.values("first_name", "state", "country")[:RECENT_SIGNERS]),
        "organisations": [],
    }


def action_figures(action):
    rows = cache.get(_key(action.translation_key))
    if rows is None:
        rows = _rows(action)
        cache.set(_key(action.translation_key), rows, CACHE_SECONDS)
    total = rows["signed"] + action.offline_count
    goal = stepped_goal(action.goal, total)
    return {
        "total": total,
        "goal": goal,
        "percent": min(100, round(total * 100 / goal)),
        "recent": rows["recent"],
        "organisations": rows["organisations"],
    }


def forget_figures(page_key):
    cache.delete(_key(page_key))
