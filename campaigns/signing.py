"""Storing a signature: one statement, one row per email per action, even under a race."""

from django.db import transaction

from .counts import forget_figures
from .models.signatures import Signature

UPDATED_ON_RESIGN = [
    "action_page",
    "language",
    "first_name",
    "last_name",
    "postal_code",
    "country",
    "comment",
    "show_name",
    "contact_consent",
    "consent_text",
    "updated_at",
    "anonymised",
]


def record_signature(action, data, language):
    """Insert, or update the earlier signature of the same email (INSERT … ON CONFLICT)."""
    signature = Signature(
        action_key=action.translation_key,
        action_page_id=action.pk,
        language=language,
        first_name=data["first_name"],
        last_name=data["last_name"],
        email=data["email"],
        postal_code=data["postal_code"],
        country=data["country"],
        comment=data.get("comment", ""),
        show_name=data.get("show_name", False),
        contact_consent=data.get("contact_consent", False),
        consent_text=data.get("consent_text", ""),
    )
    with transaction.atomic():
        Signature.objects.bulk_create(
            [signature],
            update_conflicts=True,
            unique_fields=["action_key", "email"],
            update_fields=UPDATED_ON_RESIGN,
        )
    # After the block: committed (requests run in autocommit), so the next count includes it.
    forget_figures(action.translation_key)
