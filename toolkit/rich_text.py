"""Images embedded in rich text follow the same rule as every other image: one the public may
not see (MediaImage.is_public) renders as nothing at all, not even an empty <img>."""

from wagtail.images.formats import get_image_format
from wagtail.images.rich_text import ImageEmbedHandler


class PublicImageEmbedHandler(ImageEmbedHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        tags = []
        for attrs, image in zip(attrs_list, cls.get_many(attrs_list), strict=True):
            if image is None or not image.is_public():
                tags.append("")
                continue
            image_format = get_image_format(attrs["format"])
            tags.append(image_format.image_to_html(image, attrs.get("alt", "")))
        return tags
