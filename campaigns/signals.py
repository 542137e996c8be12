"""Counts and public signer lists follow every change to the rows, from the site or the admin;
the signing endpoint's cached view of an action follows the page."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .counts import forget_figures
from .models import ActionPage, OrganisationSignature, Signature
from .sign_endpoint import forget_card


@receiver(post_save, sender=Signature)
@receiver(post_delete, sender=Signature)
@receiver(post_save, sender=OrganisationSignature)
@receiver(post_delete, sender=OrganisationSignature)
def signatures_changed(instance, **kwargs):
    forget_figures(instance.action_key)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_delete)
def action_page_changed(instance, **kwargs):
    """The signing endpoint's cached card (consent wording, URLs) follows the page."""
    if isinstance(instance, Page):
        forget_card(instance.pk)


@receiver(post_page_move)
def pages_moved(instance, **kwargs):
    # Moving a campaign moves the URLs of the actions under it.
    for page_id in ActionPage.objects.descendant_of(instance, inclusive=True).values_list(
        "pk", flat=True
    ):
        forget_card(page_id)
