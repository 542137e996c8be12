"""The count, goal and recent signers of an action: derived from the rows, cached, and
forgotten on every new signature (never a separate number that could drift)."""

from django.core.cache import cache

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


def action_figures(action):
    rows = cache.get(_key(action.translation_key))
    if rows is None:
        signatures = Signature.objects.filter(action_key=action.translation_key)
        recent = signatures.filter(show_name=True, anonymised=False).order_by("-created_at")
        rows = {
            "signed": signatures.count(),
            "recent": [
                {"first_name": s.first_name, "country": s.country.code}
                for s in recent.only("first_name", "country")[:RECENT_SIGNERS]
            ],
        }
        cache.set(_key(action.translation_key), rows, CACHE_SECONDS)
    total = rows["signed"] + action.offline_count
    goal = stepped_goal(action.goal, total)
    return {
        "total": total,
        "goal": goal,
        "percent": min(100, round(total * 100 / goal)),
        "recent": rows["recent"],
    }


def forget_figures(action_key):
    cache.delete(_key(action_key))
