"""Retention and erasure of the public's personal data.

Records older than their action's retention period are anonymised: the row stays so counts
do not change, but nothing in it identifies a person any more. `forget_email` removes one
person's records everywhere, on request.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from .counts import forget_figures
from .models import ActionPage, OrganisationSignature, Signature

DEFAULT_RETENTION_MONTHS = 24


def retention_by_action():
    """{translation_key: months}, read from each action's source-language page."""
    months = {}
    for key, value in ActionPage.objects.order_by("-locale__language_code").values_list(
        "translation_key", "retention_months"
    ):
        months[key] = value
    return months


def _cutoff(now, months):
    return now - datetime.timedelta(days=round(months * 30.44))


def anonymise_expired(now=None, dry_run=False):
    """Anonymise signatures past retention; returns {model name: rows}."""
    now = now or timezone.now()
    retention = retention_by_action()
    done = {"signatures": 0, "organisation signatures": 0}
    with transaction.atomic():
        for key in set(
            Signature.objects.filter(anonymised=False).values_list("action_key", flat=True)
        ):
            cutoff = _cutoff(now, retention.get(key, DEFAULT_RETENTION_MONTHS))
            expired = Signature.objects.filter(
                action_key=key, anonymised=False, created_at__lt=cutoff
            )
            done["signatures"] += _anonymise_signatures(expired, dry_run)
        for key in set(
            OrganisationSignature.objects.filter(anonymised=False).values_list(
                "action_key", flat=True
            )
        ):
            cutoff = _cutoff(now, retention.get(key, DEFAULT_RETENTION_MONTHS))
            expired = OrganisationSignature.objects.filter(
                action_key=key, anonymised=False, created_at__lt=cutoff
            )
            done["organisation signatures"] += _anonymise_organisations(expired, dry_run)
    return done


def _anonymise_signatures(queryset, dry_run):
    rows = list(queryset.only("pk", "action_key"))
    if dry_run:
        return len(rows)
    for row in rows:
        # The unique (action, email) pair needs a distinct placeholder per row.
        Signature.objects.filter(pk=row.pk).update(
            first_name="",
            last_name="",
            email=f"anonymised-{row.pk}@invalid",
            postal_code="",
            comment="",
            show_name=False,
            anonymised=True,
        )
        forget_figures(row.action_key)
    return len(rows)


def _anonymise_organisations(queryset, dry_run):
    rows = list(queryset.only("pk", "action_key"))
    if dry_run:
        return len(rows)
    for row in rows:
        OrganisationSignature.objects.filter(pk=row.pk).update(
            contact_name="",
            contact_email=f"anonymised-{row.pk}@invalid",
            anonymised=True,
        )
        forget_figures(row.action_key)
    return len(rows)


def forget_email(email, dry_run=False):
    """Delete every record of this email address; returns {model name: rows}."""
    email = email.strip().lower()
    done = {}
    with transaction.atomic():
        for label, queryset in (
            ("signatures", Signature.objects.filter(email=email)),
            ("organisation signatures", OrganisationSignature.objects.filter(contact_email=email)),
        ):
            keys = set(queryset.values_list("action_key", flat=True))
            done[label] = queryset.count() if dry_run else queryset.delete()[0]
            for key in keys:
                forget_figures(key)
    return done
