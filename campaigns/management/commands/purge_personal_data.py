from django.core.management.base import BaseCommand
from django.utils import timezone

from campaigns import privacy, privacy_stories


class Command(BaseCommand):
    help = (
        "Anonymise or delete personal data older than each action's or form's retention "
        "period; with --forget, remove every record of one email address. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--forget", metavar="EMAIL", help="remove this person's records")
        parser.add_argument(
            "--dry-run", action="store_true", help="count signatures, change nothing"
        )

    def handle(self, *args, forget=None, dry_run=False, **options):
        verb = "would be" if dry_run else "were"
        if forget:
            # The address itself is never printed: this output may end up in logs.
            for label, rows in privacy.forget_email(forget, dry_run=dry_run).items():
                self.stdout.write(f"{rows} {label} of the given email address {verb} deleted.")
            if not dry_run:
                for what, rows in privacy_stories.forget_email(forget).items():
                    self.stdout.write(
                        f"Stories and sign-ups of the given email address: {what} {rows}."
                    )
            return
        for label, rows in privacy.anonymise_expired(dry_run=dry_run).items():
            self.stdout.write(f"{rows} {label} past their retention period {verb} anonymised.")
        if dry_run:
            return
        now = timezone.now()
        for what, rows in privacy_stories.purge_stories(now).items():
            self.stdout.write(f"Story submissions past their retention period {what}: {rows}.")
        for what, rows in privacy_stories.purge_signups(now).items():
            self.stdout.write(f"Unconfirmed news sign-ups {what}: {rows}.")
