"""`{% load pictures %}` then `{% picture image format-{avif,webp} width-{400,800} ... %}`:
Wagtail's own tag, parsed by Wagtail, with each tag's image filters parsed once per process.

Wagtail's picture node makes new Filter objects on every render, and each one works out its
operations from its spec again (registered operations, then each operation's arguments checked
through `inspect`). One hero in three formats and four widths is twelve filters; a home page
parsed about a hundred per render, the largest single cost of its pictures. The specs are
written in the template, so they cannot change between renders: the node parses them once,
and the cached template loader keeps the node, and with it the filters, for the process.
"""

from django import template
from wagtail.images.templatetags import wagtailimages_tags as wagtail_images

register = template.Library()


class KeptFiltersPictureNode(wagtail_images.PictureNode):
    def get_filters(self):
        # Filter objects hold only their spec and the operations parsed from it; rendering
        # reads them and never changes them, so every render may share them.
        filters = self.__dict__.get("_kept_filters")
        if filters is None:
            filters = self._kept_filters = super().get_filters()
        return filters


@register.tag
def picture(parser, token):
    parsed = wagtail_images.image(parser, token)  # Wagtail's syntax and error messages
    return KeptFiltersPictureNode(
        parsed.image_expr,
        parsed.filter_specs,
        output_var_name=parsed.output_var_name,
        attrs=parsed.attrs,
    )
