"""{% page_fragment %}: a part of a page rendered once per page version and kept."""

from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Page

from page_cache.fragments import remember

register = template.Library()


@register.tag
def page_fragment(parser, token):
    """{% page_fragment "name" %}…{% end_page_fragment %}: the enclosed part of the page is
    rendered once per page version, language and site, and kept (see page_cache.fragments).
    On a miss the page's `prepare_for_render()` runs first, so what it prefetches is only
    fetched when the part is actually rendered. The part must read nothing of the request."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one argument: the part's name")
    nodelist = parser.parse(("end_page_fragment",))
    parser.delete_first_token()
    return PageFragmentNode(parser.compile_filter(bits[1]), nodelist)


class PageFragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        page = context.get("page")

        def make():
            prepare = getattr(page, "prepare_for_render", None)
            if prepare is not None:
                prepare()
            return str(self.nodelist.render(context))

        if not isinstance(page, Page):
            return make()
        return mark_safe(remember(context.get("request"), page, self.name.resolve(context), make))  # noqa: S308 — our own rendered template
