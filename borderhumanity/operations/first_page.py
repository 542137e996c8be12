"""Prints how long `make run` took from its start to the first page served (a fresh clone should
be under two minutes). Run in the background beside the development server:
`python -m borderhumanity.operations.first_page STARTED_EPOCH_SECONDS URL`."""

import sys
import time
import urllib.error
import urllib.request

GIVE_UP_AFTER = 300  # seconds of waiting for the server: it failed to start, say nothing


def main(started, url):
    deadline = time.monotonic() + GIVE_UP_AFTER
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 — our own URL
                response.read()
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
            continue
        print(f"First page served {time.time() - started:.0f} s after `make run` started: {url}")
        return


if __name__ == "__main__":
    main(float(sys.argv[1]), sys.argv[2])
