from django.core.management.base import BaseCommand

from campaigns.privacy import anonymise_expired, forget_email


class Command(BaseCommand):
    help = (
        "Anonymise personal data older than each action's retention period; with --forget, "
        "delete every record of one email address. Run it daily (cron or a scheduler)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--forget", metavar="EMAIL", help="delete this person's records")
        parser.add_argument("--dry-run", action="store_true", help="count, change nothing")

    def handle(self, *args, forget=None, dry_run=False, **options):
        verb = "would be" if dry_run else "were"
        if forget:
            done = forget_email(forget, dry_run=dry_run)
            # The address itself is not printed: this output may end up in logs.
            for label, rows in done.items():
                self.stdout.write(f"{rows} {label} of the given email address {verb} deleted.")
            return
        done = anonymise_expired(dry_run=dry_run)
        for label, rows in done.items():
            self.stdout.write(f"{rows} {label} past their retention period {verb} anonymised.")
