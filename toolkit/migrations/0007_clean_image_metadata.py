"""Every image already stored is rewritten without its place, time and device metadata (EXIF,
XMP, IPTC, comments), and images the public may not see move out of public media. What this
migration does is what `manage.py apply_image_rules --clean-metadata` does again at any time."""

from django.db import migrations


def clean_and_place(apps, schema_editor):
    from toolkit import withdrawal

    MediaImage = apps.get_model("toolkit", "MediaImage")
    MediaRendition = apps.get_model("toolkit", "MediaRendition")
    for image in MediaImage.objects.order_by("pk").iterator():
        renditions = MediaRendition.objects.filter(image_id=image.pk)
        withdrawal.clean_stored_file(image, list(renditions))
        allowed = withdrawal.rule_allows(
            image.consent_status, image.embargo_until, image.expires_at
        )
        if allowed == withdrawal.is_stored_privately(image):
            for rendition in renditions:
                rendition.file.storage.delete(rendition.file.name)
            renditions.delete()
            withdrawal.move_original(image, private=not allowed)


class Migration(migrations.Migration):
    dependencies = [("toolkit", "0006_image_storage_rule")]

    operations = [migrations.RunPython(clean_and_place, migrations.RunPython.noop)]
