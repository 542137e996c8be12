"""Wagtail hooks of the site frame."""

from django.http import Http404
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.images.image_operations import TransformOperation

from home.alternates import is_untranslated_alias


class ExactSizeOperation(TransformOperation):
    """`exact-1200x630`: scale to exactly this size, upwards too.

    Wagtail's `fill` never enlarges a small original, and with a focal point it can land one
    pixel off (1200×631). Social platforms want their size exactly: after `fill` the shape is
    right already, so this only scales, without distorting.
    """

    def construct(self, size):
        width, height = size.split("x")
        self.width, self.height = int(width), int(height)

    def run(self, transform, image):
        if transform.size != (self.width, self.height):
            transform = transform.resize((self.width, self.height))
        return transform


@hooks.register("register_image_operations")
def register_exact_size():
    return [("exact", ExactSizeOperation)]


@hooks.register("before_serve_page")
def send_untranslated_aliases_to_their_original(page, request, serve_args, serve_kwargs):
    """An alias of an English page at a /es/ address is the English text twice over.

    Redirect rather than 404: a visitor who followed a Spanish menu or an old link still reaches
    the content, and the page's own switcher tells them it is not in Spanish yet. Temporary
    (302), since the translation, once published, takes this very address.
    """
    if is_untranslated_alias(page):
        original_url = page.alias_of.get_url(request)
        if original_url is None:
            raise Http404
        return redirect(original_url)
