"""`manage.py load_demo_content [--reset]`: the demo campaign site in English and Spanish."""

from django.core.management.base import BaseCommand

from demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Create the Border Humanity demo site: home, campaign and coalition pages, navigation "
        "and images, with their Spanish translations. Does nothing if it is already loaded. "
        "--reset deletes the demo pages (and any page under them), the demo navigation and "
        "images, then builds them again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete the demo content first, then rebuild it."
        )

    def handle(self, *args, reset=False, **options):
        DemoLoader(log=self.stdout.write).run(reset=reset)
