#!/usr/bin/env python
"""bench/spike: signers keep signing while the PostgreSQL server restarts under them.

Starts gunicorn (sync workers) on a fresh PostgreSQL database with the demo, runs N concurrent
signers on one petition for a fixed time, and restarts the PostgreSQL server half-way through
(pg_ctlcluster; this stops every database on the machine for a few seconds). Prints signatures
acknowledged vs stored (must be equal: nothing thanked is lost), what clients saw when it was
refused (must be 503 with a Retry-After and a try-again message, never a 500), and how long
signing took to recover after the restart.

    .venv/bin/python bench/spike [--signers 64] [--seconds 30] [--workers 4]
"""

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borderhumanity.settings.test")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bh_spike")

import django  # noqa: E402

django.setup()

from signers import Signer, StartLine  # noqa: E402

from tests.live_site import serve_demo_site  # noqa: E402


def restart_postgres(at, log):
    time.sleep(max(0, at - time.monotonic()))
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    log["restart began"] = time.monotonic()
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"],
        check=True, capture_output=True,
    )  # fmt: skip
    log["restart ended"] = time.monotonic()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--signers", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        print(f"Starting gunicorn ({args.workers} workers) on {os.environ['DATABASE_URL']} ...")
        with serve_demo_site(Path(tmp), workers=args.workers) as site:
            parsed = urllib.parse.urlsplit(site.url)
            start = StartLine(args.signers + 1)
            signers = [
                Signer(n, parsed.hostname, parsed.port, start, 0.3) for n in range(args.signers)
            ]
            for signer in signers:
                signer.start()
            began = time.monotonic()
            log = {}
            restarter = threading.Thread(
                target=restart_postgres, args=(began + args.seconds / 2, log)
            )
            restarter.start()
            start.go(began + args.seconds)
            for signer in signers:
                signer.join()
            restarter.join()
            for _ in range(60):  # the server is back: read what it stored
                try:
                    rows = site.count_rows(
                        "campaigns_signature", "email LIKE %s", ("%@bench.example.org",)
                    )
                    break
                except Exception:  # noqa: BLE001 — still starting
                    time.sleep(1)

    events = sorted(event for s in signers for event in s.events)
    thanked = set().union(*(s.thanked for s in signers))
    errors, samples = {}, {}
    for s in signers:
        for status, n in s.errors.items():
            errors[status] = errors.get(status, 0) + n
        samples.update(s.samples)
    failures = [t for t, status in events if status != 303]
    after = [t for t, status in events if status == 303 and failures and t > failures[-1]]
    print(f"signers {args.signers}, {args.seconds:.0f} s, {len(events)} submissions")
    restart = log["restart ended"] - log["restart began"]
    print(f"PostgreSQL restart took {restart:.1f} s (began at {log['restart began'] - began:.1f} s)")
    print(f"acknowledged unique signers: {len(thanked)}; rows stored: {rows}")
    print(f"refusals seen by clients: {errors or 'none'}")
    for status, (headers, body) in samples.items():
        retry = headers.get("Retry-After", "none")
        print(f"  {status}: Retry-After {retry}; says try again: {'try again' in body.lower()}")
    if failures:
        first_failure = failures[0]
        recovered = (after[0] if after else float("nan")) - first_failure
        print(f"first refusal to first signature after the last refusal: {recovered:.1f} s")
    ok = rows == len(thanked) and all(status == 503 for status in errors)
    print("CHECK stored == acknowledged, refusals only 503:", "OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
