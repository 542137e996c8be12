"""The share-your-story form page: show the form, store a valid story once, thank the teller."""

from django.db import transaction
from django.utils.translation import get_language

from .abuse import start_token
from .formflow import checked_form, form_again, private, see_other
from .models.stories import StorySubmission
from .story_forms import StoryForm


def share(page, request):
    if request.method == "POST":
        return receive(page, request)
    form = StoryForm(page=page, initial={"started": start_token(), "language": get_language()})
    return private(page.render(request, context_overrides={"form": form}))


def receive(page, request):
    form = StoryForm(request.POST, page=page)
    status = checked_form(request, page, form)
    if status is not None:
        return form_again(request, page, form, status)
    data = form.cleaned_data
    with transaction.atomic():
        StorySubmission.objects.create(
            form_key=page.translation_key,
            form_page_id=page.pk,
            language=data["language"],
            page_language=get_language(),
            text=data["text"],
            name=data["name"],
            contact=data["contact"],
            publication=data["publication"],
            consent_text=form.consent_record(),
        )
    return see_other(page.url + page.reverse_subpage("thank_you"))


def thank_you(page, request):
    return page.render(request, template="campaigns/story_thank_you.html")
