"""Once gave the "Campaign data" group its permissions. That group, like every staff group, is
now declared in translations/groups.py alone and applied after every `migrate` (and by
`manage.py setup_groups`), so this migration does nothing: kept so that databases that ran it
and fresh ones share one history."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0004_targets_organisations_exports"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop)]
