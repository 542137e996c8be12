"""Storing a signature: a new email becomes one pending row and gets a confirmation link; an
email that already signed changes nothing stored. Its owner is told by email (the link again
while the signature waits, "you have already signed" once it counts); the visitor at the form
is told the same thing in every case, so the form and the count reveal nothing about an
address. The database's unique constraint decides under a race, not Python."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models.organisations import OrganisationSignature
from .models.signatures import Signature
from .tasks import queue_email


def _insert_or_existing(model, row, email_field):
    """(row, created): the new row, or the one this email stored earlier, unchanged."""
    try:
        with transaction.atomic():
            row.save(force_insert=True)
        return row, True
    except IntegrityError:
        email = getattr(row, email_field)
        return model.objects.get(page_key=row.page_key, **{email_field: email}), False


def _store(model, row, kind):
    record, created = _insert_or_existing(model, row, model.email_field)
    queue_email(f"{kind}_again" if record.confirmed else f"{kind}_confirm", record)
    return record, created


def record_signature(action, data, language):
    return _store(
        Signature,
        Signature(
            page_key=action.translation_key,
            action_page_id=action.pk,
            language=language,
            first_name=data["first_name"],
            last_name=data["last_name"],
            email=data["email"],
            postal_code=data["postal_code"],
            country=data["country"],
            state=data.get("state", ""),
            comment=data.get("comment", ""),
            show_name=data.get("show_name", False),
            contact_consent=data.get("contact_consent", False),
            consent_text=data.get("consent_text", ""),
        ),
        "signature",
    )


def record_organisation(action, data, language):
    return _store(
        OrganisationSignature,
        OrganisationSignature(
            page_key=action.translation_key,
            action_page_id=action.pk,
            language=language,
            organisation=data["organisation"],
            city=data["city"],
            country=data["country"],
            contact_name=data["contact_name"],
            contact_email=data["contact_email"],
            contact_consent=data.get("contact_consent", False),
            consent_text=data.get("consent_text", ""),
        ),
        "organisation",
    )


def confirm_signature(kind, confirm_id):
    """Confirm the signature this one-time id belongs to; None when the link was used (or its
    signature purged). From now on it counts, and may be listed and delivered."""
    model = OrganisationSignature if kind == "o" else Signature
    with transaction.atomic():
        record = model.objects.select_for_update().filter(confirm_id=confirm_id).first()
        if record is None:
            return None
        record.confirmed_at = timezone.now()
        record.confirm_id = None
        record.save(update_fields=["confirmed_at", "confirm_id"])
    return record
