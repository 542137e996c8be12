"""Spam and abuse defences that need no third party: a honeypot, a minimum time to fill the
form, and a per-client rate limit in the shared cache. The client's address is only ever
kept as a keyed hash, for minutes."""

import hashlib
import hmac
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from borderhumanity.client_address import client_address

MIN_FILL_SECONDS = 3
MAX_FORM_AGE_SECONDS = 60 * 60 * 24
RATE_WINDOW_SECONDS = 10 * 60
SALT = "campaigns.form-started"


class Rejected(Exception):
    def __init__(self, message, status):
        super().__init__(str(message))
        self.message = message
        self.status = status


def start_token():
    return signing.dumps(time.time(), salt=SALT)


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


def check_not_abusive(request, data, action):
    if data.get("website"):
        raise Rejected(_("Your submission could not be accepted."), 400)
    try:
        started = signing.loads(data.get("started", ""), salt=SALT, max_age=MAX_FORM_AGE_SECONDS)
    except signing.BadSignature:
        raise Rejected(
            _("This form is out of date. Please check your details and send it again."), 400
        ) from None
    if time.time() - float(started) < MIN_FILL_SECONDS:
        raise Rejected(_("That was very fast. Please check your details and send it again."), 400)
    if count_submission(client_key(request)) > settings.ACTION_RATE_LIMIT:
        raise Rejected(
            _("Too many submissions from your connection. Please try again in a few minutes."), 429
        )
