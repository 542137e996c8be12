"""News: an index per language (paginated, filterable by type, with RSS and Atom feeds) and
the posts below it."""

import datetime
import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import choosers
from home.models import ContentPage
from home.streams import prepare_renditions_of, prepare_stream
from home.visibility import public_pages
from page_cache.dependencies import depends_on_type

from .blocks import AuthorBlock, NewsBodyBlock, PressContactBlock
from .feeds import NewsAtomFeed, NewsRssFeed

PAGE_SIZE = 10
RELATED_COUNT = 3


class PostType(models.TextChoices):
    STATEMENT = "statement", _("Statement")
    MEDIA_ADVISORY = "media_advisory", _("Media advisory")
    PRESS_RELEASE = "press_release", _("Press release")
    VICTORY = "victory", _("Story of a victory")


class NewsIndexPage(RoutablePageMixin, ContentPage):
    """The news of one language: the posts below it, newest first, ten to a page."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = _("news index")

    def posts(self, post_type=None):
        # Only what the public may be shown: a post under a privacy restriction (a press
        # release under embargo behind a password, say) is left out of the index, the feeds
        # and every "latest news" block, title, intro and authors alike.
        depends_on_type(NewsPage)  # a post published later belongs in every listing of them
        posts = public_pages(NewsPage.objects.child_of(self)).select_related("hero_image")
        if post_type:
            posts = posts.filter(post_type=post_type)
        return posts.order_by("-date", "-first_published_at", "-pk")

    def latest_posts(self, limit):
        """What the shared "latest news" block shows (see news.blocks.LatestNewsBlock)."""
        return self.posts()[:limit]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        post_type = request.GET.get("type", "")
        if post_type not in PostType.values:
            post_type = ""
        paginator = Paginator(self.posts(post_type), PAGE_SIZE)
        try:
            posts = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            posts = paginator.page(1)
        except EmptyPage:
            posts = paginator.page(paginator.num_pages)
        prepare_renditions_of(post.hero_image for post in posts)
        context.update(
            posts=posts,
            post_type=post_type,
            post_types=PostType.choices,
            type_query=f"type={post_type}&" if post_type else "",
        )
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        return super().index_route(request, *args, **kwargs)

    @path("feed/", name="rss")
    def rss_feed(self, request):
        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return NewsAtomFeed(self)(request)


class NewsPage(ContentPage):
    """A statement, media advisory, press release or story of a victory."""

    date = models.DateField(_("date"), default=datetime.date.today)
    post_type = models.CharField(
        _("type"), max_length=20, choices=PostType.choices, default=PostType.STATEMENT
    )
    authors = StreamField(
        [("author", AuthorBlock())], blank=True, verbose_name=_("authors"), max_num=6
    )
    press_contacts = StreamField(
        [("contact", PressContactBlock())],
        blank=True,
        verbose_name=_("press contacts"),
        max_num=6,
    )
    hashtags = models.CharField(
        _("hashtags"),
        max_length=255,
        blank=True,
        help_text=_("Separated by spaces, for example #AsylumReformNow #DefendAsylum."),
    )
    body = StreamField(NewsBodyBlock, blank=True, verbose_name=_("body"))
    related_posts = StreamField(
        [("post", choosers.PageChooserBlock(page_type="news.NewsPage", label=_("Post")))],
        blank=True,
        max_num=RELATED_COUNT,
        verbose_name=_("related posts"),
        help_text=_("Empty places are filled with the latest posts of the same type."),
    )

    content_panels = ContentPage.content_panels[:1] + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("post_type"), FieldPanel("authors")],
            heading=_("Post"),
        ),
        *ContentPage.content_panels[1:],
        FieldPanel("press_contacts"),
        FieldPanel("hashtags"),
        FieldPanel("related_posts"),
    ]

    search_fields = ContentPage.search_fields + [
        index.FilterField("post_type"),
        index.FilterField("date"),
        index.SearchField("hashtags"),
    ]

    # The date and type are facts about the post, the same in every language; the related
    # posts are chosen once and followed into the visitor's language when shown. Roles, hashtags
    # and contact details reach the translator (a Spanish post may use Spanish hashtags).
    translatable_fields = ContentPage.translatable_fields + [
        TranslatableField("authors"),
        TranslatableField("press_contacts"),
        TranslatableField("hashtags"),
        SynchronizedField("date"),
        SynchronizedField("post_type"),
        SynchronizedField("related_posts"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    template = "news/news_page.html"
    content_fragment = True

    class Meta:
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")

    @property
    def kicker(self):
        """The type, above the title and on cards."""
        return self.get_post_type_display()

    @property
    def hashtag_list(self):
        return [
            "#" + tag.lstrip("#") for tag in re.split(r"[\s,]+", self.hashtags) if tag.strip("#")
        ]

    @property
    def pub_datetime(self):
        return datetime.datetime.combine(self.date, datetime.time(12), tzinfo=datetime.UTC)

    def get_related_posts(self):
        """Up to three posts: the chosen ones in this page's language, then the latest of the
        same type. Two queries whatever the number."""
        chosen_keys = [
            block.value.translation_key for block in self.related_posts if block.value is not None
        ]
        depends_on_type(NewsPage)
        siblings = public_pages(NewsPage.objects.sibling_of(self, inclusive=False))
        found = {
            post.translation_key: post
            for post in siblings.filter(translation_key__in=chosen_keys).select_related(
                "hero_image"
            )
        }
        related = [found[key] for key in chosen_keys if key in found]
        if len(related) < RELATED_COUNT:
            more = (
                siblings.filter(post_type=self.post_type)
                .exclude(pk__in=[post.pk for post in related])
                .select_related("hero_image")
                .order_by("-date", "-pk")[: RELATED_COUNT - len(related)]
            )
            related.extend(more)
        return related

    def prepare_for_render(self):
        """The post's blocks, bylines, press contacts and related posts, with every image's
        renditions in one query; only when the post's content is rendered (not kept)."""
        self.related = self.get_related_posts()
        related_images = [post.hero_image for post in self.related]
        prepare_stream(
            self.body,
            self.authors,
            self.press_contacts,
            extra_images=[self.hero_image, *related_images],
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_index"] = NewsIndexPage.objects.parent_of(self).first()
        return context
