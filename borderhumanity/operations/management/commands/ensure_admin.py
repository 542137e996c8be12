"""`manage.py ensure_admin`: a first login for a fresh demo install, and nothing more."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"
PASSWORD = "changeme"  # noqa: S105 — the documented demo password, shown to the user to change


class Command(BaseCommand):
    help = "Create the superuser admin / changeme when the database has no user at all."

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.exists():
            return
        User.objects.create_superuser(USERNAME, "admin@example.org", PASSWORD)
        self.stdout.write(f"Created admin user: {USERNAME} / {PASSWORD} (change this password)")
