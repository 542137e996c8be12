"""The ceiling for bench/pages.py: one stored HTML file answered by a bare WSGI app under the
same gunicorn set-up as the site. No Django, no database: what this machine can serve at most."""

import os
from pathlib import Path

BODY = Path(os.environ["STATIC_HOME_FILE"]).read_bytes()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def app(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
