"""Blocks that list other pages of the site, such as the latest news posts.

`home` imports no content app. The latest-news block names the news index by its string
("news.NewsIndexPage", resolved by Wagtail when the chooser is used) and asks the chosen page for
its posts through one method, `latest_posts(limit)`: a contract, not an import. The posts of
every such block on a page are loaded by `prepare_values`, which `home.streams.prepare_stream`
calls once per page, so the number of queries does not grow with the number of posts.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.visibility import in_visitor_language


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
    news_index = blocks.PageChooserBlock(
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
