"""Concurrent signers for the signature benchmarks (bench/signatures, bench/spike): each thread
loads the petition like a browser, then posts signatures in a loop, mixing new emails with
ones it already signed with, and records what it was told."""

import http.client
import random
import re
import threading
import time
import urllib.parse

from django.core import signing

from campaigns.abuse import SALT

PETITION = "/en/petition/"


class StartLine:
    """Every signer has loaded the page; then the clock starts for all at once."""

    def __init__(self, parties):
        self.barrier = threading.Barrier(parties)
        self.deadline = None

    def go(self, deadline):
        self.deadline = deadline
        self.barrier.wait()

    def wait(self):
        self.barrier.wait()
        return self.deadline


class Signer(threading.Thread):
    def __init__(self, number, host, port, start, repeat_share):
        super().__init__(daemon=True)
        self.number, self.host, self.port = number, host, port
        self.start_line, self.repeat_share = start, repeat_share
        self.latencies, self.thanked, self.errors = [], set(), {}
        self.events = []  # (monotonic time, status) of every answer
        self.samples = {}  # status -> one answer's (headers, body), to show what clients saw

    def connect(self):
        return http.client.HTTPConnection(self.host, self.port, timeout=30)

    def run(self):
        conn = self.connect()
        conn.request("GET", PETITION)
        response = conn.getresponse()
        html = response.read().decode()
        cookie = response.getheader("Set-Cookie").split(";")[0]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        # Post where the page's form posts (its signing address), as a browser would.
        form = r'<form class="signature-form[^"]*" method="post" action="([^"]+)"'
        target = re.search(form, html).group(1)
        started = signing.dumps(time.time() - 60, salt=SALT)
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": cookie,
            "Referer": f"http://{self.host}:{self.port}{PETITION}",
        }
        mine, sent = [], 0
        deadline = self.start_line.wait()
        while time.monotonic() < deadline:
            if mine and random.random() < self.repeat_share:
                email = random.choice(mine)
            else:
                email = f"signer{self.number}-{sent}@bench.example.org"
                mine.append(email)
            sent += 1
            body = urllib.parse.urlencode(
                {
                    "csrfmiddlewaretoken": token,
                    "first_name": "Bench",
                    "last_name": "Signer",
                    "email": email,
                    "postal_code": "79901",
                    "country": "US",
                    "started": started,
                }  # fmt: skip
            )
            began = time.perf_counter()
            try:
                conn.request("POST", target, body=body, headers=headers)
                response = conn.getresponse()
                answer = response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                status, answer = "connection error", b""
                conn.close()
                conn = self.connect()
            self.latencies.append(time.perf_counter() - began)
            self.events.append((time.monotonic(), status))
            if status == 303:
                self.thanked.add(email)
            else:
                self.errors[status] = self.errors.get(status, 0) + 1
                if status not in self.samples and status != "connection error":
                    self.samples[status] = (dict(response.getheaders()), answer.decode())
