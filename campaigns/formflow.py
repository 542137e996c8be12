"""What every public form of this app does around its own fields: a private response (the
page carries a CSRF token), the spam checks, the 400/429 answer, the 303 to a thank-you."""

from django.http import HttpResponseRedirect
from django.utils.cache import patch_cache_control

from .abuse import Rejected, check_not_abusive, start_token


def private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def see_other(url):
    """303: the thank-you page is fetched with GET and carries nothing personal."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def checked_form(request, page, form):
    """The bound form, and the status to answer with when it may not be stored (or None)."""
    try:
        check_not_abusive(request, form.data, page)
    except Rejected as rejection:
        form.is_valid()
        form.add_error(None, rejection.message)
        return rejection.status
    if not form.is_valid():
        return 400
    return None


def form_again(request, page, form, status, template=None):
    form.data = form.data.copy()
    form.data["started"] = start_token()
    response = page.render(request, template=template, context_overrides={"form": form})
    response.status_code = status
    return private(response)
