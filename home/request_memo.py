"""What one request asks the database for more than once (its language's Locale), asked once.

Kept from the start of a request to its end and never longer, so nothing outlives a change;
outside a request (commands, the shell) nothing is kept.
"""

from contextvars import ContextVar

from django.core.signals import request_finished, request_started

_memo = ContextVar("request_memo", default=None)


def remembered(key, make):
    """make()'s answer, made once per request for this key."""
    memo = _memo.get()
    if memo is None:
        return make()
    if key not in memo:
        memo[key] = make()
    return memo[key]


def _start(**kwargs):
    _memo.set({})


def _finish(**kwargs):
    _memo.set(None)


request_started.connect(_start, dispatch_uid="home.request_memo.start")
request_finished.connect(_finish, dispatch_uid="home.request_memo.finish")
