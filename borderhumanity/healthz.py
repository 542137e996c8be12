"""/healthz: whether this server can answer, for load balancers and monitoring."""

import secrets

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


def _database_answers():
    try:
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


def _cache_answers():
    """A write read back: a Redis cache set to ignore errors reads None when it is down."""
    probe = secrets.token_hex(8)
    try:
        cache.set("healthz-probe", probe, 30)
        return cache.get("healthz-probe") == probe
    except Exception:  # any backend's connection error
        return False


@never_cache
@require_safe
def healthz(request):
    """For load balancers: 200 when the database and the shared cache answer, 503 naming the
    part that does not. Says nothing else about the site."""
    report = {
        "database": "ok" if _database_answers() else "unreachable",
        "cache": "ok" if _cache_answers() else "unreachable",
    }
    healthy = all(value == "ok" for value in report.values())
    return JsonResponse(report, status=200 if healthy else 503)
