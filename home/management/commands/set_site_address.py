"""`manage.py set_site_address [URL]`: the address every absolute URL of the site names."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.site_address import apply_site_url


class Command(BaseCommand):
    help = (
        "Point the default Wagtail Site at the address that serves the site (default: the "
        "SITE_URL setting). Canonical links, the sitemap, feeds and share links name it."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="such as http://127.0.0.1:8080")

    def handle(self, *args, url=None, **options):
        url = url or settings.SITE_URL
        try:
            site = apply_site_url(url)
        except ValueError as error:
            raise CommandError(str(error)) from None
        if site is None:
            raise CommandError("There is no Wagtail Site yet: run migrate first.")
        if options["verbosity"] > 1:
            self.stdout.write(f"The site's address is {site.root_url}/")
