"""Concurrent signers for the signature benchmarks (bench/signatures.py, bench/spike.py), as
people reach the site deployed: through its TLS front, each person from an address of their
own (borderhumanity/live_site.py Visitor), with the form of a page they loaded and the tokens its
script fetched.

Each signer thread plays one person after another. A person loads the petition and its form's
tokens once per signature they will send (start tokens are single-use: one per submission),
up to a few times,
sometimes with an email they already signed with; no submission is sent before the form has
been open MIN_FILL_SECONDS. A thread keeps loading forms ahead while earlier ones wait out that
time, so it is never idle. Nobody sends more than the rate limit allows from one address: every
refusal is one that should not have happened."""

import collections
import itertools
import random
import threading
import time

from campaigns.abuse import MIN_FILL_SECONDS

PETITION = "/en/petition/"
DOMAIN = "bench.example.org"


class StartLine:
    """Every signer thread is running; then the clock starts for all at once. The run lasts
    warm-up plus the measured seconds: figures count only answers after the warm-up, when
    every thread has forms loaded ahead, as it has from then on."""

    def __init__(self, parties):
        self.barrier = threading.Barrier(parties)
        self.measure_from = self.deadline = None

    def go(self, warmup, seconds):
        began = time.monotonic()
        self.measure_from, self.deadline = began + warmup, began + warmup + seconds
        self.barrier.wait(timeout=600)
        return self.measure_from

    def wait(self):
        self.barrier.wait(timeout=600)
        return self.deadline


class People:
    """Who comes next: a fresh visitor number (so a fresh address) for every person, shared by
    all threads."""

    def __init__(self):
        self.numbers = itertools.count()

    def next(self):
        return next(self.numbers)


class Signer(threading.Thread):
    def __init__(self, number, site, start, repeat_share, people, per_person=3, limit=10):
        super().__init__(daemon=True)
        self.number, self.site, self.start_line = number, site, start
        self.repeat_share, self.people = repeat_share, people
        # One person sends at most per_person submissions, never more than the rate limit.
        self.per_person = max(1, min(per_person, limit))
        self.thanked, self.samples = set(), {}
        # (monotonic time of the answer, status, seconds it took) of every submission, and of
        # every page load (status 200 when its form was read)
        self.events, self.page_events = [], []
        self.sent = 0
        self.pending = collections.deque()  # (ready at, visitor, form, email)
        self.person, self.left, self.mine = None, 0, []

    def next_email(self):
        if self.mine and random.random() < self.repeat_share:
            return random.choice(self.mine)
        self.sent += 1
        email = f"signer{self.number}-{self.sent}@{DOMAIN}"
        self.mine.append(email)
        return email

    def load_one(self):
        """The current person loads the petition once more (a new person when the last one
        has loaded all the forms they will send)."""
        if self.left == 0:
            self.person = self.site.visitor(self.people.next())
            self.left, self.mine = random.randint(1, self.per_person), []
        began = time.perf_counter()
        try:
            _answer, form = self.person.load_form(PETITION)
        except Exception as error:  # noqa: BLE001 — any failure is counted and shown
            status = str(error).rpartition(" ")[2] if isinstance(error, AssertionError) else ""
            took = time.perf_counter() - began
            self.page_events.append((time.monotonic(), status or type(error).__name__, took))
            self.person.close()
            self.left = 0
            time.sleep(0.05)  # a refusing server is not hammered by a tight loop
            return
        self.page_events.append((time.monotonic(), 200, time.perf_counter() - began))
        self.left -= 1
        ready = time.monotonic() + MIN_FILL_SECONDS
        self.pending.append((ready, self.person, form, self.next_email()))

    def submit_one(self):
        _ready, visitor, form, email = self.pending.popleft()
        fields = {
            "first_name": "Bench",
            "last_name": "Signer",
            "email": email,
            "postal_code": "79901",
            "country": "US",
        }
        began = time.perf_counter()
        try:
            answer = form.submit(visitor, **fields)
            status = answer.status
        except OSError:
            status, answer = "connection error", None
            visitor.close()
        self.events.append((time.monotonic(), status, time.perf_counter() - began))
        if status == 303:
            self.thanked.add(email)
        elif status not in self.samples and answer is not None:
            self.samples[status] = (answer.headers, answer.text)

    def run(self):
        deadline = self.start_line.wait()
        # Send every form that has been open long enough; in between, load the next ones. In a
        # steady state a thread alternates: one page, one submission.
        while (now := time.monotonic()) < deadline:
            if self.pending and self.pending[0][0] <= now:
                self.submit_one()
            else:
                self.load_one()
        for _ready, visitor, _form, _email in self.pending:
            visitor.close()
        if self.person is not None:
            self.person.close()


def totals(signers, measure_from=None):
    """What all signers saw together; rates and latencies from measure_from on."""

    def counted(events):
        return [e for e in events if measure_from is None or e[0] >= measure_from]

    events = sorted(e for s in signers for e in s.events)
    page_events = sorted(e for s in signers for e in s.page_events)
    samples = {}
    for s in signers:
        samples.update(s.samples)
    return {
        "events": events,  # all of them, warm-up included
        "counted": counted(events),
        "counted_pages": counted(page_events),
        "errors": collections.Counter(status for _t, status, _s in events if status != 303),
        "page_errors": collections.Counter(
            status for _t, status, _s in page_events if status != 200
        ),
        "thanked": set().union(*(s.thanked for s in signers)),
        "samples": samples,
    }


def stored_rows(site):
    return site.count_rows("campaigns_signature", "email LIKE %s", (f"%@{DOMAIN}",))
