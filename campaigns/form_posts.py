"""Where story and sign-up forms post: their page's form flow, behind `csrf_once_started`
(which a post to the page's own address, checked by the CSRF middleware first, cannot have).
Signatures post to campaigns.sign_endpoint, which also skips the page tree."""

from django.http import Http404, HttpResponseRedirect
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .form_tokens import csrf_once_started
from .models.public_form import PublicFormPage


@csrf_once_started
@require_POST
def send(request, page_id):
    page = Page.objects.live().filter(pk=page_id).first()
    page = page.specific if page is not None else None
    if not isinstance(page, PublicFormPage):
        raise Http404
    if page.get_view_restrictions().exists():
        # 307 keeps the method and the body: the page checks the restriction, then receives.
        return HttpResponseRedirect(page.url, status=307)
    return page.form_view(request)
