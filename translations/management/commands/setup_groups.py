"""`manage.py setup_groups`: create or update every staff group to match translations/groups.py,
and assign the translation review workflow.

Safe to run again at any time (after adding a language, say): each group ends up with exactly
the declared permissions, whatever was granted by hand in between. `migrate` applies the same
declaration (without the workflow).
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from translations.groups import MissingPermission, apply_groups
from translations.review import ensure_review_workflow


class Command(BaseCommand):
    help = "Create or update the staff groups and their permissions (see translations/groups.py)."

    @transaction.atomic
    def handle(self, *args, **options):
        try:
            applied = apply_groups()
        except MissingPermission as error:
            raise CommandError(str(error)) from None
        for name, created in applied:
            self.stdout.write(f"{'Created' if created else 'Updated'} group {name}")
        workflow = ensure_review_workflow()
        if workflow is not None:
            self.stdout.write(f"Workflow {workflow.name} assigned to the translated trees")
