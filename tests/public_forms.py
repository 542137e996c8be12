"""What a person sends through the public forms, for tests: start tokens and filled-in
signature forms."""

import time

from campaigns.abuse import start_token


def started(page=None, seconds_ago=30):
    """The start token a form page gives (to the demo petition unless another page is
    named), issued a while ago. Each call gives a new one: tokens work once."""
    if page is None:
        from campaigns.models import ActionPage

        page = ActionPage.objects.filter(kind="petition").first()
    return start_token(page.translation_key, issued=time.time() - seconds_ago)


def fetched_tokens(client, page_response):
    """What a form's script puts into its hidden fields once the visitor starts on it: the
    tokens from the address the form names (the page itself holds none)."""
    from tests.html import soup

    tokens = client.get(soup(page_response).select_one("form[data-tokens]")["data-tokens"])
    assert tokens.status_code == 200, tokens.status_code
    return tokens.json()


def filled(page=None, **overrides):
    """What a person types into the form (of the demo petition, or `page`), shown a while
    ago."""
    data = {
        "first_name": "Ana",
        "last_name": "Ruiz",
        "email": "ana@example.org",
        "postal_code": "79901",
        "country": "US",
        "comment": "",
        "show_name": "on",
        "contact_consent": "on",
        "website": "",
    }
    if "started" not in overrides:
        data["started"] = started(page)
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def links_to(path_part, messages):
    """The links in these emails whose address contains `path_part`."""
    import re

    found = []
    for message in messages:
        found += [u for u in re.findall(r"https?://\S+", message.body) if path_part in u]
    return found


def confirm_signatures(client, messages=None):
    """What a signer does with the email: open the link (a page with one button), press the
    button. Confirms the signatures whose links are in these emails (all sent so far)."""
    from urllib.parse import urlsplit

    from django.core import mail

    from tests.html import soup

    paths = {}  # one per signature: a link sent again carries the same id
    for link in links_to("/signature/confirm/", mail.outbox if messages is None else messages):
        path = urlsplit(link).path
        paths.setdefault(path.rstrip("/").rsplit("/", 1)[1].split(":")[0], path)
    for path in paths.values():
        page = client.get(path)
        assert page.status_code == 200, page.status_code
        assert soup(page).select_one("form[method=post] button")
        assert client.post(path).status_code == 200
