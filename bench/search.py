#!/usr/bin/env python3
"""bench/search.py: how fast the site search answers, on the demo content.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bh_bench bench/search.py [--rounds 30]

Migrates that database and loads the demo site if needed (as `make run` does), then sends ten
typical searches (English and Spanish) through the whole Django stack (URL routing, search,
passages, template) in this process, and prints, per query: results found, database queries
per request, p50/p99 in milliseconds; then the overall searches per second, p50 and p99. A
second block times the database search alone (count + first page). DEBUG is off.
Runs on SQLite too (without DATABASE_URL) for comparison, saying so.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
if VENV_PYTHON.exists() and Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
    os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), *sys.argv])  # noqa: S606 (the project's venv)

sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borderhumanity.settings.dev")

QUERIES = [
    ("en", "credible fear"),
    ("en", "detention statistics"),
    ("en", "asylum"),
    ("en", "toolkit"),
    ("en", "lawyer"),
    ("es", "asilo"),
    ("es", "asilos"),
    ("es", "derechos"),
    ("es", "detencion"),
    ("es", "acogida comunitaria"),
]


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30, help="requests per query (30)")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import translation
    from wagtail.models import Locale

    from search.views import find

    settings.DEBUG = False
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo_content", verbosity=0)
    print(f"database: {connection.vendor} ({connection.settings_dict['NAME']})")
    if connection.vendor != "postgresql":
        print("note: not PostgreSQL; set DATABASE_URL to measure the production set-up")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{len(QUERIES)} queries × {args.rounds} rounds, one process, full Django stack")
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f} at start\n")

    client = Client(HTTP_HOST="localhost")
    timings, rows = [], []
    for language, query in QUERIES:
        url = f"/{language}/search/"
        client.get(url, {"q": query})  # warm: caches, templates, connection
        counter = QueryCounter()
        with connection.execute_wrapper(counter):
            response = client.get(url, {"q": query})
        assert response.status_code == 200, (url, query, response.status_code)
        with translation.override(language):
            found = find(query, Locale.get_active())[0].count()
        per_query = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            client.get(url, {"q": query})
            per_query.append((time.perf_counter() - started) * 1000)
        timings += per_query
        rows.append((language, query, found, counter.count, per_query))

    print(f"{'lang':4} {'query':24} {'found':>5} {'db q/req':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for language, query, found, queries, per_query in rows:
        print(
            f"{language:4} {query:24} {found:5d} {queries:8d} "
            f"{statistics.median(per_query):8.1f} {percentile(per_query, 0.99):8.1f}"
        )
    total_seconds = sum(timings) / 1000
    print(
        f"\nsearch page: {len(timings) / total_seconds:.1f} searches/s, "
        f"p50 {statistics.median(timings):.1f} ms, p99 {percentile(timings, 0.99):.1f} ms"
    )

    search_only = []
    for language, query in QUERIES:
        with translation.override(language):
            locale = Locale.get_active()
            for _ in range(args.rounds):
                started = time.perf_counter()
                results, _similar = find(query, locale)
                results.count()
                list(results[:10])
                search_only.append((time.perf_counter() - started) * 1000)
    total_seconds = sum(search_only) / 1000
    print(
        f"database search alone (count + first page): "
        f"{len(search_only) / total_seconds:.1f} queries/s, "
        f"p50 {statistics.median(search_only):.2f} ms, p99 {percentile(search_only, 0.99):.2f} ms"
    )


if __name__ == "__main__":
    main()
