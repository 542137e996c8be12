"""A bare Wagtail site for bench/pages.py to measure beside ours: what `wagtail start` makes, with
the same Wagtail, Django, psycopg and gunicorn releases as this project's virtualenv, in a
virtualenv of its own (kept in var/bench/bare-wagtail/.venv and reused), on a fresh PostgreSQL
database with persistent connections, DEBUG off, served by gunicorn.

The generated project lives in a temporary folder and is thrown away: nothing of it is kept
in the repository."""

import importlib.metadata
import secrets
import subprocess
import sys
import urllib.parse
from contextlib import contextmanager
from pathlib import Path

from borderhumanity.live_site import gunicorn_server

ROOT = Path(__file__).resolve().parent.parent
# Named .venv as ours is, so that what walks the repository (linters, compilemessages, the
# import rules test) leaves it alone as it leaves ours.
VENV = ROOT / "var" / "bench" / "bare-wagtail" / ".venv"
# What the comparison must share with this project: the framework, the database driver and
# the server. psycopg-binary only when ours uses it (it changes the driver's speed).
SHARED = ("wagtail", "django", "psycopg", "psycopg-binary", "gunicorn")

SETTINGS = """\
from .base import *  # noqa: F403 - what `wagtail start` wrote, then as served in production

DEBUG = False
SECRET_KEY = {secret!r}
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
STATIC_ROOT = {static!r}
DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": {name!r},
        "USER": {user!r},
        "PASSWORD": {password!r},
        "HOST": {host!r},
        "PORT": {port!r},
        "CONN_MAX_AGE": {conn_max_age!r},
        "CONN_HEALTH_CHECKS": True,
    }}
}}
"""


def shared_versions():
    """name==version of each shared distribution installed in this project's virtualenv."""
    pins = []
    for name in SHARED:
        try:
            pins.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            continue
    return pins


def bare_python(pins):
    """The bare virtualenv's Python, made (or brought to these versions) first."""
    python = VENV / "bin" / "python"
    stamp = VENV / "pins.txt"
    wanted = "\n".join(pins)
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    VENV.parent.mkdir(parents=True, exist_ok=True)
    run([sys.executable, "-m", "venv", "--clear", str(VENV)])
    run([str(python), "-m", "pip", "install", "-q", *pins])
    stamp.write_text(wanted)
    return python


def run(command, **kwargs):
    done = subprocess.run(command, capture_output=True, text=True, **kwargs)  # noqa: S603
    if done.returncode:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def write_settings(project, database_url, conn_max_age):
    parts = urllib.parse.urlsplit(database_url)
    text = SETTINGS.format(
        secret=secrets.token_urlsafe(50),
        static=str(project / "static"),
        name=parts.path.lstrip("/"),
        user=urllib.parse.unquote(parts.username or ""),
        password=urllib.parse.unquote(parts.password or ""),
        host=parts.hostname or "",
        port=str(parts.port or ""),
        conn_max_age=conn_max_age,
    )
    (project / "bareproject" / "settings" / "bench.py").write_text(text)


@contextmanager
def serve_bare_wagtail(tmp, database_url, workers, conn_max_age):
    """Make the bare site in tmp, migrate it into database_url (fresh, made by the caller) and
    serve it with gunicorn; yields (its URL, the versions it runs)."""
    pins = shared_versions()
    python = bare_python(pins)
    project = tmp / "bare-wagtail"
    project.mkdir()
    run([str(python.parent / "wagtail"), "start", "bareproject", str(project)])
    write_settings(project, database_url, conn_max_age)
    env = {"DJANGO_SETTINGS_MODULE": "bareproject.settings.bench", "PATH": "/usr/bin:/bin"}
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        run([str(python), "manage.py", *command], cwd=project, env=env)
    with gunicorn_server("bareproject.wsgi", env, workers, directory=project, python=python) as url:
        yield url, pins
