"""The page every public form of this app is: petitions and letters, stories, news sign-up.
It shows its form, the same for every visitor (its tokens are fetched apart: see
campaigns.form_tokens), takes a POST through the one form flow (campaigns.formflow), and
thanks the visitor on a sub-address. Subclasses say which form, how a valid one is stored,
and which template thanks."""

from django.urls import reverse
from wagtail.contrib.routable_page.models import path

from home.models import ContentPage
from home.sub_addresses import LocalisedRoutablePageMixin, page_path

from ..formflow import fresh_token, private, receive


class PublicFormPage(LocalisedRoutablePageMixin, ContentPage):
    thank_you_template = None

    class Meta:
        abstract = True

    @property
    def form_key(self):
        """Every language version of a form is the same form (one count, one token kind)."""
        return self.translation_key

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["form_action"] = reverse("campaigns:form_send", args=[self.pk])
        context["form_tokens_url"] = reverse("campaigns:form_tokens", args=[self.form_key])
        return context

    def make_form(self, data=None, initial=None):
        raise NotImplementedError

    def initial_from(self, request):
        """What the address may fill in beforehand (nothing personal: it may be cached)."""
        return {}

    def store(self, request, data):
        """Write the record of a valid form (one transaction) and queue its emails."""
        raise NotImplementedError

    def thank_you_url(self):
        return self.url + self.reverse_subpage("thank_you")

    def thank_you_context(self, request):
        return {}

    def form_again(self, request, form, status):
        response = self.render(
            request, context_overrides={"form": fresh_token(form, self.form_key)}
        )
        response.status_code = status
        return private(response)

    @path("")
    def form_view(self, request):
        if request.method == "POST":
            return receive(
                request,
                self.make_form(request.POST),
                self.form_key,
                store=lambda data: self.store(request, data),
                again=lambda form, status: self.form_again(request, form, status),
                thank_you_url=self.thank_you_url(),
            )
        # No token in it: the page cache may keep it for everyone.
        initial = self.initial_from(request)
        return self.render(request, context_overrides={"form": self.make_form(initial=initial)})

    @page_path(["thank-you"], name="thank_you")
    def thank_you(self, request):
        return self.render(
            request,
            template=self.thank_you_template,
            context_overrides=self.thank_you_context(request),
        )
