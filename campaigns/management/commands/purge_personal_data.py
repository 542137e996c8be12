from django.core.management.base import BaseCommand

from campaigns import privacy


class Command(BaseCommand):
    help = (
        "Delete personal data never confirmed within 30 days, and anonymise or delete records "
        "older than their form's retention period; with --forget, remove every record of one "
        "email address. Run it daily (cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--forget", metavar="EMAIL", help="remove this person's records")
        parser.add_argument(
            "--dry-run", action="store_true", help="say what would be done, change nothing"
        )

    def handle(self, *args, forget=None, dry_run=False, **options):
        verb = "would be" if dry_run else "were"
        if forget:
            # The address itself is never printed: this output may end up in logs.
            report = privacy.forget(forget, dry_run=dry_run)
            scope = "of the given email address"
        else:
            report = privacy.purge(dry_run=dry_run)
            scope = "unconfirmed in time or past their retention period"
        for what, done in report.items():
            self.stdout.write(
                f"{what.capitalize()} {scope}: {done['deleted']} {verb} deleted, "
                f"{done['anonymised']} {verb} anonymised."
            )
