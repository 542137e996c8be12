"""The demo site served for real: gunicorn on a free local port with its own database (a fresh
SQLite file, or a fresh PostgreSQL database beside DATABASE_URL's), loaded by the commands
`make run` uses. Browser tests and end-to-end tests (concurrent signers) talk to it over HTTP.

serve_deployed_site serves it as deployed instead: production settings, gunicorn behind an
nginx TLS front that sets X-Forwarded-For and X-Forwarded-Proto, every protection on, emails
written to a folder; its visitors (Visitor) come from distinct 127.x.y.z addresses, each its
own client to the rate limits, as people on the internet are."""

import email
import email.policy
import functools
import html
import http.client
import json
import os
import random
import re
import secrets
import shutil
import socket
import ssl
import subprocess
import sys
import time
import urllib.parse
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
    # As deployed (serve_deployed_site): url is the TLS front's, app_url gunicorn's own; the
    # front's certificate to trust, and the folder the server writes its emails to.
    app_url: str = ""
    ca_file: Path | None = None
    email_dir: Path | None = None

    def visitor(self, number, timeout=30):
        """A browser of its own at the number-th visitor address (see visitor_address)."""
        return Visitor(self.url, visitor_address(number), self.ca_file, timeout=timeout)

    def sent_emails(self):
        """Every email the server has written to its folder, oldest first."""
        if self.email_dir is None:
            raise AssertionError("this server sends no emails to a folder")
        messages = []
        for path in sorted(self.email_dir.glob("*.log"), key=lambda p: p.stat().st_mtime_ns):
            for raw in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
                if raw.strip():
                    messages.append(email.message_from_bytes(raw, policy=email.policy.default))
        return messages

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

    def setting(self, name):
        """A setting's value as the server has it (its settings and environment), as text."""
        script = f"from django.conf import settings; print(settings.{name})"
        return self.manage("shell", "-v0", "-c", script, timeout=120).strip()

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


def shared_cache_url():
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


LOCAL_POSTGRES = "postgres://postgres@127.0.0.1:5432/borderhumanity"


def postgres_database(tmp_path, suffix):
    """A PostgreSQL database of the server's own: DATABASE_URL's server when it names one,
    else this machine's (as CI and docs/deploying.md describe); None when none answers."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        import psycopg

        try:
            psycopg.connect(
                LOCAL_POSTGRES.rsplit("/", 1)[0] + "/postgres", connect_timeout=3
            ).close()
        except psycopg.OperationalError:
            return None
        url = LOCAL_POSTGRES
    previous = os.environ.get("DATABASE_URL")
    os.environ["DATABASE_URL"] = url
    try:
        return server_database(tmp_path, suffix)
    finally:
        if previous is None:
            del os.environ["DATABASE_URL"]
        else:
            os.environ["DATABASE_URL"] = previous


@contextmanager
def serve_demo_site(tmp, workers=2, database_url=None, load=True, env=None):
    """Migrate a fresh database, load the demo, start gunicorn; yield a LiveSite. With
    load=False, serve a database loaded before (a second server beside the first)."""
    database_url = database_url or server_database(tmp)
    extra_env = env or {}
    email_dir = tmp / "emails"
    email_dir.mkdir(parents=True, exist_ok=True)
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="borderhumanity.settings.test",
        EMAIL_FILE_PATH=str(email_dir),
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(tmp / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp / "private-media"),
        SERVE_MEDIA="true",
        # Its own keys: never share cached pages with the suite's or an earlier server's.
        CACHE_KEY_PREFIX=f"bh-live-{uuid.uuid4().hex[:8]}",
        # All workers share one cache, as in production (a count cached by one worker must
        # be dropped for all when another takes a signature).
        REDIS_URL=shared_cache_url(),
        # Every test client is 127.0.0.1: the per-client limit would soon refuse them all.
        ACTION_RATE_LIMIT="100000",
    )
    env.update(extra_env)
    # Not serving yet, but manage.py can already run as the server will. The port is picked
    # just before gunicorn binds it: picked before a long load, something else might take it.
    site = LiveSite(url="", database_url=database_url, media_root=tmp / "media",
                    log_path=Path(os.devnull), env=env, email_dir=email_dir)  # fmt: skip
    if load:
        site.manage("migrate", "--noinput", "-v0")
        site.manage("load_demo_content", "-v0")
    port = _free_port()
    # Pages, feeds and emails name the address that serves them, as under `make run`; a second
    # server on a database loaded before leaves the first one's address alone.
    site_url = f"http://127.0.0.1:{port}"
    env = {**env, "SITE_URL": site_url}
    site = replace(site, env=env)
    if load:
        site.manage("set_site_address", site_url)
    log_path = tmp / f"gunicorn-{port}.log"
    with (
        open(log_path, "w") as log,
        gunicorn_server("borderhumanity.wsgi", env, workers, "/healthz", port=port, log=log) as url,
    ):
        yield replace(site, url=url, log_path=log_path)


@contextmanager
def gunicorn_server(
    app, env, workers, ready_path="/", port=None, directory=ROOT, log=None, ready_headers=None,
    python=sys.executable,
):  # fmt: skip
    """gunicorn serving a WSGI app (module:callable, importable from directory) on a local port
    until the block ends; yields its URL once ready_path answers (asked with ready_headers).
    Output goes to log, or to this process's own. python: another virtualenv's (bench/pages.py
    serves a bare Wagtail site from one)."""
    port = port or _free_port()
    server = subprocess.Popen(
        [str(python), "-m", "gunicorn", app, "--chdir", str(directory),
         "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--log-level", "warning"],
        cwd=directory, env=env, stdout=log, stderr=subprocess.STDOUT if log else None,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(url + ready_path, server, headers=ready_headers)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


def _wait_for(url, server, seconds=60, headers=None, context=None, what="gunicorn"):
    deadline = time.monotonic() + seconds
    request = urllib.request.Request(url, headers=headers or {})
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"{what} exited before answering")
        try:
            with urllib.request.urlopen(request, timeout=2, context=context) as response:  # noqa: S310 — localhost
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {seconds}s")


# ---------------------------------------------------------------------------------------------
# As deployed: production settings, gunicorn, an nginx TLS front, visitors at their own address.


def nginx_binary():
    """nginx's path, or None when it is not installed (Debian puts it in /usr/sbin)."""
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")


