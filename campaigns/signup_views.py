"""News sign-up: the form on the page, then the links from the emails (confirm, unsubscribe).

The links are plain views under the language prefix, not page routes: a mail provider's
one-click unsubscribe (RFC 8058) is a POST without a CSRF token, and the signed id in the
link is what proves it comes from the email."""

import uuid

from django.core import signing
from django.db import transaction
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from .abuse import start_token
from .emails import read_confirm_code, read_unsubscribe_code, send_confirmation, send_welcome
from .formflow import checked_form, form_again, private, see_other
from .models.signups import NewsSignup
from .signup_forms import SignupForm


def sign_up(page, request):
    if request.method == "POST":
        return receive(page, request)
    form = SignupForm(page=page, initial={"started": start_token(), "language": get_language()})
    return private(page.render(request, context_overrides={"form": form}))


def receive(page, request):
    form = SignupForm(request.POST, page=page)
    status = checked_form(request, page, form)
    if status is not None:
        return form_again(request, page, form, status)
    signup = record_signup(page, form.cleaned_data, page.consent_text)
    if signup.status == NewsSignup.Status.PENDING:
        send_confirmation(signup, request.build_absolute_uri("/").rstrip("/"))
    # The same answer whether the address was new, pending or confirmed: the page tells no
    # one whether an address is on the list.
    return see_other(page.url + page.reverse_subpage("thank_you"))


def record_signup(page, data, consent_text):
    """A new or still-pending address gets a fresh confirmation id (older links stop
    working); a confirmed one is left as it is."""
    with transaction.atomic():
        signup, created = NewsSignup.objects.select_for_update().get_or_create(
            email=data["email"],
            defaults={
                "language": data["language"],
                "consent_text": consent_text,
                "signup_page_id": page.pk,
            },
        )
        if not created and signup.status == NewsSignup.Status.PENDING:
            signup.language = data["language"]
            signup.consent_text = consent_text
            signup.signup_page_id = page.pk
            signup.confirm_id = uuid.uuid4()
            signup.save()
    return signup


def thank_you(page, request):
    return page.render(request, template="campaigns/signup_thank_you.html")


def link_page(request, state, status=200):
    response = render(request, "campaigns/signup_link.html", {"state": state}, status=status)
    return private(response)


@require_safe
def confirm(request, code):
    try:
        confirm_id = read_confirm_code(code)
    except signing.SignatureExpired:
        return link_page(request, "expired", 410)
    except signing.BadSignature:
        return link_page(request, "invalid", 400)
    with transaction.atomic():
        signup = NewsSignup.objects.select_for_update().filter(confirm_id=confirm_id).first()
        if signup is None:  # used already, or replaced by a newer link
            return link_page(request, "used", 410)
        signup.status = NewsSignup.Status.CONFIRMED
        signup.confirmed_at = timezone.now()
        signup.confirm_id = None
        signup.save(update_fields=["status", "confirmed_at", "confirm_id"])
    send_welcome(signup, request.build_absolute_uri("/").rstrip("/"))
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
