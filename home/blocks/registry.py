"""Blocks content apps add to the shared body library, so that `home` never names them.

A content app registers its blocks from its own `blocks` module, which its AppConfig.ready()
imports. The body library reads the registry when a stream block is built, which Wagtail does
lazily (the page models pass the block class, not an instance), so every app is ready by then.
`order` keeps the editor's menu and the stored field definitions in a fixed order, whatever the
order the apps are loaded in.
"""

from django.apps import apps

_registered = {}


def register(name, block, group, *, order):
    """Offer `block` (a block class) in every body stream as `name`, in the editor's `group`."""
    if name in _registered:
        raise ValueError(f"A body block named {name!r} is already registered.")
    _registered[name] = (order, block(group=group))


def registered_blocks():
    """[(name, block)] of every registered block, in their order."""
    if not apps.ready:
        # Read too early, a body would silently lack the blocks of apps not yet ready.
        raise RuntimeError("The body block registry was read before every app was ready.")
    ordered = sorted(_registered.items(), key=lambda item: (item[1][0], item[0]))
    return [(name, block) for name, (_order, block) in ordered]
