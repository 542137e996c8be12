import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borderhumanity.settings.production")

django_application = get_wsgi_application()

# Stored pages for anonymous visitors are sent before Django's handler runs (page_cache/front.py).
from page_cache.front import StoredPageApplication  # noqa: E402 — needs Django set up

application = StoredPageApplication(django_application)
