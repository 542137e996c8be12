"""After "I called": the optional request to hear about the campaign's next steps. It posts
here, through the one form flow under its own form key, and is stored like a news sign-up:
pending until its owner confirms from the email (campaigns.signup_views confirms and
unsubscribes both). Nothing of the call travels with it."""

import uuid

from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.views.decorators.http import require_POST

from .form_tokens import csrf_once_started
from .formflow import fresh_token, private, receive
from .models.calls import CallFollowUp, CallPage
from .tasks import queue_email


def record_follow_up(page, data, language):
    """A new or still-pending address gets a fresh link by email (older links stop working);
    a confirmed one is left as it is, and the visitor sees the same answer either way."""
    with transaction.atomic():
        follow_up, created = CallFollowUp.objects.select_for_update().get_or_create(
            page_key=page.translation_key,
            email=data["email"],
            defaults={
                "first_name": data["first_name"],
                "language": language,
                "consent_text": page.follow_up_consent,
                "call_page_id": page.pk,
            },
        )
        if not created and follow_up.confirmed_at is None:
            follow_up.first_name = data["first_name"]
            follow_up.language = language
            follow_up.consent_text = page.follow_up_consent
            follow_up.call_page_id = page.pk
            follow_up.confirm_id = uuid.uuid4()
            follow_up.save()
    if follow_up.confirmed_at is None:
        queue_email("follow_up_confirm", follow_up)
    return follow_up


def form_again(request, page, form, status):
    context = page.thank_you_context(request)
    context["follow_up"] = fresh_token(form, page.follow_up_key)
    response = page.render(request, template=page.thank_you_template, context_overrides=context)
    response.status_code = status
    return private(response)


@csrf_once_started
@require_POST
def send(request, page_id):
    page = CallPage.objects.live().filter(pk=page_id).first()
    if page is None or not page.follow_up_consent:
        raise Http404
    if page.get_view_restrictions().exists():
        return HttpResponseRedirect(page.url)  # the page asks for its password or sign-in
    language = page.locale.language_code
    return receive(
        request,
        page.follow_up_form(request.POST),
        page.follow_up_key,
        store=lambda data: record_follow_up(page, data, language),
        again=lambda form, status: form_again(request, page, form, status),
        thank_you_url=page.url + page.reverse_subpage("follow_up_sent"),
    )
