"""Blocks only news posts use: the people behind a post and a section in a second language."""

from django import forms
from django.conf import settings
from django.conf.global_settings import LANGUAGES as ALL_LANGUAGES
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail_localize.segments import OverridableSegmentValue

from home.blocks import BodyStreamBlock, ContactCardBlock
from home.blocks.text import RICH_TEXT_FEATURES


def language_choices():
    """The site's languages first, then every other language Django knows."""
    site = list(settings.LANGUAGES)
    codes = {code for code, _name in site}
    return site + [(code, name) for code, name in ALL_LANGUAGES if code not in codes]


class AuthorBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, label=_("Name"))
    role = blocks.CharBlock(
        required=False, max_length=160, label=_("Role or organisation"), default=""
    )

    class Meta:
        icon = "user"
        template = "news/blocks/author.html"
        label = _("Author")
        description = _("A person who wrote the post, shown in the byline.")
        preview_value = {"name": "Ana Ruiz", "role": "Communications"}


class PressContactBlock(ContactCardBlock):
    """The shared contact card with the contact's organisation: press releases of a coalition
    name several member groups."""

    organisation = blocks.CharBlock(required=False, max_length=160, label=_("Organisation"))

    class Meta:
        icon = "user"
        template = "news/blocks/press_contact.html"
        label = _("Press contact")
        description = _("Who journalists call: name, organisation, phone and email.")
        preview_value = {
            "name": "Ana Ruiz",
            "organisation": "Frontera Legal Aid",
            "phone": "+1 555 0100",
            "email": "press@example.org",
        }


class LanguageBlock(blocks.CharBlock):
    """A language code, chosen from a list, that stays the same in translations unless the
    translator overrides it: on the Spanish translation of an English post with a Spanish
    section, that section becomes the English one. wagtail-localize lists it among the
    synchronised values and offers a text box to override it only for text blocks, hence a
    CharBlock with a select in the page editor rather than a ChoiceBlock."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 16)
        super().__init__(**kwargs)
        self.field = forms.ChoiceField(
            choices=language_choices, required=self.field.required, help_text=self.field.help_text
        )

    def get_translatable_segments(self, value):
        return [OverridableSegmentValue("", value)] if value else []

    def restore_translated_segments(self, value, segments):
        return segments[0].data if segments else value


class SecondLanguageSectionValue(blocks.StructValue):
    @property
    def language_info(self):
        code = self.get("language")
        try:
            return get_language_info(code)
        except KeyError:
            return {"code": code, "bidi": False, "name_local": code}


class SecondLanguageSectionBlock(blocks.StructBlock):
    language = LanguageBlock(label=_("Language of this section"))
    heading = blocks.CharBlock(
        required=False, max_length=160, help_text=_("In the section's language.")
    )
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "globe"
        template = "news/blocks/second_language_section.html"
        value_class = SecondLanguageSectionValue
        label = _("Section in another language")
        description = _(
            "The post (or part of it) in a second language on the same page, marked with its "
            "language so screen readers and translators handle it correctly."
        )
        preview_value = {
            "language": "es",
            "heading": "En español",
            "text": "<p>Hoy 97 organizaciones enviamos una carta.</p>",
        }


class NewsBodyBlock(BodyStreamBlock):
    second_language = SecondLanguageSectionBlock(group=_("Text"))
