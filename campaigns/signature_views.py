"""The link in a signature's confirmation email. Opening it shows one button (mail scanners
open links, and must not sign for anyone); pressing it confirms the signature, which from
then on counts. The page then thanks the signer and offers the share links and next step."""

from django.core import signing
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from .counts import action_figures
from .emails import read_signature_code
from .formflow import private
from .models import OrganisationSignature, Signature
from .signing import confirm_signature


def _answer(request, state, status=200, action=None):
    context = {"state": state, "page": action}
    if action is not None:
        context["figures"] = action_figures(action)
        context["share_url"] = action.get_full_url(request)
    return private(render(request, "campaigns/signature_confirm.html", context, status=status))


def _action_of(record):
    """The action page in the visitor's language (its source page if not translated)."""
    if record is None or record.action_page is None:
        return None
    page = record.action_page.specific
    localized = page.localized
    return localized if localized.live else page


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, code):
    try:
        kind, confirm_id = read_signature_code(code)
    except signing.SignatureExpired:
        return _answer(request, "expired", 410)
    except signing.BadSignature:
        return _answer(request, "invalid", 400)
    if request.method != "POST":
        model = OrganisationSignature if kind == "o" else Signature
        waiting = model.objects.filter(confirm_id=confirm_id).select_related("action_page")
        record = waiting.first()
        if record is None:
            return _answer(request, "used", 410)
        return _answer(request, "ask", action=_action_of(record))
    record = confirm_signature(kind, confirm_id)
    if record is None:
        return _answer(request, "used", 410)
    return _answer(request, "confirmed", action=_action_of(record))
