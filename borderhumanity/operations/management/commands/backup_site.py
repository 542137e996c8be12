from django.core.management.base import BaseCommand

from borderhumanity.operations.backup import backup


class Command(BaseCommand):
    help = "Write the database and the uploaded media to a folder (see docs/deploying.md, Backups)."

    def add_arguments(self, parser):
        parser.add_argument("destination", help="a folder; created if missing")

    def handle(self, destination, **options):
        for line in backup(destination):
            self.stdout.write(line)
