"""The "not legal advice" notice: its wording (a snippet) and the setting choosing it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import TranslatableField

from home.visibility import visitor_locale


class LegalNotice(TranslatableMixin, models.Model):
    """The "this is not legal advice" text, chosen once in Settings → Know-your-rights."""

    name = models.CharField(
        _("name"), max_length=80, help_text=_("For editors only, such as 'Not legal advice'.")
    )
    text = RichTextField(_("text"), features=["bold", "italic", "link"])
    short_text = models.CharField(
        _("short text"),
        max_length=160,
        help_text=_("One line for the printed wallet card."),
    )

    panels = [FieldPanel("name"), FieldPanel("text"), FieldPanel("short_text")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("text"),
        TranslatableField("short_text"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("legal notice")
        verbose_name_plural = _("legal notices")

    def __str__(self):
        return self.name


@register_setting(icon="warning")
class KnowYourRightsSettings(BaseGenericSetting):
    legal_notice = models.ForeignKey(
        LegalNotice,
        verbose_name=_("'Not legal advice' notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown on every know-your-rights guide and its wallet card, in the visitor's "
            "language (translate the notice under Snippets)."
        ),
    )

    panels = [FieldPanel("legal_notice")]

    class Meta:
        verbose_name = _("know-your-rights settings")

    @classmethod
    def notice_in(cls, language_code):
        """The notice in this language (or its source text), or None."""
        # The setting and its notice in one query; the Locale is the request's own.
        chosen = cls.objects.select_related("legal_notice").first() or cls.load()
        notice = chosen.legal_notice
        if notice is None:
            return None
        locale = visitor_locale(language_code)
        if locale is None:
            return notice
        if notice.locale_id == locale.pk:
            return notice
        return notice.get_translation_or_none(locale) or notice
