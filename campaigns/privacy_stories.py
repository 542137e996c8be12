"""Retention and "forget me" for shared stories and news sign-ups, called by
`manage.py purge_personal_data`. Each function returns counts for the command to print."""

import calendar
from datetime import timedelta

from django.db import transaction

from .models.signups import NewsSignup
from .models.stories import StoryFormPage, StorySubmission

DEFAULT_RETENTION_MONTHS = 24
# A confirmation link works for 7 days; an address never confirmed is kept a little longer
# so a late click still finds a clear answer, then deleted.
UNCONFIRMED_DAYS = 30


def months_before(moment, months):
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _anonymise(queryset):
    """Erase who told a story; the story text stays only for stories staff approved (and
    already copied into a Story snippet, which holds no contact details)."""
    return queryset.update(name="", contact="", anonymised=True)


def purge_stories(now):
    """Submissions older than their form's retention period: rejected and never-reviewed
    ones are deleted; approved ones lose name and contact. Returns {"deleted", "anonymised"}."""
    deleted = anonymised = 0
    months = dict(StoryFormPage.objects.values_list("translation_key", "retention_months"))
    keys = set(StorySubmission.objects.values_list("form_key", flat=True).distinct())
    with transaction.atomic():
        for key in keys:
            cutoff = months_before(now, months.get(key, DEFAULT_RETENTION_MONTHS))
            old = StorySubmission.objects.filter(form_key=key, created_at__lt=cutoff)
            deleted += _delete_unapproved(old)
            anonymised += _anonymise(
                old.filter(status=StorySubmission.Status.APPROVED, anonymised=False)
            )
    return {"deleted": deleted, "anonymised": anonymised}


def _delete_unapproved(queryset):
    return queryset.exclude(status=StorySubmission.Status.APPROVED).delete()[0]


def purge_signups(now):
    """Sign-ups never confirmed within UNCONFIRMED_DAYS are deleted. Returns {"deleted"}."""
    cutoff = now - timedelta(days=UNCONFIRMED_DAYS)
    deleted, _detail = NewsSignup.objects.filter(
        status=NewsSignup.Status.PENDING, created_at__lt=cutoff
    ).delete()
    return {"deleted": deleted}


def forget_email(email):
    """Remove an address everywhere in stories and sign-ups. Returns what was done."""
    email = email.strip().lower()
    with transaction.atomic():
        signups = NewsSignup.objects.filter(email__iexact=email).delete()[0]
        theirs = StorySubmission.objects.filter(contact__iexact=email)
        deleted = _delete_unapproved(theirs)
        anonymised = _anonymise(theirs.filter(status=StorySubmission.Status.APPROVED))
    return {
        "signups_deleted": signups,
        "stories_deleted": deleted,
        "stories_anonymised": anonymised,
    }
