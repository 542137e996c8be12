"""Blocks of news posts (the people behind a post, a section in a second language) and the
"latest news" and "in the news" blocks the shared body library offers on every page.

The latest-news block is registered with `home`'s block registry (this module is imported by
the AppConfig). It names the news index by its string ("news.NewsIndexPage", resolved by Wagtail
when the chooser is used: the models import this module) and asks the chosen page for its posts
through one method, `latest_posts(limit)`. The posts of every such block on a page are loaded by
`prepare_values`, which `home.streams.prepare_stream` calls once per page, so the number of
queries does not grow with the number of posts.
"""

import datetime

from django import forms
from django.conf import settings
from django.conf.global_settings import LANGUAGES as ALL_LANGUAGES
from django.utils import translation
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail_localize.segments import OverridableSegmentValue

from home.blocks import LISTINGS, BodyStreamBlock, ContactCardBlock, choosers
from home.blocks.registry import register
from home.blocks.text import RICH_TEXT_FEATURES
from home.language_names import language_in_text
from home.visibility import in_visitor_language


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
            # A sample address no mail can reach: .invalid is reserved for names that never exist.
            "email": "press@frontera-legal-aid.invalid",
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


class LatestNewsValue(blocks.StructValue):
    @property
    def index(self):
        """The chosen news index in the visitor's language (the chosen one when untranslated)."""
        if not hasattr(self, "_index"):
            LatestNewsBlock.prepare_values([self])
        return self._index

    @property
    def posts(self):
        if not hasattr(self, "_posts"):
            LatestNewsBlock.prepare_values([self])
        return self._posts


class LatestNewsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=160, label=_("Heading"))
    news_index = choosers.PageChooserBlock(
        page_type="news.NewsIndexPage",
        label=_("News page"),
        help_text=_("The news page whose latest posts are shown."),
    )
    count = blocks.IntegerBlock(
        min_value=1, max_value=6, default=3, label=_("How many posts"), required=True
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/latest_news.html"
        value_class = LatestNewsValue
        label = _("Latest news")
        description = _("The most recent news posts, newest first, with a link to all news.")
        preview_value = {"heading": "Latest news", "count": 3}

    @staticmethod
    def prepare_values(values):
        """Find the chosen indexes in the visitor's language (two queries for all blocks), then
        the posts of each distinct index (one query per index, however many blocks show it).
        Returns the posts' images for rendition
        prefetching."""
        chosen = [value.get("news_index") for value in values]
        # A private news index lists nothing to the public, in any language.
        found = in_visitor_language(chosen, specific=True)
        # Blocks showing the same index share one query, for the most posts any of them shows.
        indexes = {}
        for value, page in zip(values, chosen, strict=True):
            index = None
            if page is not None:
                index = found.get(page.translation_key)
            value._index = index
            if index is not None:
                wanted = max(indexes.get(index.pk, (index, 0))[1], value.get("count") or 3)
                indexes[index.pk] = (index, wanted)
        posts = {}
        for pk, (index, wanted) in indexes.items():
            latest = getattr(index, "latest_posts", None)
            posts[pk] = list(latest(wanted)) if latest else []
        images = []
        for value in values:
            shown = posts.get(value._index.pk, []) if value._index is not None else []
            value._posts = shown[: value.get("count") or 3]
            images.extend(post.hero_image for post in value._posts if post.hero_image)
        return images


register("latest_news", LatestNewsBlock, LISTINGS, order=10)


class AsWrittenBlock(blocks.CharBlock):
    """Text kept as the outlet wrote it (a name, a headline in the article's language): every
    language's page shows it the same, unless a translator overrides it."""

    def get_translatable_segments(self, value):
        return [OverridableSegmentValue("", value)] if value else []

    def restore_translated_segments(self, value, segments):
        return segments[0].data if segments else value


class PressCoverageValue(blocks.StructValue):
    @property
    def language_info(self):
        return SecondLanguageSectionValue.language_info.fget(self)

    @property
    def in_other_language(self):
        """The article's language, named for the reader, when it is not the page's."""
        code = (self.get("language") or "").split("-")[0]
        page = (translation.get_language() or "").split("-")[0]
        return language_in_text(self.get("language")) if code and code != page else ""


class PressCoverageBlock(blocks.StructBlock):
    outlet = AsWrittenBlock(max_length=120, label=_("Outlet"))
    headline = AsWrittenBlock(
        max_length=250, label=_("Headline"), help_text=_("As the outlet published it.")
    )
    date = blocks.DateBlock(label=_("Date of publication"))
    url = blocks.URLBlock(
        required=False,
        label=_("Link to the article"),
        help_text=_("Leave empty for print or broadcast coverage that is not online."),
    )
    language = LanguageBlock(label=_("Language of the article"))

    class Meta:
        icon = "doc-full-inverse"
        value_class = PressCoverageValue
        label = _("Article")


class InTheNewsValue(blocks.StructValue):
    @property
    def newest_first(self):
        """Whatever order the editor entered them in."""
        return sorted(self.get("items") or [], key=lambda item: item.get("date"), reverse=True)


class InTheNewsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=160, label=_("Heading"))
    items = blocks.ListBlock(PressCoverageBlock(), min_num=1, max_num=20, label=_("Articles"))

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/in_the_news.html"
        value_class = InTheNewsValue
        label = _("In the news")
        description = _(
            "Coverage of the campaign by other outlets: outlet, headline, date and link, newest "
            "first, each marked with the language it was published in."
        )
        preview_value = {
            "heading": "In the news",
            "items": [
                {
                    "outlet": "The Valley Ledger",
                    "headline": "Families ask Congress to fund lawyers, not detention beds",
                    "date": datetime.date(2024, 3, 14),
                    "url": "",
                    "language": "en",
                },
                {
                    "outlet": "Semanario La Frontera Sur",
                    "headline": "Organizaciones de ambos lados piden cerrar camas vacías",
                    "date": datetime.date(2024, 2, 2),
                    "url": "",
                    "language": "es",
                },
            ],
        }


register("in_the_news", InTheNewsBlock, LISTINGS, order=40)
