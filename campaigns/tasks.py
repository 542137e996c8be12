"""Emails leave through django-tasks: the immediate backend sends them at once (`make run`,
tests); in production the database backend queues them and `manage.py db_worker` (`make
worker`) sends them, so a slow or failing mail server never holds a visitor's request. A send
that fails is tried again later, up to MAX_ATTEMPTS; the last failure is kept as a failed task
(Django admin → Task results) and logged by record id, never by address."""

import logging
from datetime import timedelta

from django.apps import apps
from django.utils import timezone
from django_tasks import default_task_backend, task

from . import emails

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
# What each kind of email is written from: (model, builder).
KINDS = {
    "signup_confirm": ("campaigns.NewsSignup", emails.signup_confirmation),
    "signup_welcome": ("campaigns.NewsSignup", emails.signup_welcome),
    "signature_confirm": ("campaigns.Signature", emails.signature_confirmation),
    "signature_again": ("campaigns.Signature", emails.already_signed),
    "organisation_confirm": ("campaigns.OrganisationSignature", emails.signature_confirmation),
    "organisation_again": ("campaigns.OrganisationSignature", emails.already_signed),
    "follow_up_confirm": ("campaigns.CallFollowUp", emails.follow_up_confirmation),
    "contact_notice": ("campaigns.ContactMessage", emails.contact_notice),
}


def queue_email(kind, record):
    """Send this email from a worker. Called once the record's transaction has committed,
    so the worker finds the row."""
    send_email.enqueue(kind, record.pk)


# Ahead of Wagtail's own background work (index updates) in the queue: a person is waiting.
@task(priority=10)
def send_email(kind, pk, attempt=1):
    label, build = KINDS[kind]
    record = apps.get_model(label).objects.filter(pk=pk).first()
    if record is None:
        return "gone"  # forgotten or purged before the worker reached it: nothing to send
    try:
        build(record).send()
    except Exception:
        if attempt < MAX_ATTEMPTS and default_task_backend.supports_defer:
            log.warning("Email %s for record #%s failed; trying again later", kind, pk)
            later = timezone.now() + timedelta(minutes=2**attempt)
            send_email.using(run_after=later).enqueue(kind, pk, attempt + 1)
            return "retrying"
        log.exception("Email %s for record #%s could not be sent", kind, pk)
        raise
    return "sent"
