"""When the database cannot be reached, visitors get a short "try again" page (503, in their
language, with Retry-After) instead of a server error. A form sent at that moment is told it was
not saved: signing stores the row before thanking, so no thank-you can follow a failed insert."""

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

RETRY_AFTER_SECONDS = 30
DATABASE_ERRORS = (OperationalError, InterfaceError)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_ERRORS):
            return None
        return try_again_response(request)


def try_again_response(request):
    """Also for middleware that reads the database before any view runs (two-factor sign-in)."""
    # Rendered without the request: context processors could query the database.
    html = render_to_string("503.html", {"sent_a_form": request.method == "POST"})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
