"""As deployed, behind the TLS proxy: the forms' rate limit is per visitor, not per proxy.

Thirty people at thirty addresses sign the petition through the nginx front, each once, with
the form and tokens their own page gave them; all thirty are stored. Meanwhile one abusive
client at its own address keeps posting: after ACTION_RATE_LIMIT submissions it is refused
with 429, and the others go on signing. (Keyed on the proxy's address, the whole world shared
one bucket of ten.) And what the server emails links the visitor back to the public https
address, through the proxy."""

import re
import time
from concurrent.futures import ThreadPoolExecutor

from campaigns.abuse import MIN_FILL_SECONDS

PETITION = "/en/petition/"
PEOPLE = 30


HONEST, ABUSIVE = "honest.example.org", "abuse.example.org"


def person(number, domain=HONEST):
    return {
        "first_name": "Visitor",
        "last_name": f"Number {number}",
        "email": f"person{number}@{domain}",
        "postal_code": "79901",
        "country": "US",
    }


def confirm(site, visitor, address):
    """What a signer does between being thanked and being counted: find the email sent to
    `address`, open its one-time link (a page with one button) and press the button."""
    link = emailed_link(site, address, "/signature/confirm/")
    assert link.startswith(site.url + "/")
    _page, form = visitor.load_form(link.removeprefix(site.url), "confirm-form")
    assert form.submit(visitor).status == 200


def emailed_link(site, address, path_part, seconds=30):
    """The link in the email the site sent to `address` (the worker may take a moment)."""
    deadline = time.monotonic() + seconds
    while True:
        for message in site.sent_emails():
            if message["To"] == address:
                body = message.get_body(("plain",)).get_content()
                found = re.search(rf"\S+{re.escape(path_part)}\S+", body)
                if found:
                    return found.group()
        assert time.monotonic() < deadline, f"no email with {path_part} to {address}"
        time.sleep(0.2)


def sign(site, visitor, form, number, domain=HONEST):
    """Send a loaded form as this person, then do what a person does next: read the thank-you
    page, confirm. Returns the status of the submission."""
    details = person(number, domain)
    answer = form.submit(visitor, **details)
    if answer.status == 303:
        assert visitor.get(answer.location).status == 200
        confirm(site, visitor, details["email"])
    return answer.status


def stored(site, domain):
    return site.count_rows("campaigns_signature", "email LIKE %s", (f"%@{domain}",))


def test_thirty_visitors_sign_and_an_abuser_is_refused_alone(deployed_site):
    site = deployed_site
    limit = int(site.setting("ACTION_RATE_LIMIT"))
    people = [site.visitor(n) for n in range(PEOPLE)]
    abuser = site.visitor(PEOPLE)
    assert len({v.address for v in [*people, abuser]}) == PEOPLE + 1

    with ThreadPoolExecutor(max_workers=8) as pool:
        # Everyone loads the page as a browser would: its form, its tokens. The abuser loads
        # one form per submission, so each one is a valid submission with fresh tokens.
        forms = list(pool.map(lambda v: v.load_form(PETITION)[1], people))
        abuser_forms = [abuser.load_form(PETITION)[1] for _ in range(limit + 2)]
        time.sleep(MIN_FILL_SECONDS + 0.5)  # nobody fills the form faster than a person

        abuse = [sign(site, abuser, form, n, ABUSIVE) for n, form in enumerate(abuser_forms[:-1])]
        assert abuse == [303] * limit + [429], site.log_tail()

        statuses = list(pool.map(lambda n: sign(site, people[n], forms[n], n), range(PEOPLE)))
    assert statuses == [303] * PEOPLE, site.log_tail()
    assert sign(site, abuser, abuser_forms[-1], limit + 1, ABUSIVE) == 429  # still refused

    assert stored(site, HONEST) == PEOPLE
    assert stored(site, ABUSIVE) == limit
    confirmed = "email LIKE %s AND confirmed_at IS NOT NULL"
    assert site.count_rows("campaigns_signature", confirmed, (f"%@{HONEST}",)) == PEOPLE


def test_an_emailed_link_leads_back_through_the_proxy(deployed_site):
    """The news sign-up's confirmation email (read from the server's email folder) links to
    the front's https address (the proxy's Host and X-Forwarded-Proto reached the app), and the
    link works there."""
    site = deployed_site
    reader = site.visitor(PEOPLE + 100)
    _page, form = reader.load_form("/en/newsletter/")
    time.sleep(MIN_FILL_SECONDS + 0.5)
    address = "reader@news.example.org"
    answer = form.submit(reader, email=address, language="en", consent="on")
    assert answer.status == 303, site.log_tail()

    link = emailed_link(site, address, "/subscription/confirm/")
    assert link.startswith(site.url + "/")
    _page, button = reader.load_form(link.removeprefix(site.url), "confirm-form")
    assert button.submit(reader).status == 200
    confirmed = "email = %s AND status = 'confirmed'"
    assert site.count_rows("campaigns_newssignup", confirmed, (address,)) == 1
