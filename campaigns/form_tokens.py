"""The per-visitor half of a public form, apart from its page.

Action, story and sign-up pages are the same for every visitor, so the page cache keeps them
like any page. What is one visitor's own, the single-use start token and the CSRF token, comes
from `tokens`, which the form's script fetches when the visitor starts on the form
(campaigns/static/campaigns/form_tokens.js). It reads nothing from the database: the form's key
is in its address, and a token for a key no form has is refused when it comes back.

Without the script the form posts without tokens. `csrf_once_started` lets such a post through
to the form flow, which stores and counts nothing and answers with the form again, both tokens
in it (campaigns.formflow): the visitor's second press sends it."""

from functools import wraps

from django.http import JsonResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from .abuse import start_token
from .formflow import private

_csrf = CsrfViewMiddleware(lambda request: None)


@require_safe
def tokens(request, form_key):
    """The hidden fields' values, by field name. The fill-time minimum counts from now."""
    answer = {"started": start_token(form_key), "csrfmiddlewaretoken": get_token(request)}
    return private(JsonResponse(answer))


def csrf_once_started(view):
    """CSRF is checked, as the middleware would, on every post that carries a start token: a
    post without one can only get the form back."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if request.method == "POST" and request.POST.get("started"):
            refused = _csrf.process_view(request, None, args, kwargs)
            if refused is not None:
                return refused
        return view(request, *args, **kwargs)

    return csrf_exempt(checked)
