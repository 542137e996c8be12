#!/usr/bin/env python
"""bench/pages.py: how fast the demo site answers, uncached and from the page cache.

Loads the demo into a fresh PostgreSQL database and serves it as deployed three times
(borderhumanity/live_site.py, serve_deployed_site: production settings with every protection
on, gunicorn with 2 sync workers, the Redis shared cache, behind an nginx TLS front), and drives
each page through the front with wrk (16 connections):
  cold        no cache of rendered pages or parts at all (every request renders everything);
  parts-kept  the page cache off, rendered parts kept (page_cache.fragments): what a visitor
              with a session, or an address with a query string, gets;
  cached      the full-page cache on: what anonymous visitors get.
For home, a campaign page, a petition, an FAQ page, the journey, the toolkit, a news post and a
search it prints requests per second and p50/p99 latency of each, the queries and milliseconds
one render takes in-process (cold and with parts kept; test settings, same database), how much
of a cold one waits for the database, and the gzip-compressed bytes of the HTML plus the CSS and
JS it links. Two references are measured in the same run, under the same gunicorn set-up and
behind the same kind of TLS front: the home page of a bare Wagtail site (`wagtail start`, same
Wagtail, Django, psycopg and gunicorn releases, in a virtualenv of its own, on PostgreSQL:
bench/bare_wagtail.py), the floor a Wagtail page costs, measured beside each run; and a static
copy of our home page, the ceiling.
A second table gives each rate as a multiple of the bare page's in the same run.

    .venv/bin/python bench/pages.py [--seconds 8]        (needs wrk: apt-get install -y wrk)
"""

import argparse
import gzip
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bh_pages")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borderhumanity.settings.test")

from bare_wagtail import serve_bare_wagtail  # noqa: E402

from borderhumanity.live_site import (  # noqa: E402
    gunicorn_server,
    nginx_front,
    serve_deployed_site,
    tls_context,
)

