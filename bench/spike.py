#!/usr/bin/env python
"""bench/spike.py: signers keep signing while the PostgreSQL server restarts under them.

Serves the demo as deployed (nginx TLS front, gunicorn sync workers, production settings, a
fresh PostgreSQL database, Redis), runs N signer threads as in bench/signatures.py (people at
their own addresses, one loaded form per signature, rate limit on) for a fixed time, and
restarts the PostgreSQL server half-way through (pg_ctlcluster; this stops every database on
the machine for a few seconds). Prints signatures acknowledged vs stored (must be equal:
nothing thanked is lost), what clients saw when refused (must be 503 with a Retry-After and a
try-again message, never a 500 nor a 429), and how long signing took to recover.

    .venv/bin/python bench/spike.py [--signers 32] [--seconds 30] [--workers 4]

With --publish news|navigation|both it is readers instead, and an editor's publish in the
middle: see bench/spike_publish.py.

    .venv/bin/python bench/spike.py --publish both [--seconds 30] [--connections 64]
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))  # last: bench/news.py, search.py... share app names
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borderhumanity.settings.test")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bh_spike")

import django  # noqa: E402

django.setup()

import spike_publish  # noqa: E402
from signers import People, Signer, StartLine, stored_rows, totals  # noqa: E402

from borderhumanity.live_site import nginx_binary, serve_deployed_site, shared_cache_url  # noqa: E402

CHANGES = {"news": ["news"], "navigation": ["navigation"], "both": ["news", "navigation"]}


def restart_postgres(at, log):
    time.sleep(max(0, at - time.monotonic()))
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    log["restart began"] = time.monotonic()
    subprocess.run(  # noqa: S603 — fixed arguments
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"],  # noqa: S607
        check=True, capture_output=True,
    )  # fmt: skip
    log["restart ended"] = time.monotonic()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--signers", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument(
        "--publish", choices=CHANGES, help="readers, and this published half-way (not a restart)"
    )
    parser.add_argument("--connections", type=int, default=64, help="readers' (with --publish)")
    args = parser.parse_args()
    if nginx_binary() is None or not shared_cache_url():
        sys.exit("bench/spike.py needs nginx (apt-get install nginx) and a Redis server")
    if args.publish:
        if not shutil.which("wrk"):
            sys.exit("bench/spike.py --publish needs wrk (apt-get install -y wrk)")
        seconds = round(args.seconds)
        return spike_publish.main(CHANGES[args.publish], seconds, args.connections, args.workers)

    with tempfile.TemporaryDirectory() as tmp:
        print(f"Serving as deployed, gunicorn ({args.workers} workers), on PostgreSQL ...")
        with serve_deployed_site(Path(tmp), workers=args.workers) as site:
            limit = int(site.setting("ACTION_RATE_LIMIT"))
            start = StartLine(args.signers + 1)
            people = People()
            signers = [
                Signer(n, site, start, 0.3, people, limit=limit) for n in range(args.signers)
            ]
            for signer in signers:
                signer.start()
            log = {}
            began = time.monotonic()
            restarter = threading.Thread(
                target=restart_postgres, args=(began + args.seconds / 2, log)
            )
            restarter.start()
            start.go(0, args.seconds)
            for signer in signers:
                signer.join()
            restarter.join()
            for _ in range(60):  # the server is back: read what it stored
                try:
                    rows = stored_rows(site)
                    break
                except Exception:  # noqa: BLE001 — still starting
                    time.sleep(1)

    seen = totals(signers)
    events, thanked, errors = seen["events"], seen["thanked"], seen["errors"]
    print(f"signers {args.signers}, {args.seconds:.0f} s, {len(events)} submissions")
    restart, at = log["restart ended"] - log["restart began"], log["restart began"] - began
    print(f"PostgreSQL restart took {restart:.1f} s (began at {at:.1f} s)")
    print(f"acknowledged unique signers: {len(thanked)}; rows stored: {rows}")
    print(f"refusals seen by clients: {dict(errors) or 'none'}")
    print(f"page loads that failed: {dict(seen['page_errors']) or 'none'}")
    for status, (headers, body) in seen["samples"].items():
        retry = headers.get("retry-after", "none")
        print(f"  {status}: Retry-After {retry}; says try again: {'try again' in body.lower()}")
    failures = [t for t, status, _s in events if status != 303]
    if failures:
        after = [t for t, status, _s in events if status == 303 and t > failures[-1]]
        recovered = (after[0] if after else float("nan")) - failures[0]
        print(f"first refusal to first signature after the last refusal: {recovered:.1f} s")
    page_statuses = set(seen["page_errors"])
    ok = (
        rows == len(thanked)
        and all(status == 503 for status in errors)
        and page_statuses <= {"503"}
    )
    print("CHECK stored == acknowledged, refusals only 503:", "OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
