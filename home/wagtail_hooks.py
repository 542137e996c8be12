"""Wagtail hooks of the site frame."""

from wagtail import hooks
from wagtail.images.image_operations import TransformOperation


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
