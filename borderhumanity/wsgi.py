import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borderhumanity.settings.production")

django_application = get_wsgi_application()

# Stored pages for anonymous visitors are sent before Django's handler runs (home/page_cache.py).
from home.page_cache import StoredPageApplication  # noqa: E402 — needs Django set up

application = StoredPageApplication(django_application)