def visitor_address(number):
    """The number-th visitor's own loopback address, from 127.10.0.1 on: every 127.x.y.z is this
    machine, and each reaches the front as a different client (127.0.0.1 stays the servers')."""
    block, rest = divmod(number, 256 * 254)
    if block > 200:
        raise ValueError(f"no loopback address left for visitor {number}")
    return f"127.{10 + block}.{rest // 254}.{rest % 254 + 1}"


def front_address():
    """A loopback address of its own for a front on the HTTPS port (443), so that its address
    is an ordinary https:// one, as a deployed site's is: the address a Wagtail Site record can
    hold, and the one emails and absolute links are built from."""
    for _ in range(50):
        host = f"127.0.0.{random.randint(2, 254)}"  # noqa: S311 - picking an address, not a secret
        with socket.socket() as probe:
            try:
                probe.bind((host, 443))
            except OSError:
                continue
        return host
    raise RuntimeError("no free loopback address for the HTTPS port")


def make_certificate(folder, host="127.0.0.1"):
    """A self-signed certificate for the front's address made now (openssl), with the address
    in its subjectAltName so that clients verify it rather than switch verification off."""
    cert, key = folder / "front.crt", folder / "front.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "2", "-subj", f"/CN={host}", "-addext", f"subjectAltName=IP:{host}",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


NGINX_CONF = """\
worker_processes {workers};
pid {folder}/nginx.pid;
error_log {folder}/nginx-error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    # Nothing is written to disk by the workers: bodies and answers stay in memory.
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    client_max_body_size 12m;
    client_body_buffer_size 12m;
    proxy_buffers 64 16k;
    proxy_max_temp_file_size 0;
    server {{
        listen {host}:{port} ssl;
        ssl_certificate {cert};
        ssl_certificate_key {key};
        location / {{
            proxy_pass {upstream};
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto https;
            proxy_read_timeout 120s;
        }}
    }}
}}
"""


