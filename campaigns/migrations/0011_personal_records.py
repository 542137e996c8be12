"""One shape for personal records: the form's key is `page_key` everywhere, every record has
`confirmed_at`, and signatures get a one-time confirmation id. Signatures taken before
confirmation existed keep counting: they are marked confirmed when they were signed."""

import uuid

from django.db import migrations, models
from django.db.models import F


def confirm_earlier_records(apps, schema_editor):
    for name in ("Signature", "OrganisationSignature"):
        apps.get_model("campaigns", name).objects.update(confirmed_at=F("created_at"))
    NewsSignup = apps.get_model("campaigns", "NewsSignup")
    NewsSignup.objects.filter(status="confirmed", confirmed_at__isnull=True).update(
        confirmed_at=F("created_at")
    )


KEY_HELP = "The translation key shared by every language version of the form page"


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0010_related_questions_block")]

    operations = [
        migrations.RemoveConstraint("organisationsignature", "one_organisation_signature_per_email"),
        migrations.RemoveConstraint("signature", "one_signature_per_email"),
        migrations.RemoveIndex("signature", "signature_latest"),
        migrations.RenameField("signature", "action_key", "page_key"),
        migrations.RenameField("organisationsignature", "action_key", "page_key"),
        migrations.RenameField("storysubmission", "form_key", "page_key"),
        migrations.RemoveField("signature", "updated_at"),
        migrations.RemoveField("organisationsignature", "updated_at"),
        *[
            migrations.AlterField(
                model,
                "page_key",
                models.UUIDField(db_index=True, help_text=KEY_HELP, null=True, verbose_name="form"),
            )
            for model in ("signature", "organisationsignature", "storysubmission")
        ],
        migrations.AddField(
            "newssignup",
            "page_key",
            models.UUIDField(db_index=True, help_text=KEY_HELP, null=True, verbose_name="form"),
        ),
        migrations.AddField(
            "newssignup",
            "anonymised",
            models.BooleanField(default=False, verbose_name="anonymised"),
        ),
        *[
            migrations.AddField(
                model,
                "confirmed_at",
                models.DateTimeField(blank=True, null=True, verbose_name="confirmed at"),
            )
            for model in ("signature", "organisationsignature", "storysubmission")
        ],
        *[
            migrations.AddField(
                model, "confirm_id", models.UUIDField(editable=False, null=True)
            )
            for model in ("signature", "organisationsignature")
        ],
        migrations.RunPython(confirm_earlier_records, migrations.RunPython.noop),
        *[
            migrations.AlterField(
                model,
                "confirm_id",
                models.UUIDField(default=uuid.uuid4, editable=False, null=True, unique=True),
            )
            for model in ("signature", "organisationsignature")
        ],
        *[
            migrations.AlterField(
                model,
                "consent_text",
                models.TextField(
                    blank=True,
                    help_text="Exactly what the person agreed to",
                    verbose_name="consent wording shown",
                ),
            )
            for model in ("newssignup", "organisationsignature", "signature", "storysubmission")
        ],
        *[
            migrations.AlterField(
                model,
                "created_at",
                models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="sent at"),
            )
            for model in ("newssignup", "organisationsignature", "signature")
        ],
        migrations.AddIndex(
            "signature",
            models.Index(fields=["page_key", "-created_at"], name="signature_latest"),
        ),
        migrations.AddConstraint(
            "organisationsignature",
            models.UniqueConstraint(
                fields=("page_key", "contact_email"), name="one_organisation_signature_per_email"
            ),
        ),
        migrations.AddConstraint(
            "signature",
            models.UniqueConstraint(fields=("page_key", "email"), name="one_signature_per_email"),
        ),
    ]
