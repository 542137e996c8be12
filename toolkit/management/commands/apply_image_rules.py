"""Run from cron every few minutes: images whose embargo has ended or whose expiry has passed
since the last run are moved in or out of public media, with their renditions, the toolkit's
files and the page and CDN caches of the pages that use them (toolkit.withdrawal). Saving an
image in the admin does the same at once; this covers what time alone changes."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from toolkit import withdrawal


class Command(BaseCommand):
    help = "Withdraw expired images from public media and release those whose embargo ended."

    def add_arguments(self, parser):
        parser.add_argument(
            "--clean-metadata",
            action="store_true",
            help="Also rewrite every stored original without location and device metadata.",
        )

    def handle(self, *args, clean_metadata=False, **options):
        from toolkit.models import MediaImage

        now = timezone.now()
        if clean_metadata:
            cleaned = 0
            for image in MediaImage.objects.order_by("pk").iterator():
                cleaned += withdrawal.clean_stored_file(image, image.renditions.all())
            self.stdout.write(f"Cleaned the metadata of {cleaned} image(s).")
        withdrawn = released = 0
        for image in withdrawal.out_of_place(now):
            public = image.is_public(now)
            if withdrawal.apply_rule(image, now):
                released += public
                withdrawn += not public
        self.stdout.write(f"Withdrew {withdrawn} image(s); released {released}.")
