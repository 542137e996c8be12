"""How long a stored page stays fresh. PAGE_CACHE_SECONDS, unless the page asks for less with
`s-maxage` (a page that shows a live figure, such as a petition's count, which no purge follows:
purging on every signature would render it again for every signer). Once that time is up, the
next visitor's request renders it again while the others are answered with the copy kept
(page_cache.revalidate), so a busy petition costs one render per interval, however many sign."""

import re

from django.utils.cache import patch_cache_control

S_MAXAGE = re.compile(r"\bs-maxage=(\d+)")


def fresh_for(response, seconds):
    """Ask the page cache, and a CDN in front, to keep the page fresh no longer than this."""
    patch_cache_control(response, s_maxage=seconds)
    return response


def fresh_seconds(response, longest):
    asked = S_MAXAGE.search(response.get("Cache-Control", ""))
    return min(longest, int(asked.group(1))) if asked else longest
