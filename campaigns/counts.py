"""The count, goal and public signer lists of an action: derived from the rows, cached, and
forgotten on every new signature (never a separate number that could drift)."""

from django.core.cache import cache

from .models.organisations import OrganisationSignature
from .models.signatures import Signature

CACHE_SECONDS = 60 * 10
RECENT_SIGNERS = 5


def _key(action_key):
    return f"action-figures:{action_key}"


def stepped_goal(goal, total):
    """Once passed, the goal doubles until it is ahead again."""
    goal = max(goal, 1)
    while total >= goal:
        goal *= 2
    return goal


def _rows(action):
    key = action.translation_key
    if action.kind == "organisations":
        signatures = OrganisationSignature.objects.filter(action_key=key)
        approved = signatures.filter(approved=True, anonymised=False).order_by("organisation")
        return {
            "signed": signatures.count(),
            "recent": [],
            "organisations": list(approved.values("organisation", "city", "country")),
        }
    signatures = Signature.objects.filter(action_key=key)
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


def forget_figures(action_key):
    cache.delete(_key(action_key))
