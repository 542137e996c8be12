"""Counts and public signer lists follow every change to the rows, from the site or the admin;
a welcome page drops a shown message as soon as it is deleted.
The signing endpoint's cached view of an action follows the page (campaigns.sign_endpoint)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .call_counts import forget_call_count
from .counts import forget_figures
from .models import ActionPage, CallLog, OrganisationSignature, Signature, WelcomeMessage


@receiver(post_save, sender=Signature)
@receiver(post_delete, sender=Signature)
@receiver(post_save, sender=OrganisationSignature)
@receiver(post_delete, sender=OrganisationSignature)
def signatures_changed(instance, created=False, **kwargs):
    # A new signature waits for its owner's confirmation and changes no figure: no round
    # trip to the shared cache on the signing path.
    if created and instance.confirmed_at is None:
        return
    forget_figures(instance.page_key)


@receiver(post_delete, sender=WelcomeMessage)
def welcome_message_deleted(instance, **kwargs):
    from .welcome_moderation import message_deleted

    message_deleted(instance)


@receiver(post_save, sender=CallLog)
@receiver(post_delete, sender=CallLog)
def calls_changed(instance, **kwargs):
    forget_call_count(instance.page_key)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_delete, sender=ActionPage)
def action_page_changed(instance, **kwargs):
    if isinstance(instance, ActionPage):
        from .sign_endpoint import forget_card

        forget_card(instance.pk)
