"""The signature POST without page routing.

An action page's form posts to /<lang>/sign/<page id>/. Walking the page tree for every
signature costs seven queries; here one cached "card" of the action (what the form and the
row need) replaces them, so a clean signature is one INSERT. Anything else (an error to show,
a spam rejection, a page behind a view restriction) goes back to the page itself, which
renders the form again exactly as a POST to the page would.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.utils.translation import get_language
from django.views.decorators.http import require_POST

from .form_tokens import csrf_once_started
from .formflow import receive
from .signing import record_organisation, record_signature
from .targeting import remember_state

CARD_SECONDS = 60 * 5


@dataclass(frozen=True)
class ActionCard:
    """What signing needs of an action page, small enough to cache."""

    pk: int
    translation_key: object
    kind: str
    consent_text: str
    ask_comment: bool
    page_url: str
    thank_you_url: str
    restricted: bool

    @property
    def for_organisations(self):
        return self.kind == "organisations"


def card_key(page_id):
    """Made in the page cache's generation: whatever empties the page cache (a move, a privacy
    restriction) leaves every card behind too; a publish, unpublish or delete of the action
    forgets its own card (`forget_card`)."""
    from page_cache.store import generation

    return f"action-card:{generation()}:{page_id}"


def forget_card(page_id):
    """Now, and once committed: a sign request meanwhile reads the rows as they were."""
    cache.delete(card_key(page_id))
    transaction.on_commit(lambda: cache.delete(card_key(page_id)))


def _live_action(page_id):
    from .models import ActionPage

    try:
        return ActionPage.objects.live().get(pk=page_id)
    except ActionPage.DoesNotExist:
        raise Http404 from None


def action_card(request, page_id):
    card = cache.get(card_key(page_id))
    if card is None:
        page = _live_action(page_id)
        url = page.get_url(request)
        card = ActionCard(
            pk=page.pk,
            translation_key=page.translation_key,
            kind=page.kind,
            consent_text=page.consent_text,
            ask_comment=page.ask_comment,
            page_url=url,
            thank_you_url=url + page.reverse_subpage("thank_you"),
            restricted=page.get_view_restrictions().exists(),
        )
        cache.set(card_key(page_id), card, CARD_SECONDS)
    return card


@csrf_once_started
@require_POST
def sign(request, page_id):
    card = action_card(request, page_id)
    if card.restricted:
        # 307 keeps the method and the body: the page checks the restriction, then signs.
        return HttpResponseRedirect(card.page_url, status=307)
    from .forms import OrganisationForm, SignatureForm

    form_class = OrganisationForm if card.for_organisations else SignatureForm
    record = record_organisation if card.for_organisations else record_signature
    return receive(
        request,
        form_class(request.POST, action=card),
        card.translation_key,
        store=lambda data: (
            record(card, data, get_language()),
            remember_state(request, card, data),
        ),
        # Anything to show again is drawn by the page itself, as a POST to it would be.
        again=lambda form, status: _live_action(page_id).form_again(request, form, status),
        thank_you_url=card.thank_you_url,
    )
