from django.apps import AppConfig, apps
from django.db import DEFAULT_DB_ALIAS
from django.db.models.signals import post_migrate

NEEDED_TABLES = {
    "auth_group",
    "auth_permission",
    "wagtailcore_page",
    "wagtailcore_locale",
    "wagtailcore_collection",
    "wagtailcore_grouppagepermission",
    "wagtailcore_groupcollectionpermission",
}


def apply_declared_groups(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """After `migrate` (and a test database's flush): every staff group holds exactly what
    translations/groups.py declares. Django sends post_migrate once per app, in
    INSTALLED_APPS order, each app's model permissions being made in its own turn (Django's
    for every model, Wagtail's "publish" and "lock" for snippets with drafts): the groups are
    applied in the turn of the last app with models (Django sends none for the others), when
    every permission they name exists."""
    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if sender is not with_models[-1] or using != DEFAULT_DB_ALIAS:
        return
    from django.db import connections

    if not NEEDED_TABLES <= set(connections[using].introspection.table_names()):
        return  # migrated backwards, or only part of the way
    from .groups import apply_groups

    apply_groups()


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = "Translation workflow"

    def ready(self):
        post_migrate.connect(apply_declared_groups, dispatch_uid="translations-apply-groups")
