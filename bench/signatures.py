#!/usr/bin/env python
"""bench/signatures.py: concurrent signers against the site as deployed.

Serves the demo as deployed (borderhumanity/live_site.py): production settings on
a fresh PostgreSQL database, the Redis shared cache, gunicorn (sync workers) behind an nginx
TLS front that sets X-Forwarded-For. Every protection is on, the per-client rate limit at its
default included. N signer threads then play people who each come from an address of their
own and do what a browser does, once per signature: load the petition (the same page for
everyone, from the page cache), fetch the form's CSRF and start tokens as its script does,
wait the minimum fill time and sign, some twice with the same email (bench/signers.py).
Prints accepted signatures per second, latency percentiles, whether the rows in the database
equal the signers that were thanked (nothing lost, nothing doubled), how many honest
submissions were refused (none should be), and the processor time each part of the stack
used meanwhile (bench/cpu_use.py).

    .venv/bin/python bench/signatures.py [--signers 16] [--seconds 20] [--workers 4]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))  # last: bench/news.py, search.py... share app names
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borderhumanity.settings.test")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bh_bench")

import django  # noqa: E402

django.setup()

from cpu_use import report, snapshot  # noqa: E402
from signers import PETITION, People, Signer, StartLine, stored_rows, totals  # noqa: E402

from borderhumanity.live_site import nginx_binary, serve_deployed_site, shared_cache_url  # noqa: E402


def percentiles(latencies):
    if len(latencies) < 2:
        return "n/a"
    q = statistics.quantiles(latencies, n=100)
    return f"p50 {q[49] * 1000:.1f} ms, p99 {q[98] * 1000:.1f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--signers", type=int, default=16, help="client threads")
    parser.add_argument("--seconds", type=float, default=20, help="measured time")
    parser.add_argument("--warmup", type=float, default=5, help="unmeasured start")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--front-workers", type=int, default=1, help="nginx workers")
    parser.add_argument("--repeat-share", type=float, default=0.3)
    parser.add_argument("--per-person", type=int, default=3, help="most signatures per person")
    args = parser.parse_args()
    if not os.environ["DATABASE_URL"].startswith(("postgres://", "postgresql://")):
        sys.exit("bench/signatures.py measures the site on PostgreSQL: set DATABASE_URL")
    if nginx_binary() is None or not shared_cache_url():
        sys.exit("bench/signatures.py needs nginx (apt-get install nginx) and a Redis server")

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        print(f"Serving as deployed: nginx TLS front, gunicorn ({args.workers} workers),")
        print(f"  production settings, {os.environ['DATABASE_URL']} + Redis ...")
        with serve_deployed_site(
            Path(tmp), workers=args.workers, front_workers=args.front_workers
        ) as site:
            limit = int(site.setting("ACTION_RATE_LIMIT"))
            warm = site.visitor(10**6)  # far from the signers' addresses
            warm.load_form(PETITION)  # the first render makes the image renditions
            warm.close()
            start = StartLine(args.signers + 1)
            people = People()
            signers = [
                Signer(n, site, start, args.repeat_share, people, args.per_person, limit)
                for n in range(args.signers)
            ]
            for signer in signers:
                signer.start()
            measure_from = start.go(args.warmup, args.seconds)
            database = urlsplit(site.database_url).path.lstrip("/")
            time.sleep(max(0, measure_from - time.monotonic()))
            cpu_before = snapshot(database)
            time.sleep(max(0, start.deadline - time.monotonic()))
            cpu_after = snapshot(database)
            for signer in signers:
                signer.join()
            rows = stored_rows(site)
            people_count = people.next()

    seen = totals(signers, measure_from)
    counted = seen["counted"]
    accepted = sum(1 for _t, status, _s in counted if status == 303)
    print(f"load average before the run: {load_before:.1f} (other work slows every figure)")
    print(
        f"signers {args.signers} threads, {people_count} people at as many addresses, "
        f"rate limit {limit} per address (on); measured {args.seconds:.0f} s after "
        f"{args.warmup:.0f} s warm-up"
    )
    pages = seen["counted_pages"]
    print(f"submissions measured: {len(counted)}; page loads (with tokens): {len(pages)}")
    print(f"accepted signatures per second: {accepted / args.seconds:.0f}")
    print(f"submission latency {percentiles(sorted(s for _t, _st, s in counted))}")
    print(f"page + token fetch latency {percentiles(sorted(s for _t, _st, s in pages))}")
    wrongly_refused = sum(seen["errors"].values())
    print(f"honest submissions refused (should be 0): {wrongly_refused} {dict(seen['errors'])}")
    if seen["page_errors"]:
        print(f"page loads that failed: {dict(seen['page_errors'])}")
    print(f"processor time while measured ({os.cpu_count()} cores on this machine):")
    print("\n".join(report(cpu_before, cpu_after, args.seconds, accepted)))
    print(f"unique signers thanked: {len(seen['thanked'])}; rows in the database: {rows}")
    ok = rows == len(seen["thanked"]) and not wrongly_refused and not seen["page_errors"]
    print("CHECK rows == thanked, nobody refused:", "OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
