"""`manage.py setup_groups`: create or update every staff group to match translations/groups.py.

Safe to run again at any time (after adding a language, say): each group ends up with exactly
the declared permissions, whatever was granted by hand in between.
"""

from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
)

from translations.groups import group_specs
from translations.review import ensure_review_workflow


def permission(dotted):
    app_label, codename = dotted.split(".")
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist:
        raise CommandError(f"No permission {dotted}: run migrate first.") from None


def locale_roots(trees):
    """The pages a group's page permissions apply to."""
    if not trees:
        return []
    if trees == "all":
        return [Page.get_first_root_node()]
    if trees == "translated":
        locales = Locale.objects.exclude(pk=Locale.get_default().pk)
    else:
        locales = Locale.objects.filter(language_code__in=trees)
    return list(Page.objects.filter(depth=2, locale__in=locales).order_by("path"))


class Command(BaseCommand):
    help = "Create or update the staff groups and their permissions (see translations/groups.py)."

    @transaction.atomic
    def handle(self, *args, **options):
        root_collection = Collection.get_first_root_node()
        for spec in group_specs():
            group, created = Group.objects.get_or_create(name=spec.name)
            group.permissions.set([permission(p) for p in spec.permissions])

            GroupPagePermission.objects.filter(group=group).delete()
            for page in locale_roots(spec.page_trees):
                for codename in spec.page_permissions:
                    GroupPagePermission.objects.create(
                        group=group, page=page, permission=permission(f"wagtailcore.{codename}")
                    )

            GroupCollectionPermission.objects.filter(group=group).delete()
            for dotted in spec.collection_permissions:
                GroupCollectionPermission.objects.create(
                    group=group, collection=root_collection, permission=permission(dotted)
                )
            self.stdout.write(f"{'Created' if created else 'Updated'} group {spec.name}")
        workflow = ensure_review_workflow()
        if workflow is not None:
            self.stdout.write(f"Workflow {workflow.name} assigned to the translated trees")
