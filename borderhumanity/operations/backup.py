"""Back up and restore the site: the database (pg_dump's custom format for PostgreSQL, SQLite's
online backup for the embedded database) and the uploaded media (a tar.gz of MEDIA_ROOT, and
one of PRIVATE_MEDIA_ROOT, where images withdrawn from the public are kept).
Used by `manage.py backup_site` and `manage.py restore_site`; the same steps by hand are in
docs/deploying.md. Object storage media is left to the bucket's own versioning."""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.db import connections

DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
MEDIA_ARCHIVE = "media"  # .tar.gz added by shutil
# Originals of images withdrawn from the public (toolkit.storage): kept apart in the backup too.
PRIVATE_MEDIA_ARCHIVE = "private-media"


def _postgres_args():
    """Connection options for the PostgreSQL client tools, and the password in their env."""
    db = settings.DATABASES["default"]
    args = ["--dbname", db["NAME"]]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            args += [option, str(db[key])]
    env = dict(os.environ, PGPASSWORD=db.get("PASSWORD") or "")
    return args, env


def _is_postgres():
    return connections["default"].vendor == "postgresql"


def backup(destination):
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=True)
    done = []
    if _is_postgres():
        args, env = _postgres_args()
        target = destination / DUMP
        command = ["pg_dump", "--format=custom", "--no-owner", "--file", str(target), *args]
        subprocess.run(command, env=env, check=True)  # noqa: S603, S607 — our arguments; the tools on PATH
    else:
        target = destination / SQLITE_COPY
        connections["default"].close()
        with sqlite3.connect(settings.DATABASES["default"]["NAME"]) as source:
            with sqlite3.connect(target) as copy:
                source.backup(copy)
    done.append(f"database -> {target}")
    media = Path(settings.MEDIA_ROOT)
    if media.is_dir():
        archive = shutil.make_archive(str(destination / MEDIA_ARCHIVE), "gztar", media)
        done.append(f"media {media} -> {archive}")
    private = Path(settings.PRIVATE_MEDIA_ROOT)
    if private.is_dir():
        archive = shutil.make_archive(str(destination / PRIVATE_MEDIA_ARCHIVE), "gztar", private)
        done.append(f"private media {private} -> {archive}")
    return done


def restore(source):
    """Into an empty database (create it first) and MEDIA_ROOT."""
    source = Path(source)
    done = []
    if _is_postgres():
        args, env = _postgres_args()
        dump = source / DUMP
        command = ["pg_restore", "--no-owner", "--exit-on-error", *args, str(dump)]
        subprocess.run(command, env=env, check=True)  # noqa: S603, S607 — our arguments; the tools on PATH
    else:
        dump = source / SQLITE_COPY
        connections["default"].close()
        shutil.copyfile(dump, settings.DATABASES["default"]["NAME"])
    done.append(f"database <- {dump}")
    archive = source / f"{MEDIA_ARCHIVE}.tar.gz"
    if archive.exists():
        shutil.unpack_archive(archive, settings.MEDIA_ROOT)
        done.append(f"media {settings.MEDIA_ROOT} <- {archive}")
    archive = source / f"{PRIVATE_MEDIA_ARCHIVE}.tar.gz"
    if archive.exists():
        shutil.unpack_archive(archive, settings.PRIVATE_MEDIA_ROOT)
        done.append(f"private media {settings.PRIVATE_MEDIA_ROOT} <- {archive}")
    return done
