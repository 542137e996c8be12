"""Storing a signature: one statement, one row per email per action, even under a race."""

from django.db import transaction

from .counts import forget_figures
from .models.organisations import OrganisationSignature
from .models.signatures import Signature


def _upsert(model, row, unique_fields):
    """INSERT … ON CONFLICT DO UPDATE: a second submission of the same email updates the first
    row, and two at the same moment still leave one (the database decides, not Python)."""
    updated = [
        f.name
        for f in model._meta.concrete_fields
        if not f.primary_key and f.name not in (*unique_fields, "created_at")
    ]
    with transaction.atomic():
        model.objects.bulk_create(
            [row], update_conflicts=True, unique_fields=unique_fields, update_fields=updated
        )
    # After the block: committed (requests run in autocommit), so the next count includes it.
    forget_figures(row.action_key)


def record_signature(action, data, language):
    _upsert(
        Signature,
        Signature(
            action_key=action.translation_key,
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
        ["action_key", "email"],
    )


def record_organisation(action, data, language):
    _upsert(
        OrganisationSignature,
        OrganisationSignature(
            action_key=action.translation_key,
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
        ["action_key", "contact_email"],
    )
