"""`bench/spike.py --publish news|navigation|both`: readers keep reading while an editor publishes.

The site is served as deployed (borderhumanity/live_site.py serve_deployed_site: nginx TLS
front, gunicorn, PostgreSQL, Redis, production settings, every protection on), with one
addition to its environment: PAGE_CACHE_COUNT_RENDERS=1, so that it counts the pages it
renders. wrk reads six page types in English and Spanish over 64 connections, a Lua script
rotating the paths. All pages are visited first (the cache is warm, as on a site that has
been up a while); then wrk runs N seconds, and N seconds more with the publish sent as the
second run starts. Each half prints p50, p99, errors (non-2xx answers and socket errors) and
the renders of each page the server counted.

The front limits form submissions per address, not page reads, so wrk reads from one address.
wrk does not verify the front's certificate (it never does); everything else is as deployed.
"""

import json
import re
import subprocess
import sys
import tempfile
import threading
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from borderhumanity.live_site import ROOT, serve_deployed_site, tls_context

P99_LIMIT_MS = 250
COUNTING = {"PAGE_CACHE_COUNT_RENDERS": "1"}
LUA = """\
-- rotate over the spike's pages; count answers that are not 2xx in every thread
local paths = {paths}
local threads = {{}}
local next_path = 0
bad = 0

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end

function init(args)
    next_path = id * 5  -- threads start at different pages
end

function request()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path])
end

function response(status, headers, body)
    if status < 200 or status > 299 then bad = bad + 1 end
end

function done(summary, latency, requests)
    local total = 0
    for _, thread in ipairs(threads) do total = total + thread:get("bad") end
    io.write(string.format("NON2XX %d\\n", total))
end
"""


class Agent:
    """bench/site_agent.py in a `manage.py shell` of the served site."""

    def __init__(self, env):
        code = "import runpy; runpy.run_path('bench/site_agent.py', run_name='site_agent')"
        self.process = subprocess.Popen(  # noqa: S603 — fixed arguments
            [sys.executable, "manage.py", "shell", "-v0", "-c", code],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip

    def ask(self, command):
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the site agent stopped on {command!r}")
        return json.loads(line)

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


@contextmanager
def served(workers):
    with tempfile.TemporaryDirectory() as tmp:
        with serve_deployed_site(Path(tmp), workers=workers, env=COUNTING) as site:
            agent = Agent(site.env)
            try:
                yield site, agent
            finally:
                agent.close()


def warm(site, paths):
    """Every page visited twice: the second answer says whether it came from the page cache."""
    context = tls_context(str(site.ca_file))
    hits = {}
    for name, path in paths.items():
        for _ in range(2):
            with urllib.request.urlopen(site.url + path, context=context, timeout=60) as answer:  # noqa: S310 — the local front
                hits[name] = answer.headers.get("X-Page-Cache")
    return hits


def wrk(site, script, seconds, connections):
    out = subprocess.run(  # noqa: S603 — fixed arguments
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency",  # noqa: S607
         "-s", str(script), site.url + "/"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip

    def ms(label):
        value, unit = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\b", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    return {
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "p50": ms("50"),
        "p99": ms("99"),
        "non-2xx": int(re.search(r"NON2XX (\d+)", out).group(1)),
        "socket errors": sum(map(int, sockets.groups())) if sockets else 0,
    }


def run_spike(site, agent, change, paths, script, seconds, connections):
    """N seconds of reading, then N seconds with the change made as they begin."""
    agent.ask("reset")
    before = wrk(site, script, seconds, connections)
    before["renders"] = agent.ask("totals")["result"]
    agent.ask("reset")
    done = {}
    changer = threading.Thread(target=lambda: done.update(agent.ask(f"publish {change}")))
    changer.start()
    after = wrk(site, script, seconds, connections)
    changer.join()
    after["renders"] = agent.ask("totals")["result"]
    return before, after, done


def rendered(run, path):
    """The server counts request.path: the address as read, not %-escaped."""
    return run["renders"].get(urllib.parse.unquote(path), 0)


def report(change, paths, before, after, done):
    print(f"\n--- publish {change}: {done['result']} (took {done['seconds'] * 1000:.0f} ms)")
    print(f"{'':8} {'requests':>8} {'p50 ms':>7} {'p99 ms':>7} {'non-2xx':>7} {'socket':>7}")
    for label, run in (("before", before), ("after", after)):
        print(
            f"{label:8} {run['requests']:8d} {run['p50']:7.1f} {run['p99']:7.1f}"
            f" {run['non-2xx']:7d} {run['socket errors']:7d}"
        )
    if after["renders"] is None:
        print("renders: not counted by this server (no page_cache.renders)")
    else:
        print("renders counted by the server, per page (before / after the publish):")
        for name, path in paths.items():
            print(f"  {name:14} {path:58} {rendered(before, path):4d} / {rendered(after, path):4d}")
        others = set(after["renders"]) - {urllib.parse.unquote(p) for p in paths.values()}
        for path in sorted(others):  # the new post, a page the spike does not read
            print(f"  {'(not read)':14} {path:58} {'':4}   {after['renders'][path]:4d}")
    worst_p99 = max(before["p99"], after["p99"])
    errors = sum(run["non-2xx"] + run["socket errors"] for run in (before, after))
    print(f"CHECK p99 < {P99_LIMIT_MS} ms: {'OK' if worst_p99 < P99_LIMIT_MS else 'FAILED'}")
    print(f"CHECK 0 errors: {'OK' if errors == 0 else f'FAILED ({errors})'}")
    ok = worst_p99 < P99_LIMIT_MS and errors == 0
    if after["renders"] is None:
        print("CHECK renders per page per language <= 1 after the publish: not counted")
        return ok
    most = max((rendered(after, path) for path in paths.values()), default=0)
    print(
        "CHECK renders per page per language <= 1 after the publish:",
        "OK" if most <= 1 else f"FAILED (up to {most})",
    )
    return ok and most <= 1


def main(changes, seconds, connections, workers):
    print(f"Serving as deployed, gunicorn ({workers} workers), on PostgreSQL, with Redis ...")
    with served(workers) as (site, agent):
        paths = agent.ask("paths")["result"]
        protections = agent.ask("settings")["result"]
        print("protections switched off: none; the server runs production settings with:")
        print("  " + ", ".join(f"{name}={value}" for name, value in protections.items()))
        print(f"  environment added for this bench: {COUNTING}")
        print(f"wrk: {connections} connections, 2 threads, {seconds} s before and after")
        print("  from one address: ACTION_RATE_LIMIT counts form submissions, not page reads")
        hits = warm(site, paths)
        print("pages read (after a warming visit, X-Page-Cache):")
        for name, path in paths.items():
            print(f"  {name:14} {path:58} {hits[name]}")
        with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
            script.write(LUA.format(paths="{" + ", ".join(map(json.dumps, paths.values())) + "}"))
            script.flush()
            results = []
            for change in changes:
                warm(site, paths)  # the last change emptied the cache: warm again
                before, after, done = run_spike(
                    site, agent, change, paths, script.name, seconds, connections
                )
                results.append(report(change, paths, before, after, done))
    return 0 if all(results) else 1
