"""Give the "Campaign data" group (the only one that sees the public's personal data) the
screens for shared stories and news sign-ups, and the right to publish approved stories."""

from django.db import migrations

GROUP = "Campaign data"
PERMISSIONS = {
    "storysubmission": ["view", "change", "delete"],  # change = approve or reject
    "newssignup": ["view", "delete"],
    "story": ["add", "change", "delete", "publish"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _created = Group.objects.get_or_create(name=GROUP)
    admin_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailadmin", model="admin"
    )
    access, _created = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    group.permissions.add(access)
    for model, actions in PERMISSIONS.items():
        content_type, _created = ContentType.objects.get_or_create(
            app_label="campaigns", model=model
        )
        for action in actions:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is None:
        return
    for model, actions in PERMISSIONS.items():
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="campaigns",
                codename__in=[f"{action}_{model}" for action in actions],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0007_stories_and_news_signups"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
