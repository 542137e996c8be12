"""Emails to the public: confirming a signature or a news sign-up, "you have already signed",
and the welcome to the news; and to staff, the notice of a new contact message. Each is
written in its reader's language; links carry signed opaque ids, never an address, and point
at the site's configured address (never at the Host a request claimed). News emails carry a
one-click unsubscribe link and headers. They leave through a background task
(campaigns.tasks), never in the visitor's request."""

import uuid
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .models.contact import ContactSettings
from .models.records import UNCONFIRMED_DAYS

CONFIRM_SALT = "campaigns.news-signup.confirm"
UNSUBSCRIBE_SALT = "campaigns.news-signup.unsubscribe"
CONFIRM_MAX_AGE = timedelta(days=7)
SIGNATURE_SALT = "campaigns.signature.confirm"
# A signature's link works as long as the unconfirmed signature is kept.
SIGNATURE_MAX_AGE = timedelta(days=UNCONFIRMED_DAYS)


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


def signature_code(record):
    """'s' for a person's signature, 'o' for an organisation's, then the one-time id."""
    kind = "o" if record._meta.model_name == "organisationsignature" else "s"
    return signing.TimestampSigner(salt=SIGNATURE_SALT).sign(f"{kind}{record.confirm_id.hex}")


def read_signature_code(code):
    """(kind, id) of a signature link. Raises SignatureExpired or BadSignature."""
    value = signing.TimestampSigner(salt=SIGNATURE_SALT).unsign(code, max_age=SIGNATURE_MAX_AGE)
    if value[:1] not in ("s", "o"):
        raise signing.BadSignature("not a signature link")
    return value[0], _as_uuid(value[1:])


def _as_uuid(value):
    try:
        return uuid.UUID(hex=value)
    except ValueError:
        raise signing.BadSignature("not an id") from None


def site_url(page):
    """The configured address of the site a page belongs to."""
    site = page.get_site() if page is not None else None
    root = site.root_url if site is not None else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/")


def _message(record, subject, template, context, headers=None):
    with translation.override(record.language):
        body = render_to_string(template, context)
        subject = str(subject)  # a lazy text, in the reader's language
    return EmailMessage(subject, body, to=[getattr(record, record.email_field)], headers=headers)


def _url(record, base_url, name, code):
    with translation.override(record.language):
        return base_url + reverse(name, args=[code])


def news_email(signup, subject, template, page=None):
    """An email to one subscriber (a news sign-up, or a caller's follow-up request, sent from
    `page`), with the unsubscribe link and headers."""
    base_url = site_url(page if page is not None else signup.signup_page)
    unsubscribe = _url(signup, base_url, "campaigns:signup_unsubscribe", unsubscribe_code(signup))
    confirm = None
    if signup.confirm_id is not None:
        confirm = _url(signup, base_url, "campaigns:signup_confirm", confirm_code(signup))
    context = {
        "confirm_url": confirm,
        "unsubscribe_url": unsubscribe,
        "confirm_days": CONFIRM_MAX_AGE.days,
        "first_name": getattr(signup, "first_name", ""),
    }
    headers = {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return _message(signup, subject, template, context, headers)


def signup_confirmation(signup):
    return news_email(
        signup, _("Please confirm your email address"), "campaigns/emails/confirm.txt"
    )


def signup_welcome(signup):
    return news_email(signup, _("You will receive our news"), "campaigns/emails/welcome.txt")


def follow_up_confirmation(follow_up):
    """The same confirm and unsubscribe links as the news, for one campaign's next steps."""
    return news_email(
        follow_up,
        _("Please confirm your email address"),
        "campaigns/emails/confirm_follow_up.txt",
        page=follow_up.call_page,
    )


def _action_title(record):
    page = record.action_page
    if page is None:
        return ""
    with translation.override(record.language):
        return page.specific_deferred.localized.title


def signature_confirmation(record):
    """The one-time link to confirm a signature; sent again if the form is sent again while
    the signature waits."""
    url = _url(
        record,
        site_url(record.action_page),
        "campaigns:signature_confirm",
        signature_code(record),
    )
    context = {"title": _action_title(record), "confirm_url": url, "days": UNCONFIRMED_DAYS}
    return _message(
        record,
        _("Please confirm your signature"),
        "campaigns/emails/confirm_signature.txt",
        context,
    )


def already_signed(record):
    """Someone signed again with a confirmed address: nothing changed, and they are told."""
    return _message(
        record,
        _("You have already signed"),
        "campaigns/emails/already_signed.txt",
        {"title": _action_title(record)},
    )


def contact_notice(message):
    """To the staff mailbox of Settings → Contact form: a message came, its topic, and where to
    read it. Never the message nor who sent it: mail servers keep copies of what they carry."""
    address = ContactSettings.load().notify_email
    inspect = reverse("campaigns_contactmessage_modeladmin_inspect", args=[message.pk])
    with translation.override(settings.LANGUAGE_CODE):
        subject = str(_("New contact message: %(topic)s") % {"topic": message.get_topic_display()})
        body = render_to_string(
            "campaigns/emails/contact_notice.txt",
            {
                "topic": message.get_topic_display(),
                "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + inspect,
            },
        )
    # Emptied since the message came: nobody to tell (an email without recipients is not sent).
    return EmailMessage(subject, body, to=[address] if address else [])
