"""News sign-up: storing an address from the form, then the links from the emails (confirm,
unsubscribe).

The links are plain views under the language prefix, not page routes. Opening a link changes
nothing: mail scanners open links, so confirming and unsubscribing take a press of the button
on the page (POST). A mail provider's one-click unsubscribe (RFC 8058) is a POST without a
CSRF token: the signed id in the link is what proves it comes from the email.

A caller's request to hear about a campaign's next steps (CallFollowUp) goes through the same
links: the ids are unique random values, so one lookup per kind finds the right row."""

import uuid

from django.core import signing
from django.db import transaction
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .emails import read_confirm_code, read_unsubscribe_code
from .formflow import private
from .models.calls import CallFollowUp
from .models.signups import NewsSignup
from .tasks import queue_email


def record_signup(page, data):
    """A new or still-pending address gets a fresh confirmation id (older links stop
    working) and the link by email; a confirmed one is left as it is, and nobody is told
    (the form answers the same in every case)."""
    with transaction.atomic():
        signup, created = NewsSignup.objects.select_for_update().get_or_create(
            email=data["email"],
            defaults={
                "page_key": page.translation_key,
                "language": data["language"],
                "consent_text": page.consent_text,
                "signup_page_id": page.pk,
            },
        )
        if not created and signup.status == NewsSignup.Status.PENDING:
            signup.page_key = page.translation_key
            signup.language = data["language"]
            signup.consent_text = page.consent_text
            signup.signup_page_id = page.pk
            signup.confirm_id = uuid.uuid4()
            signup.save()
    if signup.status == NewsSignup.Status.PENDING:
        queue_email("signup_confirm", signup)
    return signup


# What the emailed links may confirm or unsubscribe.
SUBSCRIPTIONS = (NewsSignup, CallFollowUp)


def link_page(request, state, status=200, follow_up=False):
    context = {"state": state, "follow_up": follow_up}
    response = render(request, "campaigns/signup_link.html", context, status=status)
    return private(response)


def waiting_kind(confirm_id):
    return next(
        (m for m in SUBSCRIPTIONS if m.objects.filter(confirm_id=confirm_id).exists()), None
    )


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, code):
    try:
        confirm_id = read_confirm_code(code)
    except signing.SignatureExpired:
        return link_page(request, "expired", 410)
    except signing.BadSignature:
        return link_page(request, "invalid", 400)
    model = waiting_kind(confirm_id)
    follow_up = model is CallFollowUp
    if request.method != "POST" or model is None:
        waiting = model is not None
        state, status = ("confirm", 200) if waiting else ("used", 410)
        return link_page(request, state, status, follow_up)
    with transaction.atomic():
        signup = model.objects.select_for_update().filter(confirm_id=confirm_id).first()
        if signup is None:  # used already, or replaced by a newer link
            return link_page(request, "used", 410, follow_up)
        signup.confirmed_at = timezone.now()
        signup.confirm_id = None
        if follow_up:
            signup.save(update_fields=["confirmed_at", "confirm_id"])
        else:
            signup.status = NewsSignup.Status.CONFIRMED
            signup.save(update_fields=["status", "confirmed_at", "confirm_id"])
    if not follow_up:
        queue_email("signup_welcome", signup)
    return link_page(request, "confirmed", follow_up=follow_up)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, code):
    try:
        unsubscribe_id = read_unsubscribe_code(code)
    except signing.BadSignature:
        return link_page(request, "invalid", 400)
    found = [m.objects.filter(unsubscribe_id=unsubscribe_id) for m in SUBSCRIPTIONS]
    if request.method != "POST":
        # A link scanner's GET must not unsubscribe anyone: one button, one click.
        return link_page(request, "ask" if any(q.exists() for q in found) else "gone")
    for rows in found:
        rows.delete()  # nothing kept: the address is no longer needed for anything
    return link_page(request, "unsubscribed")
