"""The one flow of every public form of this app, around its own fields: spam checks, the
single-use start token, validation, the per-client limit, one stored record, then a 303 to a
thank-you step; or the form again with its message and a 400 or 429, private (it holds fresh
tokens and what the visitor typed). Used by the form pages (PublicFormPage) and by the
signing endpoint, which skips page routing."""

from django.http import HttpResponseRedirect
from django.utils.cache import patch_cache_control

from .abuse import AlreadySent, Rejected, admit, screen, start_token


def private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def see_other(url):
    """303: the thank-you page is fetched with GET and carries nothing personal."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def fresh_token(form, form_key):
    """A bound form shown again gets a new start token (the old one may have been spent)."""
    form.data = form.data.copy()
    form.data["started"] = start_token(form_key)
    return form


def receive(request, form, form_key, store, again, thank_you_url):
    """`store(cleaned_data)` writes the record (and queues its emails) in one transaction;
    `again(form, status)` answers with the form and its errors. The visitor is thanked only
    once `store` has returned, that is once the row is committed."""
    try:
        token_id = screen(request, form.data, form_key)
        if not form.is_valid():
            return again(form, 400)
        admit(request, token_id)
    except Rejected as rejection:
        form.is_valid()
        form.add_error(None, rejection.message)
        return again(form, rejection.status)
    except AlreadySent:
        # A double click or a replay: the first submission was stored; nothing more is.
        return see_other(thank_you_url)
    store(form.cleaned_data)
    return see_other(thank_you_url)
