"""A news post behind a privacy restriction (an embargoed press release behind a password, a
post for members who log in) is never listed to the public: not its title, intro or authors,
on the news index, in the RSS and Atom feeds, in a "latest news" block or among related posts.
Its own address still asks for the password."""

import html

import pytest
from wagtail.models import Locale, PageViewRestriction

from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from tests.factories import soup

# The newest post is the tests' own media advisory (tests/news/conftest.py), with an author.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("test_news")]

PASSWORD = "embargo-until-monday"


def index(code="en"):
    return NewsIndexPage.objects.get(locale__language_code=code)


def newest_post(code="en"):
    """The post every listing shows first, found before anything is restricted."""
    return index(code).posts().specific()[0]


def restrict(page, kind="password"):
    if kind == "password":
        return PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
        )
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def leaks(response, post):
    """Whether anything of the post reaches the response: address, title or intro."""
    assert response.status_code == 200
    raw = response.content.decode()
    if "xml" in response["Content-Type"]:
        text = html.unescape(raw)
    else:
        text = soup(response).get_text(" ")
    return post.url in raw or post.title in text or (post.intro and post.intro in text)


@pytest.mark.parametrize("kind", ["password", "login"])
def test_the_news_index_leaves_out_a_private_post(client, kind):
    post = newest_post()
    assert leaks(client.get(index().url), post)  # what the test looks for is there at first
    restrict(post, kind)
    assert not leaks(client.get(index().url), post)
    assert not leaks(client.get(index().url, {"type": post.post_type}), post)


@pytest.mark.parametrize("route", ["feed/", "feed/atom/"])
def test_the_feeds_leave_out_a_private_post(client, route):
    post = newest_post()
    restrict(post)
    response = client.get(index().url + route)
    assert not leaks(response, post)
    # The author's name is part of what a press release under embargo must not tell.
    names = [block.value["name"] for block in post.authors]
    assert names
    for name in names:
        assert name not in response.content.decode()


def test_the_latest_news_block_leaves_out_a_private_post(client):
    home = HomePage.objects.get(locale__language_code="en")
    post = newest_post()
    assert leaks(client.get(home.url), post)
    restrict(post)
    assert not leaks(client.get(home.url), post)


def test_a_private_news_index_shows_no_posts_in_latest_news_blocks(client):
    home = HomePage.objects.get(locale__language_code="en")
    post = newest_post()
    restrict(index())
    assert not leaks(client.get(home.url), post)


def test_related_posts_leave_out_a_private_post(client):
    post = newest_post()
    others = list(NewsPage.objects.live().sibling_of(post, inclusive=False))
    assert others
    restrict(post)
    for other in others:
        assert not leaks(client.get(other.url), post), other.url


def test_a_private_spanish_post_is_left_out_of_the_spanish_news_only(client):
    post = newest_post("en")
    spanish = post.get_translation(Locale.objects.get(language_code="es"))
    restrict(spanish)
    assert not leaks(client.get(index("es").url), spanish)
    assert not leaks(client.get(index("es").url + "feed/"), spanish)
    assert leaks(client.get(index("en").url), post)


def test_the_private_post_itself_asks_for_its_password(client):
    post = newest_post()
    restriction = restrict(post)
    response = client.get(post.url)
    assert response.status_code == 200
    assert post.intro not in soup(response).get_text(" ")
    assert soup(response).select_one('input[name="password"]') is not None
    assert restriction.pk
    form = soup(response).select_one("form")
    client.post(form["action"], {"password": PASSWORD, "return_url": post.url})
    assert post.intro in soup(client.get(post.url)).get_text(" ")