@contextmanager
def nginx_front(upstream, folder, workers=1, host="127.0.0.1", port=None, ready_path="/healthz"):
    """nginx terminating TLS on a free local port in front of upstream (an http:// URL), as the
    docs/deploying.md asks of the proxy: X-Forwarded-For appended, X-Forwarded-Proto https. Yields
    (its https URL, the certificate file to trust) once ready_path answers through it."""
    binary = nginx_binary()
    if binary is None:
        raise RuntimeError("nginx is not installed (apt-get install nginx)")
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = make_certificate(folder, host)
    port = port or _free_port()
    conf = folder / "nginx.conf"
    conf.write_text(
        NGINX_CONF.format(
            workers=workers,
            folder=folder,
            host=host,
            port=port,
            cert=cert,
            key=key,
            upstream=upstream,
        )
    )
    front = subprocess.Popen(
        [binary, "-p", str(folder), "-e", str(folder / "nginx-error.log"), "-c", str(conf),
         "-g", "daemon off;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"https://{host}" if port == 443 else f"https://{host}:{port}"
    try:
        try:
            _wait_for(url + ready_path, front, context=tls_context(str(cert)), what="nginx")
        except RuntimeError as error:
            errors = (folder / "nginx-error.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"{error}; nginx's error log:\n{errors}") from None
        yield url, cert
    finally:
        front.terminate()
        front.wait(timeout=20)


@contextmanager
def serve_deployed_site(tmp, workers=2, database_url=None, load=True, env=None, front_workers=1):
    """The demo site as deployed: production settings (a secret key, allowed hosts, HTTPS-only
    cookies, HSTS, the rate limits at their defaults, static files collected), gunicorn, the
    task worker that sends emails, and an nginx TLS front (PROXY_COUNT 1) on the HTTPS port of
    an address of its own, which the Wagtail Site record names; on its own database and cache
    keys; emails are written to a folder (LiveSite.sent_emails). Yields a LiveSite whose url is
    the front's."""
    database_url = database_url or postgres_database(tmp, suffix="deployed")
    if database_url is None:
        raise RuntimeError("serving the site as deployed needs a PostgreSQL server")
    extra_env = env or {}
    email_dir = tmp / "emails"
    email_dir.mkdir(parents=True, exist_ok=True)
    host = front_address()
    env = {
        key: value
        for key, value in os.environ.items()
        # The visitor-facing limits and caches at the production defaults, whatever the
        # environment of the tests says.
        if key not in ("ACTION_RATE_LIMIT", "PAGE_CACHE_SECONDS", "FRAGMENT_CACHE_SECONDS")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="borderhumanity.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=f"{host},127.0.0.1,localhost",
        SITE_URL=f"https://{host}",
        PROXY_COUNT="1",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(tmp / "media"),
        SERVE_MEDIA="true",  # no media location in the front: Django serves the demo's images
        STATIC_ROOT=str(tmp / "static"),
        CACHE_KEY_PREFIX=f"bh-deployed-{uuid.uuid4().hex[:8]}",
        REDIS_URL=shared_cache_url(),
        EMAIL_FILE_PATH=str(email_dir),
        DEFAULT_FROM_EMAIL="campaigns@example.org",
    )
    env.update(extra_env)
    site = LiveSite(url="", database_url=database_url, media_root=tmp / "media",
                    log_path=Path(os.devnull), env=env, email_dir=email_dir)  # fmt: skip
    if load:
        site.manage("migrate", "--noinput", "-v0")
        # Wagtail's own tasks of the load (thousands of index updates) run as it goes.
        site.manage("load_demo_content", "-v0", TASKS_BACKEND="immediate")
    # The site's configured address: links in emails and absolute URLs are built from it.
    site.manage("set_site_address", f"https://{host}")
    site.manage("collectstatic", "--noinput", "-v0")
    port = _free_port()
    log_path = tmp / f"gunicorn-{port}.log"
    with (
        open(log_path, "w") as log,
        gunicorn_server(
            "borderhumanity.wsgi", env, workers, "/healthz", port=port, log=log,
            ready_headers={"X-Forwarded-Proto": "https"},
        ) as app_url,
        nginx_front(
            app_url, tmp / f"front-{port}", workers=front_workers, host=host, port=443
        ) as (url, cert),
        task_worker(env, log),
    ):  # fmt: skip
        yield replace(site, url=url, app_url=app_url, ca_file=cert, log_path=log_path)


@contextmanager
def task_worker(env, log):
    """`manage.py db_worker`, as `make worker` runs it beside gunicorn in production."""
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--interval", "0.2"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        yield worker
    finally:
        worker.terminate()
        worker.wait(timeout=20)


@functools.cache
def tls_context(ca_file):
    """A client context trusting the front's own certificate (shared: loading it costs)."""
    return ssl.create_default_context(cafile=ca_file)


@dataclass
class Answer:
    status: int
    headers: dict
    text: str

    @property
    def location(self):
        return self.headers.get("location", "")


class Visitor:
    """One person's browser, as the site sees it: its own source address, its cookies (the
    Secure ones too: it speaks https), a Referer on the forms it sends, one kept-alive
    connection. It reads forms from the pages it loads, tokens included, and forges nothing."""

    def __init__(self, site_url, address, ca_file, timeout=30):
        parsed = urllib.parse.urlsplit(site_url)
        self.origin = f"{parsed.scheme}://{parsed.netloc}"
        self.host, self.port = parsed.hostname, parsed.port
        self.address, self.timeout = address, timeout
        self.context = tls_context(str(ca_file)) if parsed.scheme == "https" else None
        self.cookies = {}
        self.conn = None

    def _connect(self):
        if self.context is None:
            return http.client.HTTPConnection(
                self.host, self.port, timeout=self.timeout, source_address=(self.address, 0)
            )
        return http.client.HTTPSConnection(
            self.host, self.port, timeout=self.timeout, context=self.context,
            source_address=(self.address, 0),
        )  # fmt: skip

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        while True:
            kept_alive = self.conn is not None
            if not kept_alive:
                self.conn = self._connect()
            try:
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                text = response.read().decode(errors="replace")
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                # The front may close a kept-alive connection between two requests (as a
                # browser, try once more on a new one); on a new connection it is a failure.
                self.close()
                if not kept_alive:
                    raise
        for cookie in response.msg.get_all("Set-Cookie") or ():
            name, _, value = cookie.split(";")[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        answer_headers = {k.lower(): v for k, v in response.getheaders()}
        return Answer(response.status, answer_headers, text)

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields, referer):
        body = urllib.parse.urlencode(fields)
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": urllib.parse.urljoin(self.origin, referer),
            "Origin": self.origin,
        }
        return self.request("POST", path, body=body, headers=headers)

    def load_form(self, path, form_class="signature-form"):
        """GET a page and read its form as a browser holds it: (answer, form). The form's
        hidden fields (CSRF and start tokens) are the page's own, or, where the form names
        an address for them, what its script fetches from there."""
        answer = self.get(path)
        if answer.status != 200:
            raise AssertionError(f"GET {path} answered {answer.status}")
        form = PageForm.read(answer.text, form_class, page_path=path)
        if form.tokens and not form.fields.get("started"):
            tokens = self.get(form.tokens)
            if tokens.status != 200:
                raise AssertionError(f"GET {form.tokens} answered {tokens.status}")
            form.fields.update(json.loads(tokens.text))
        return answer, form


@dataclass
class PageForm:
    """A form read from a page: where it posts, and the values its inputs hold."""

    action: str
    fields: dict
    page_path: str
    tokens: str = ""

    @classmethod
    def read(cls, page_html, form_class, page_path):
        """The first <form> of that class: its action and the name and value of its hidden
        inputs (what a person does not type; the spam trap, which a person never sees, is a
        text input). Regular expressions rather than a full parser: benches read thousands."""
        for opening in re.finditer(r"<form\b[^>]*>", page_html):
            if form_class in _attributes(opening.group()).get("class", "").split():
                break
        else:
            raise AssertionError(f"no <form class={form_class}> on {page_path}")
        end = page_html.find("</form>", opening.end())
        fields = {}
        for tag in re.findall(r"<input\b[^>]*>", page_html[opening.end() : end]):
            attributes = _attributes(tag)
            if attributes.get("type") == "hidden" and attributes.get("name"):
                fields[attributes["name"]] = attributes.get("value", "")
        attributes = _attributes(opening.group())
        action = attributes.get("action") or page_path
        return cls(action, fields, page_path, tokens=attributes.get("data-tokens", ""))

    def submit(self, visitor, **values):
        """Post the form's own fields with a person's values typed in."""
        return visitor.post(self.action, {**self.fields, **values}, referer=self.page_path)


def _attributes(tag):
    return {
        name.lower(): html.unescape(value)
        for name, value in re.findall(r'([\w:-]+)\s*=\s*"([^"]*)"', tag)
    }
