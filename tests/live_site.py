"""The demo site served for real: gunicorn on a free local port with its own database (a fresh
SQLite file, or a fresh PostgreSQL database beside DATABASE_URL's), loaded by the commands
`make run` uses. Browser tests and end-to-end tests (concurrent signers) talk to it over HTTP."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class LiveSite:
    url: str
    database_url: str
    media_root: Path
    log_path: Path
    # The environment the server runs with; left out of repr, which a failing test may print.
    env: dict = field(default_factory=dict, repr=False, compare=False)

    def manage(self, *args, timeout=600, **changes):
        """Run manage.py as this server runs (its settings, database, media and cache) and
        return what it printed; `changes` replace variables, e.g. DATABASE_URL to restore a
        backup into another database. A failure raises with the command's errors."""
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT, env={**self.env, **changes}, capture_output=True, text=True,
            timeout=timeout,
        )  # fmt: skip
        if done.returncode:
            raise AssertionError(f"manage.py {' '.join(args)} failed:\n{done.stderr}")
        return done.stdout

    def log_tail(self, lines=40):
        """The end of the server's log: what to read when it answered 500."""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def count_rows(self, table, where="1=1", params=()):
        """Read the server's database directly (what a DBA would see)."""
        return self.scalar(f"SELECT COUNT(*) FROM {table} WHERE {where}", params)

    def scalar(self, sql, params=()):
        """The first column of the first row of a query (%s placeholders)."""
        if self.database_url.startswith("sqlite:///"):
            import sqlite3

            with sqlite3.connect(self.database_url.removeprefix("sqlite:///")) as conn:
                return conn.execute(sql.replace("%s", "?"), params).fetchone()[0]
        import psycopg

        with psycopg.connect(self.database_url) as conn:
            return conn.execute(sql, params).fetchone()[0]


def _shared_cache_url():
    """REDIS_URL, or this machine's Redis when it answers (CI starts it), else none."""
    if os.environ.get("REDIS_URL"):
        return os.environ["REDIS_URL"]
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return ""
    return "redis://127.0.0.1:6379/8"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_database(tmp_path, suffix="browser"):
    """A database of the server's own, of the same kind as the suite's (one per suffix)."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        import psycopg

        base, _, name = url.rpartition("/")
        name = f"{name.split('?')[0] or 'borderhumanity'}_{suffix}"
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"{base}/{name}"
    return f"sqlite:///{tmp_path / f'{suffix}.sqlite3'}"


@contextmanager
def serve_demo_site(tmp, workers=2, database_url=None, load=True, env=None):
    """Migrate a fresh database, load the demo, start gunicorn; yield a LiveSite. With
    load=False, serve a database loaded before (a second server beside the first)."""
    database_url = database_url or server_database(tmp)
    extra_env = env or {}
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="borderhumanity.settings.test",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(tmp / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp / "private-media"),
        SERVE_MEDIA="true",
        # Its own keys: never share cached pages with the suite's or an earlier server's.
        CACHE_KEY_PREFIX=f"bh-live-{uuid.uuid4().hex[:8]}",
        # All workers share one cache, as in production (a count cached by one worker must
        # be dropped for all when another takes a signature).
        REDIS_URL=_shared_cache_url(),
        # Every test client is 127.0.0.1: the per-client limit would soon refuse them all.
        ACTION_RATE_LIMIT="100000",
    )
    env.update(extra_env)
    # Not serving yet, but manage.py can already run as the server will. The port is picked
    # just before gunicorn binds it: picked before a long load, something else might take it.
    site = LiveSite(url="", database_url=database_url, media_root=tmp / "media",
                    log_path=Path(os.devnull), env=env)  # fmt: skip
    if load:
        site.manage("migrate", "--noinput", "-v0")
        site.manage("load_demo_content", "-v0")
    port = _free_port()
    log_path = tmp / f"gunicorn-{port}.log"
    with (
        open(log_path, "w") as log,
        gunicorn_server("borderhumanity.wsgi", env, workers, "/healthz", port=port, log=log) as url,
    ):
        yield replace(site, url=url, log_path=log_path)


@contextmanager
def gunicorn_server(app, env, workers, ready_path="/", port=None, directory=ROOT, log=None):
    """gunicorn serving a WSGI app (module:callable, importable from directory) on a local port
    until the block ends; yields its URL once ready_path answers. Output goes to log, or to
    this process's own."""
    port = port or _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", app, "--chdir", str(directory),
         "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--log-level", "warning"],
        cwd=directory, env=env, stdout=log, stderr=subprocess.STDOUT if log else None,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(url + ready_path, server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


def _wait_for(url, server, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn exited before answering")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 — localhost
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {seconds}s")
