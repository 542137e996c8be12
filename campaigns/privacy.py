"""Retention and erasure of the public's personal data: one path for every record type.

`purge(now)` deletes records whose owner never confirmed them in time, and erases records past
their form's retention period (each type decides: delete, or keep an anonymous row so counts do
not change). `forget(email)` removes one person's records everywhere, on request. Both report
the same figures with `dry_run`, and after a real run the counts, public signer lists and
cached pages are dropped in the shared cache, so no server shows what was removed.
"""

from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from .admin_search import SESSION_PREFIX
from .counts import forget_figures
from .models import (
    ActionPage,
    CallFollowUp,
    ContactMessage,
    ContactPage,
    NewsSignup,
    OrganisationSignature,
    Signature,
    StoryFormPage,
    StorySubmission,
    VideoAnswer,
    VideoPromptPage,
    WelcomeMessage,
    WelcomePage,
)

DEFAULT_RETENTION_MONTHS = 24
# Every kind of personal record, with the page type that sets its retention period.
RECORD_TYPES = (
    (Signature, ActionPage),
    (OrganisationSignature, ActionPage),
    (StorySubmission, StoryFormPage),
    (NewsSignup, None),
    # Kept for the default period: a campaign's next steps do not last for ever.
    (CallFollowUp, None),
    (WelcomeMessage, WelcomePage),
    (ContactMessage, ContactPage),
    (VideoAnswer, VideoPromptPage),
)


def label(model):
    return str(model._meta.verbose_name_plural)


def retention_months(page_model):
    """{translation_key: months}, read from the source-language page of each form."""
    if page_model is None:
        return {}
    rows = page_model.objects.order_by("-locale__language_code").values_list(
        "translation_key", "retention_months"
    )
    return dict(rows)


def _apply(model, queryset, how, dry_run):
    """(deleted, anonymised) for these rows. A dry run does the same work in a savepoint and
    rolls it back, so it reports exactly what a real run would do."""
    keys = set(queryset.values_list("page_key", flat=True))
    with transaction.atomic():
        done = getattr(model, how)(queryset)
        transaction.set_rollback(dry_run)
    if not dry_run:
        for key in keys:
            forget_figures(key)
    return done


def purge(now=None, dry_run=False):
    """The scheduled run. Returns {label: {"deleted": n, "anonymised": n}}."""
    now = now or timezone.now()
    report = {}
    with transaction.atomic():
        for model, page_model in RECORD_TYPES:
            months = retention_months(page_model)
            unconfirmed = model.unconfirmed_before(now)
            deleted = _apply(model, unconfirmed, "forget", dry_run)[0]
            expired = model.expired(now, months, DEFAULT_RETENTION_MONTHS)
            gone, anonymised = _apply(model, expired, "erase", dry_run)
            report[label(model)] = {"deleted": deleted + gone, "anonymised": anonymised}
        if not dry_run:
            Session.objects.filter(expire_date__lt=now).delete()
    if not dry_run:
        _drop_cached_pages()
    return report


def forget(email, dry_run=False):
    """Every record of one address. Returns {label: {"deleted": n, "anonymised": n}}."""
    email = email.strip().lower()
    report = {}
    with transaction.atomic():
        for model, _page_model in RECORD_TYPES:
            deleted, anonymised = _apply(model, model.of_email(email), "forget", dry_run)
            report[label(model)] = {"deleted": deleted, "anonymised": anonymised}
        if not dry_run:
            forget_searches(email)
    if not dry_run:
        _drop_cached_pages()
    return report


def forget_searches(email):
    """Staff searches for this address are kept in their sessions (never in URLs): drop
    them, so the address is not left in the session table."""
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        data = session.get_decoded()
        searched = [
            key
            for key, value in data.items()
            if key.startswith(SESSION_PREFIX) and email in str(value).lower()
        ]
        if searched:
            for key in searched:
                del data[key]
            Session.objects.save(session.session_key, data, session.expire_date)


def _drop_cached_pages():
    """Pages and their rendered parts may show a signer's first name or a story: every
    server drops them (the page cache lives in the shared cache)."""
    from page_cache.store import purge_all

    purge_all()
