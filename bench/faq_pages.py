#!/usr/bin/env python
"""Render times and query counts of the answers pages (FAQ index, FAQ page, guide, wallet card).

Usage: bench/faq_pages.py [ROUNDS]   (uses DATABASE_URL, default db.sqlite3 with the demo loaded)
Renders in-process through Django's test client (no HTTP server), warm cache, DEBUG off.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borderhumanity.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from faq.models import FAQIndexPage, FAQPage, KnowYourRightsPage  # noqa: E402


def measure(client, url, rounds):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    count = len(queries)  # now: the next request clears Django's query log
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    return status, count, statistics.median(times), max(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rounds", nargs="?", type=int, default=50, help="timed renders per page")
    rounds = parser.parse_args().rounds
    client = Client()
    urls = []
    for code in ("en", "es"):
        for model in (FAQIndexPage, FAQPage, KnowYourRightsPage):
            page = model.objects.live().filter(locale__language_code=code).first()
            if page is not None:
                urls.append(page.url)
                if model is KnowYourRightsPage:
                    urls.append(page.url + "card/")
    print(f"{'page':<58} {'status':>6} {'queries':>7} {'median ms':>9} {'max ms':>7}")
    for url in urls:
        status, queries, median, worst = measure(client, url, rounds)
        print(f"{url:<58} {status:>6} {queries:>7} {median:>9.1f} {worst:>7.1f}")


if __name__ == "__main__":
    main()
