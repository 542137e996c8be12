#!/usr/bin/env python
"""Render the demo asylum journey page, warm, and print the figures.

    bench/journey.py [requests]        (default 200; uses DATABASE_URL or the SQLite default)

Prints requests per second through Django's test client (no network), the queries per render,
and the page's size, plain and gzipped, with its own CSS and script.
"""

import argparse
import gzip
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borderhumanity.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from journey.models import JourneyPage  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("requests", nargs="?", type=int, default=200)
    count = parser.parse_args().requests
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver", "localhost"]
    pages = JourneyPage.objects.live().order_by("locale__language_code")
    if not pages:
        sys.exit("No live journey page: run `make demo` first.")
    client = Client()
    static = ROOT / "journey" / "static" / "journey"
    for name in ("journey.js", "journey.css"):
        data = (static / name).read_bytes()
        print(f"{name}: {len(data)} bytes, {len(gzip.compress(data))} gzipped")
    for page in pages:
        url = page.url
        client.get(url)  # warm: renditions, navigation cache
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        query_count = len(queries)  # read now: the query log is a bounded deque
        started = time.perf_counter()
        for _ in range(count):
            client.get(url)
        seconds = time.perf_counter() - started
        assert response.status_code == 200, (url, response.status_code)
        html = response.content
        print(
            f"{url}: {count / seconds:.0f} renders/s, {1000 * seconds / count:.1f} ms each, "
            f"{query_count} queries, {len(html)} bytes HTML ({len(gzip.compress(html))} gzipped)"
        )


if __name__ == "__main__":
    main()
