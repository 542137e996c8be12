"""The address of the visitor a request comes from, as the site is deployed.

Behind PROXY_COUNT trusted proxies that each append the address they were connected from to
X-Forwarded-For, the visitor is the PROXY_COUNT-th entry counted from the right: the one the
outermost trusted proxy wrote. Everything further left was sent by the visitor and may be
invented, so it is never used. With no proxy configured (PROXY_COUNT 0) the header is ignored
and the address is the connection's own (REMOTE_ADDR).

Used by the public forms' rate limit and by django-axes (AXES_CLIENT_IP_CALLABLE), so a
visitor has one address everywhere.
"""

import ipaddress

from django.conf import settings


def client_address(request) -> str:
    """The visitor's address in canonical form ("" when nothing usable is known)."""
    peer = _canonical(request.META.get("REMOTE_ADDR", "")) or ""
    proxies = _proxy_count()
    if not proxies:
        return peer
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if not isinstance(header, str) or not header.strip():
        # Nothing appended: the request reached the app without passing the proxies (a health
        # check, a shell on the server). The connection's own address is the truth.
        return peer
    entries = [entry.strip() for entry in header.split(",")]
    if len(entries) >= proxies:
        chosen = len(entries) - proxies
    else:
        # Fewer entries than proxies: the request skipped some of them, or one of them does not
        # append. Only the right-most entry is surely a proxy's own; take that one.
        chosen = len(entries) - 1
    # An entry a trusted proxy wrote is an address; if the chosen one is not, move right, to
    # entries written by proxies nearer the app, never left to what the visitor sent.
    for entry in entries[chosen:]:
        address = _canonical(entry)
        if address:
            return address
    return peer


def _proxy_count():
    try:
        return max(0, int(getattr(settings, "PROXY_COUNT", 0)))
    except (TypeError, ValueError):
        return 0


def _canonical(text):
    """One spelling per address (IPv6 compressed and lower case, IPv4-mapped IPv6 as IPv4),
    with a port some proxies add taken off; None when the text is not an address."""
    if not text or len(text) > 100:
        return None
    text = text.strip()
    if text.startswith("["):  # [2001:db8::1]:443 or [2001:db8::1]
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:  # 203.0.113.9:51234
        text = text.partition(":")[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return str(address)
