"""PostgreSQL: a text search configuration per language (unaccent + that language's stemmer).

Nothing to do on any other database: the SQLite backend folds accents itself and cannot stem.
"""

from django.db import migrations

from search.languages import configuration_sql, drop_sql


def create_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in configuration_sql():
        schema_editor.execute(statement)


def drop_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in drop_sql():
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create_configurations, drop_configurations)]
