"""Emails to news subscribers. Every one carries a one-click unsubscribe link (in the text and
in the List-Unsubscribe header); links carry signed opaque ids, never the address."""

import logging
import uuid
from datetime import timedelta

from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

CONFIRM_SALT = "campaigns.news-signup.confirm"
UNSUBSCRIBE_SALT = "campaigns.news-signup.unsubscribe"
CONFIRM_MAX_AGE = timedelta(days=7)

log = logging.getLogger(__name__)


def confirm_code(signup):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(signup.confirm_id.hex)


def read_confirm_code(code):
    """The confirmation id in a link. Raises SignatureExpired (too old) or BadSignature."""
    value = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(code, max_age=CONFIRM_MAX_AGE)
    return _as_uuid(value)


def unsubscribe_code(signup):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(signup.unsubscribe_id.hex)


def read_unsubscribe_code(code):
    return _as_uuid(signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(code))


def _as_uuid(value):
    try:
        return uuid.UUID(hex=value)
    except ValueError:
        raise signing.BadSignature("not an id") from None


def _links(signup, base_url):
    with translation.override(signup.language):
        unsubscribe = base_url + reverse(
            "campaigns:signup_unsubscribe", args=[unsubscribe_code(signup)]
        )
        confirm = None
        if signup.confirm_id is not None:
            confirm = base_url + reverse("campaigns:signup_confirm", args=[confirm_code(signup)])
    return confirm, unsubscribe


def news_email(signup, subject, template, base_url, context=None):
    """An email to one subscriber, in their language, with the unsubscribe link and headers."""
    confirm_url, unsubscribe_url = _links(signup, base_url)
    with translation.override(signup.language):
        body = render_to_string(
            template,
            {
                **(context or {}),
                "confirm_url": confirm_url,
                "unsubscribe_url": unsubscribe_url,
                "confirm_days": CONFIRM_MAX_AGE.days,
            },
        )
        subject = str(subject)  # a lazy text, in the subscriber's language
    return EmailMessage(
        subject,
        body,
        to=[signup.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def send_quietly(message, signup):
    """Send; on failure log which sign-up (by id, never the address) and report False."""
    try:
        message.send()
    except Exception:  # SMTP down, refused, timed out: the row stays, the visitor may retry
        log.exception("News email for sign-up #%s could not be sent", signup.pk)
        return False
    return True


def send_confirmation(signup, base_url):
    subject = _("Please confirm your email address")
    message = news_email(signup, subject, "campaigns/emails/confirm.txt", base_url)
    return send_quietly(message, signup)


def send_welcome(signup, base_url):
    subject = _("You will receive our news")
    message = news_email(signup, subject, "campaigns/emails/welcome.txt", base_url)
    return send_quietly(message, signup)