WORKERS = 2
CONNECTIONS = 16
ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(/[^"]+)"')


def fresh_database(url):
    import psycopg

    base, _, name = url.rpartition("/")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return url


def pages_to_measure():
    """One of each kind, from the loaded demo (English)."""
    from campaigns.models import ActionPage, CampaignPage
    from faq.models import FAQPage
    from home.models import HomePage
    from journey.models import JourneyPage
    from news.models import NewsPage
    from toolkit.models import ToolkitPage

    def first(model):
        return model.objects.live().filter(locale__language_code="en").first().url

    return {
        "home": first(HomePage),
        "campaign": first(CampaignPage),
        "petition": first(ActionPage),
        "faq": first(FAQPage),
        "journey": first(JourneyPage),
        "toolkit": first(ToolkitPage),
        "news post": first(NewsPage),
        "search": "/en/search/?q=asylum",
    }


RENDERS = 15


def queries_per_page(urls, fragment_seconds):
    """{page: (queries of one render, median milliseconds of one render, median milliseconds
    of it spent waiting for the database)}, rendered here in this process by Django's test
    client: no gunicorn, no HTTP, one request at a time. The time moves less with the
    machine's load than the rates do, so it is the figure to compare between changes."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings

    client, counts = Client(), {}
    captured, waited = [], [0.0]

    def count(execute, sql, params, many, context):
        captured.append(sql)
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            waited[0] += time.perf_counter() - started

    with override_settings(FRAGMENT_CACHE_SECONDS=fragment_seconds):
        for name, url in urls.items():
            client.get(url)  # warm: navigation and renditions cached, as after the first visitor
            captured.clear()
            # Counted as they run: CaptureQueriesContext's query log read 0 here beside a
            # deployed server, whatever the page asked.
            with connection.execute_wrapper(count):
                client.get(url)
            queries = len(captured)
            times, database = [], []
            for _ in range(RENDERS):
                waited[0] = 0.0
                started = time.perf_counter()
                with connection.execute_wrapper(count):
                    client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                database.append(waited[0] * 1000)
            counts[name] = (queries, statistics.median(times), statistics.median(database))
    return counts


_trusted = {}  # a front's URL -> a TLS context trusting its own certificate


def trust(front):
    """front: (its URL, its certificate file), as nginx_front yields them."""
    url, ca_file = front
    _trusted[url] = tls_context(str(ca_file))
    return url


def _open(url):
    context = next((c for front, c in _trusted.items() if url.startswith(front)), None)
    return urllib.request.urlopen(url, timeout=60, context=context)  # noqa: S310 — localhost


def fetch(url):
    with _open(url) as response:
        return response.read()


def stored_whole(url):
    """Whether the page cache answers this page (its second visit is a hit)."""
    fetch(url)
    with _open(url) as response:
        return response.headers.get("X-Page-Cache") == "hit"


def compressed_bytes(site_url, path):
    html = fetch(site_url + path)
    total = len(gzip.compress(html, 6))
    for asset in sorted(set(ASSET.findall(html.decode()))):
        total += len(gzip.compress(fetch(site_url + asset), 6))
    return total


def wrk(url, seconds):
    fetch(url)  # warm
    out = subprocess.run(  # noqa: S603 — fixed arguments
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", url],  # noqa: S607
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)

    def ms(label):
        value, unit = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\b", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    return rate, ms("50"), ms("99"), int(errors.group(1)) if errors else 0


@contextmanager
def static_copy(tmp, html):
    page = tmp / "home.html"
    page.write_bytes(html)
    env = dict(os.environ, STATIC_HOME_FILE=str(page))
    with (
        gunicorn_server("static_home:app", env, WORKERS, directory=ROOT / "bench") as url,
        nginx_front(url, tmp / "static-front", ready_path="/") as front,
    ):
        yield trust(front)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--runs", default="cold,parts-kept,cached", help="a quicker look: cached")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("bench/pages.py needs wrk (apt-get install -y wrk)")
    database_url = os.environ["DATABASE_URL"]
    fresh_database(database_url)
    from django.conf import settings

    print(f"load average before the run: {os.getloadavg()[0]:.1f} (2 cores)")
    rows = {}
    runs = {
        "cold": {"PAGE_CACHE_SECONDS": "0", "FRAGMENT_CACHE_SECONDS": "0"},
        "parts-kept": {"PAGE_CACHE_SECONDS": "0", "FRAGMENT_CACHE_SECONDS": "3600"},
        "cached": {"PAGE_CACHE_SECONDS": "600", "FRAGMENT_CACHE_SECONDS": "3600"},
    }
    runs = {run: runs[run] for run in args.runs.split(",")}
    first = next(iter(runs))
    bare_database = fresh_database(database_url + "_bare")
    conn_max_age = settings.DATABASES["default"]["CONN_MAX_AGE"]  # persistent, as ours
    bare = {}
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        tmp = Path(tmp)
        # Served all along and measured beside each run: the machine's load drifts, and a
        # ratio is only fair between figures taken in the same minute.
        bare_url, pins = stack.enter_context(
            serve_bare_wagtail(tmp, bare_database, WORKERS, conn_max_age)
        )
        bare_front = nginx_front(bare_url, tmp / "bare-front", ready_path="/")
        bare_url = trust(stack.enter_context(bare_front))
        for run, env in runs.items():
            with serve_deployed_site(
                tmp, WORKERS, database_url, load=run == first, env=env
            ) as site:
                trust((site.url, site.ca_file))
                if run == first:
                    import django

                    django.setup()
                    urls = pages_to_measure()
                    cold_queries = queries_per_page(urls, 0)
                    kept_queries = queries_per_page(urls, 3600)
                    home_html = fetch(site.url + urls["home"])
                    for name, path in urls.items():
                        rows[name] = {
                            "queries": (cold_queries[name][0], kept_queries[name][0]),
                            "ms": (cold_queries[name][1], kept_queries[name][1]),
                            "db ms": cold_queries[name][2],
                        }
                        rows[name]["size"] = compressed_bytes(site.url, path)
                        rows[name]["stored"] = None  # known from the cached run
                bare[run] = wrk(bare_url + "/", args.seconds)
                for name, path in urls.items():
                    if run == "cached":
                        rows[name]["stored"] = stored_whole(site.url + path)
                    rows[name][run] = wrk(site.url + path, args.seconds)
        with static_copy(tmp, home_html) as static_url:
            ceiling = wrk(static_url + "/", args.seconds)

    print(
        f"as deployed (production settings, TLS front), gunicorn {WORKERS} sync workers,"
        f" wrk {CONNECTIONS} connections, {args.seconds} s each"
    )
    print("requests per second, then p50 / p99 latency in ms")
    head = f"{'page':10}" + "".join(f" {run:>20}" for run in runs)
    print(head + f" {'queries':>8} {'ms':>11} {'db ms':>6} {'KB gz':>6} {'non-2xx':>7}")
    for name, row in rows.items():
        figures = "".join(
            f" {row[run][0]:6.0f} {row[run][1]:6.1f} {row[run][2]:6.1f}" for run in runs
        )
        queries = "{}/{}".format(*row["queries"])
        ms = "{:.1f}/{:.1f}".format(*row["ms"])
        errors = sum(row[run][3] for run in runs)
        print(
            f"{name:10}{figures} {queries:>8} {ms:>11} {row['db ms']:6.1f}"
            f" {row['size'] / 1024:6.1f} {errors:7d}"
        )
    figures = "".join(
        f" {bare[run][0]:6.0f} {bare[run][1]:6.1f} {bare[run][2]:6.1f}" for run in runs
    )
    print(f"{'bare':10}{figures}  (bare Wagtail's home, measured beside each run)")
    print(f"{'static':10} {ceiling[0]:6.0f} {ceiling[1]:6.1f} {ceiling[2]:6.1f}  (the ceiling)")
    print("queries, ms: one render cold / with the rendered parts kept, in-process (median)")
    print("db ms: of a cold render's ms, the time spent waiting for the database")
    print()
    print_beside_bare(rows, runs, bare, ceiling, pins)
    # Pages never stored whole (a form, a query string) have no cached target.
    never_stored = {n for n, r in rows.items() if r["stored"] is False}
    slow = [n for n in ("home", "campaign") if rows[n].get("parts-kept", (150,))[0] < 150]
    cached_low = [
        n
        for n, r in rows.items()
        if n != "search" and n not in never_stored and r.get("cached", ceiling)[0] < ceiling[0] / 2
    ]
    heavy = [n for n, r in rows.items() if r["size"] > 50 * 1024]
    cold_home = rows["home"]["cold"][0] / bare["cold"][0] if "cold" in runs else 1
    print("CHECK parts-kept home and campaign >= 150 req/s:", "OK" if not slow else slow)
    print("CHECK cached >= half the static ceiling:", "OK" if not cached_low else cached_low)
    print("CHECK every page < 50 KB compressed:", "OK" if not heavy else heavy)
    print(
        f"CHECK cold home >= 35 % of bare Wagtail: {'OK' if cold_home >= 0.35 else 'FAILED'}"
        f" ({cold_home:.0%})"
    )
    return 0 if not (slow or cached_low or heavy or cold_home < 0.35) else 1


def print_beside_bare(rows, runs, bare, ceiling, pins):
    """Requests per second of each run, and each as a multiple of the bare Wagtail page's
    measured in the same run."""
    print(f"beside bare Wagtail's home page ({', '.join(pins)})")
    print(f"{'page':10}" + "".join(f" {run:>10} {'x bare':>6}" for run in runs))
    for name, row in rows.items():
        figures = "".join(f" {row[run][0]:10.0f} {row[run][0] / bare[run][0]:6.2f}" for run in runs)
        note = "" if row["stored"] is not False else "  (never stored whole)"
        print(f"{name:10}{figures}{note}")
    print(f"{'bare':10}" + "".join(f" {bare[run][0]:10.0f} {1:6.2f}" for run in runs))
    mean = sum(bare[run][0] for run in runs) / len(runs)
    print(f"{'static':10} {ceiling[0]:10.0f} {ceiling[0] / mean:6.2f}  (the ceiling)")


if __name__ == "__main__":
    sys.exit(main())
