"""A call page's answer to a ZIP code: the same page, with the visitor's officials, each with
their number, the script and an "I called" button. The ZIP code comes by POST, never in an
address, and the answer is private and not stored by any cache. Nothing of it is kept."""

from django.http import Http404, HttpResponseRedirect
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.templatetags.wagtailcore_tags import richtext

from .abuse import start_token
from .call_forms import CalledForm, ZipForm
from .formflow import private
from .models.calls import OFFICIAL_PLACEHOLDER, CallPage
from .targeting import targets_for_state


def naming(text, official):
    """The editor's rich text with the official's name where it says {official}. The name only:
    the role is shown above the script, and a role inside a sentence needs an article and a
    gender in Spanish ("al senador", "a la senadora") that a label cannot give."""
    if not text:
        return ""
    name = escape(official.name)
    # The editor's rich text as Wagtail renders it, and the name escaped: both are safe.
    return mark_safe(str(richtext(text)).replace(OFFICIAL_PLACEHOLDER, name))  # noqa: S308


def officials_for(page, state, zip_code):
    """The page's national officials and the state's, each ready to be called and counted."""
    return [
        {
            "official": official,
            "script": naming(page.script, official),
            "voicemail": naming(page.voicemail, official),
            # A start token each: every "I called" is a form of its own, counted once.
            "form": CalledForm(
                initial={
                    "official": official.pk,
                    "zip_code": zip_code,
                    "started": start_token(page.form_key),
                },
                page=page,
                auto_id=f"call-{official.pk}-%s",
            ),
        }
        for official in targets_for_state(page, state)
        if official.phone
    ]


def officials_response(request, page, zip_code, status=200, refused=None):
    """The page with the officials for `zip_code` (400 when it is not one), or, for a refused
    "I called" (`refused`, its form), the same with the refusal's message."""
    zip_form = ZipForm({"zip_code": zip_code}) if zip_code or refused is None else ZipForm()
    context = {"zip_form": zip_form, "refused": refused}
    if zip_form.is_bound and zip_form.is_valid():
        context["officials"] = officials_for(
            page, zip_form.state, zip_form.cleaned_data["zip_code"]
        )
        context["call_state"] = zip_form.state
    elif refused is None:
        status = 400
    response = page.render(request, context_overrides=context)
    response.status_code = status
    return private(response)


@csrf_exempt  # it changes nothing, and the page it is sent from is the same for everyone
@require_POST
def officials(request, page_id):
    page = CallPage.objects.live().filter(pk=page_id).first()
    if page is None:
        raise Http404
    if page.get_view_restrictions().exists():
        return HttpResponseRedirect(page.url)  # the page asks for its password or sign-in
    return officials_response(request, page, request.POST.get("zip_code", ""))
