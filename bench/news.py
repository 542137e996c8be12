#!/usr/bin/env python
"""Time the news pages: median render time and queries of the index, a filtered index page,
the bilingual advisory, its feed and the home page's latest-news block.

Usage: bench/news.py [ROUNDS]   (against the database of DATABASE_URL / db.sqlite3, demo loaded)
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borderhumanity.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402

URLS = [
    "/en/",
    "/en/news/",
    "/es/noticias/?type=media_advisory",
    "/en/news/binational-letter-97-organisations/",
    "/es/noticias/carta-binacional-97-organizaciones/",
    "/en/news/feed/",
    "/es/noticias/feed/atom/",
]


def main(rounds):
    client = Client(HTTP_HOST="localhost")
    print(f"{'page':52} {'status':>6} {'queries':>7} {'median ms':>9} {'p90 ms':>7}")
    for url in URLS:
        client.get(url)  # warm: renditions, navigation, site root paths
        connection.force_debug_cursor = True
        reset_queries()
        status = client.get(url).status_code
        queries = list(connection.queries)
        connection.force_debug_cursor = False
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p90 = times[int(len(times) * 0.9) - 1]
        print(
            f"{url:52} {status:>6} {len(queries):>7} {statistics.median(times):>9.1f} {p90:>7.1f}"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rounds", nargs="?", type=int, default=50, help="timed renders per page")
    main(parser.parse_args().rounds)
