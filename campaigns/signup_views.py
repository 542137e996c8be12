"""News sign-up: storing an address from the form, then the links from the emails (confirm,
unsubscribe).

The links are plain views under the language prefix, not page routes. Opening a link changes
nothing: mail scanners open links, so confirming and unsubscribing take a press of the button
on the page (POST). A mail provider's one-click unsubscribe (RFC 8058) is a POST without a
CSRF token: the signed id in the link is what proves it comes from the email."""

import uuid

from django.core import signing
from django.db import transaction
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .emails import read_confirm_code, read_unsubscribe_code
from .formflow import private
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


def link_page(request, state, status=200):
    response = render(request, "campaigns/signup_link.html", {"state": state}, status=status)
    return private(response)


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, code):
    try:
        confirm_id = read_confirm_code(code)
    except signing.SignatureExpired:
        return link_page(request, "expired", 410)
    except signing.BadSignature:
        return link_page(request, "invalid", 400)
    if request.method != "POST":
        waiting = NewsSignup.objects.filter(confirm_id=confirm_id).exists()
        return link_page(request, "confirm" if waiting else "used", 200 if waiting else 410)
    with transaction.atomic():
        signup = NewsSignup.objects.select_for_update().filter(confirm_id=confirm_id).first()
        if signup is None:  # used already, or replaced by a newer link
            return link_page(request, "used", 410)
        signup.status = NewsSignup.Status.CONFIRMED
        signup.confirmed_at = timezone.now()
        signup.confirm_id = None
        signup.save(update_fields=["status", "confirmed_at", "confirm_id"])
    queue_email("signup_welcome", signup)
    return link_page(request, "confirmed")


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, code):
    try:
        unsubscribe_id = read_unsubscribe_code(code)
    except signing.BadSignature:
        return link_page(request, "invalid", 400)
    signups = NewsSignup.objects.filter(unsubscribe_id=unsubscribe_id)
    if request.method != "POST":
        # A link scanner's GET must not unsubscribe anyone: one button, one click.
        return link_page(request, "ask" if signups.exists() else "gone")
    signups.delete()  # nothing kept: the address is no longer needed for anything
    return link_page(request, "unsubscribed")
