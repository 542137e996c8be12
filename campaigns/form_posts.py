"""Where story and sign-up forms post: their page's form flow, behind `csrf_once_started`
(which a post to the page's own address, checked by the CSRF middleware first, cannot have).
Signatures post to campaigns.sign_endpoint, which also skips the page tree; video answers to
campaigns.video_views, which finds its page with `live_form_page` too."""

from django.http import Http404, HttpResponseRedirect
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .form_tokens import csrf_once_started
from .models.public_form import PublicFormPage


def live_form_page(page_id, kind):
    """The live page of this id if it is a `kind`, else 404. Returns (page, redirect):
    redirect is None, or a 307 to the page's own address when the page restricts who may view
    it. 307 keeps the method and the body: the page checks the restriction, then receives."""
    page = Page.objects.live().filter(pk=page_id).first()
    page = page.specific if page is not None else None
    if not isinstance(page, kind):
        raise Http404
    if page.get_view_restrictions().exists():
        return page, HttpResponseRedirect(page.url, status=307)
    return page, None


@csrf_once_started
@require_POST
def send(request, page_id):
    page, redirect = live_form_page(page_id, PublicFormPage)
    return redirect or page.form_view(request)
