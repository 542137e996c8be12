"""Spam and abuse defences that need no third party: a honeypot, a start token that works once
for the form it was given with, a minimum time to fill the form, and a per-client rate limit in
the shared cache. The client's address is only ever kept as a keyed hash, for minutes.

Only what reaches the database or is refused as spam counts against a client: a visitor who
mistypes their postcode three times is not limited, a script posting junk is."""

import hashlib
import hmac
import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from borderhumanity.client_address import client_address

MIN_FILL_SECONDS = 3
# Long enough to read a page and write a story; short enough that harvested tokens go stale.
MAX_FORM_AGE_SECONDS = 60 * 60 * 4
RATE_WINDOW_SECONDS = 10 * 60
SALT = "campaigns.form-started"


class Rejected(Exception):
    def __init__(self, message, status):
        super().__init__(str(message))
        self.message = message
        self.status = status


class AlreadySent(Exception):
    """The token was used: a double click, or a replay. Nothing more is stored."""


def start_token(form_key, issued=None):
    """A token for one form (a page's translation key, the same in every language): when it
    was issued, and a random id that makes it single use."""
    issued = time.time() if issued is None else issued
    return signing.dumps([str(form_key), issued, secrets.token_urlsafe(12)], salt=SALT)


def client_key(request):
    address = client_address(request)
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256)
    return f"rate:{digest.hexdigest()[:32]}"


def count_submission(key):
    """This client's submissions in the current window. A counter usually exists, so one
    round trip to the shared cache: increment first, create only when it is missing. With the
    cache unreachable (its client answers None) nobody is limited rather than everybody."""
    try:
        count = cache.incr(key)
    except ValueError:
        if cache.add(key, 1, RATE_WINDOW_SECONDS):
            return 1
        count = cache.incr(key)  # another worker created it a moment ago
    return count or 0


def _counted(request, message, status=400):
    """Count one submission against this client and refuse it: 429 once over the limit."""
    if count_submission(client_key(request)) > settings.ACTION_RATE_LIMIT:
        return Rejected(TOO_MANY, 429)
    return Rejected(message, status)


TOO_MANY = _("Too many submissions from your connection. Please try again in a few minutes.")
OUT_OF_DATE = _("This form is out of date. Please check your details and send it again.")
TOO_FAST = _("That was very fast. Please check your details and send it again.")
NOT_ACCEPTED = _("Your submission could not be accepted.")
# A form sent without its tokens (no JavaScript, or their fetch failed): it comes back with them.
NOT_STARTED = _("To keep this form safe from spam, please check your details and send it again.")


def screen(request, data, form_key):
    """Before the form is validated: refuse spam (counted) and stale forms (not counted).
    Returns the token's id, to be spent by `admit` once the form is valid."""
    if data.get("website"):
        raise _counted(request, NOT_ACCEPTED)
    if not data.get("started"):
        raise Rejected(NOT_STARTED, 400)
    try:
        key, issued, token_id = signing.loads(
            data.get("started", ""), salt=SALT, max_age=MAX_FORM_AGE_SECONDS
        )
        issued = float(issued)
    except (signing.BadSignature, TypeError, ValueError):
        raise Rejected(OUT_OF_DATE, 400) from None
    if key != str(form_key):
        raise _counted(request, OUT_OF_DATE)
    if time.time() - issued < MIN_FILL_SECONDS:
        raise _counted(request, TOO_FAST)
    return token_id


def admit(request, token_id):
    """After the form is valid: count it against the client (429 over the limit), then spend
    the token. A token already spent raises AlreadySent."""
    if count_submission(client_key(request)) > settings.ACTION_RATE_LIMIT:
        raise Rejected(TOO_MANY, 429)
    # add() is atomic in the shared cache: of two requests with one token, one gets True.
    # An unreachable cache answers None: the submission goes through rather than being lost.
    if cache.add(f"token-spent:{token_id}", 1, MAX_FORM_AGE_SECONDS) is False:
        raise AlreadySent
