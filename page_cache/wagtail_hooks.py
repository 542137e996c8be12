from wagtail import hooks

from .dependencies import add, served_tag


@hooks.register("before_serve_page")
def note_the_page_served(page, request, serve_args, serve_kwargs):
    """A page's own addresses are purged when a page is published under it (its listing)."""
    add(served_tag(page.pk))
