from django.core.management.base import BaseCommand

from borderhumanity.operations.backup import restore


class Command(BaseCommand):
    help = (
        "Restore a folder written by backup_site into this site's database (which must be new "
        "and empty: create it first) and MEDIA_ROOT."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="a folder written by backup_site")

    def handle(self, source, **options):
        for line in restore(source):
            self.stdout.write(line)
