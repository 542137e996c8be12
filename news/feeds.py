"""RSS and Atom feeds of one news index: its language's latest posts."""

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext

FEED_SIZE = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        # The feed speaks its index's language (titles, type names), whatever the visitor's.
        with translation.override(self.index.locale.language_code):
            response = super().__call__(request, *args, **kwargs)
        response["Cache-Control"] = "public, max-age=900"
        return response

    def get_object(self, request, *args, **kwargs):
        return self.index

    def title(self, index):
        return f"{index.title} | {gettext('Border Humanity')}"

    def link(self, index):
        return index.full_url

    def feed_url(self, index):
        return index.full_url + index.reverse_subpage(self.route_name)

    route_name = "rss"

    def description(self, index):
        return index.intro or index.title

    def items(self, index):
        return index.posts()[:FEED_SIZE]

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.intro or post.search_description

    def item_link(self, post):
        return post.full_url

    def item_guid(self, post):
        return post.full_url

    def item_pubdate(self, post):
        return post.pub_datetime

    def item_updateddate(self, post):
        return post.last_published_at

    def item_categories(self, post):
        return [post.get_post_type_display(), *post.hashtag_list]

    def item_author_name(self, post):
        names = [block.value.get("name") for block in post.authors]
        return ", ".join(name for name in names if name) or None


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    route_name = "atom"
    subtitle = NewsRssFeed.description
