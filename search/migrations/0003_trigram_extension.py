"""PostgreSQL: pg_trgm, for the "similar words" search tried when a search finds nothing."""

from django.db import migrations


def create_extension(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_text_search_configurations")]

    operations = [migrations.RunPython(create_extension, migrations.RunPython.noop)]
