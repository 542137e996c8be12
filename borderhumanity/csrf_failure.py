"""The page for a form refused by Django's CSRF check (settings.CSRF_FAILURE_VIEW)."""

from django.template.response import TemplateResponse


def csrf_failure(request, reason=""):
    """A form sent without a valid security token (an old page, cookies blocked): say so in
    the visitor's language and offer the way back, instead of Django's English page."""
    response = TemplateResponse(request, "403_csrf.html", status=403)
    response["Cache-Control"] = "private, no-store"
    return response
