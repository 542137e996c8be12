"""The one shape of the public's personal data in this app. Every record a form stores (a
signature, an organisation's signature, a story, a news sign-up) has the form page's key (the
translation key, the same in every language), the visitor's language, the consent wording
they saw, when it came, when its owner confirmed it, and whether it was anonymised. Retention
and "forget me" (campaigns.privacy) treat every record type through the hooks below."""

import calendar
import datetime
import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

# A record whose owner never confirmed it (the link works this long) is deleted after it.
UNCONFIRMED_DAYS = 30


class PersonalRecord(models.Model):
    page_key = models.UUIDField(
        _("form"),
        null=True,
        db_index=True,
        help_text=_("The translation key shared by every language version of the form page"),
    )
    language = models.CharField(_("language"), max_length=12)
    consent_text = models.TextField(
        _("consent wording shown"), blank=True, help_text=_("Exactly what the person agreed to")
    )
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    anonymised = models.BooleanField(_("anonymised"), default=False)

    # The field holding the person's email address, for "forget me" (None: no address kept).
    email_field = None
    # Records that only count once their owner confirms by email.
    needs_confirmation = False
    # Not in Wagtail's reference index (a page's "usage"): people are not content, and indexing
    # them queued a task per signature, another per confirmation, and two queries per deletion.
    wagtail_reference_index_ignore = True

    class Meta:
        abstract = True

    @classmethod
    def of_email(cls, email):
        if cls.email_field is None:
            return cls.objects.none()
        return cls.objects.filter(**{f"{cls.email_field}__iexact": email})

    @classmethod
    def unconfirmed_before(cls, now):
        """Records never confirmed in time: deleted by the retention run."""
        if not cls.needs_confirmation:
            return cls.objects.none()
        cutoff = now - datetime.timedelta(days=UNCONFIRMED_DAYS)
        return cls.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff)

    @classmethod
    def expired(cls, now, months_by_key, default_months):
        """Records past their form's retention period, not yet anonymised."""
        stale = cls.objects.none()
        keys = cls.objects.filter(anonymised=False).values_list("page_key", flat=True)
        for key in set(keys):
            cutoff = months_before(now, months_by_key.get(key, default_months))
            stale = stale | cls.objects.filter(
                page_key=key, anonymised=False, created_at__lt=cutoff
            )
        return stale

    @classmethod
    def erase(cls, queryset):
        """Past retention: delete, or keep an anonymous row where counts need it. Returns
        (deleted, anonymised)."""
        return queryset.delete()[0], 0

    @classmethod
    def forget(cls, queryset):
        """On request: remove what identifies the person. Returns (deleted, anonymised)."""
        return queryset.delete()[0], 0


class ModeratedRecord(PersonalRecord):
    """A record staff approve or reject before anything of it is shown or delivered (stories,
    messages of welcome, video answers); `reviewed_at` is when the last decision was made."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)

    class Meta:
        abstract = True


class ConfirmedRecord(PersonalRecord):
    """A record that counts publicly only once its owner opened the emailed link and pressed
    the button. `confirm_id` is the link's one-time id, cleared on confirmation."""

    confirm_id = models.UUIDField(null=True, unique=True, default=uuid.uuid4, editable=False)

    needs_confirmation = True

    class Meta:
        abstract = True

    @property
    def confirmed(self):
        return self.confirmed_at is not None


def page_link(verbose_name):
    """A record's link to the page it was sent from. The record outlives the page (the link
    becomes empty; `page_key` still names the form), and pages get no list of records."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def months_before(moment, months):
    """The same day `months` calendar months earlier (the last day of a shorter month)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)
