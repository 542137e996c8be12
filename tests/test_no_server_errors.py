"""Whatever a visitor or a script sends (odd query strings, made-up paths, unknown language
prefixes, broken headers), every demo page in every language answers without a server error
or a stack trace. Hypothesis makes up the input; the site must answer 2xx, 3xx or 4xx."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

pytestmark = pytest.mark.django_db

fuzzing = settings(
    max_examples=80,
    derandomize=True,  # the same inputs on every run: CI is reproducible
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
junk = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)
keys = st.one_of(st.sampled_from(["q", "page", "type", "tag", "topic", "step", "lang"]), junk)
paths = st.lists(
    st.one_of(junk, st.sampled_from(["..", ".", "%00", "%2e%2e", "thank-you", "feed", "0"])),
    max_size=4,
)


def demo_urls():
    return sorted(page.url for page in Page.objects.live().filter(depth__gt=1) if page.url)


def answered_without_error(response, what):
    assert response.status_code < 500, f"{response.status_code} for {what!r}"
    assert b"Traceback" not in response.content, what


def fresh_client():
    return Client(raise_request_exception=False)


def test_every_demo_page_in_every_language_answers():
    client = fresh_client()
    urls = demo_urls()
    assert len(urls) >= 40 and any(url.startswith("/es/") for url in urls)
    for url in urls:
        response = client.get(url)
        answered_without_error(response, url)
        assert response.status_code in (200, 301, 302), url


@fuzzing
@given(index=st.integers(min_value=0), params=st.dictionaries(keys, junk, max_size=4))
def test_any_query_string_on_any_page(index, params):
    urls = demo_urls()
    url = urls[index % len(urls)]
    answered_without_error(fresh_client().get(url, params), (url, params))


@fuzzing
@given(
    prefix=st.sampled_from(["/en/", "/es/", "/ar/", "/xx/", "/", "/EN/", "/es-mx/"]),
    segments=paths,
)
def test_any_path_under_any_language_prefix(prefix, segments):
    path = prefix + "/".join(segments)
    answered_without_error(fresh_client().get(path), path)


@fuzzing
@given(
    index=st.integers(min_value=0),
    language=junk,
    cookie=junk,
    etag=junk,
    referer=junk,
)
def test_any_headers(index, language, cookie, etag, referer):
    urls = demo_urls()
    url = urls[index % len(urls)]
    headers = {
        "HTTP_ACCEPT_LANGUAGE": language,
        "HTTP_COOKIE": cookie,
        "HTTP_IF_NONE_MATCH": etag,
        "HTTP_REFERER": referer,
    }
    try:
        response = fresh_client().get(url, **headers)
    except UnicodeEncodeError:
        return  # not a header a client can send: HTTP headers are Latin-1 on the wire
    answered_without_error(response, (url, headers))


@fuzzing
@given(query=junk, page=junk)
def test_any_search(query, page):
    for prefix in ("/en/search/", "/es/search/"):
        answered_without_error(fresh_client().get(prefix, {"q": query, "page": page}), query)
