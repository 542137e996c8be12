"""The media library's upload form: Wagtail's, with a file field that turns any failure to read
the upload into a form error. Wagtail recognises a format from the file's first bytes, so a file
that starts like a PNG but is not one reaches Pillow, which raises; unhandled, that is a 500."""

from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail.images.models import AbstractImage


class ReadableImageField(WagtailImageField):
    def to_python(self, data):
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # Pillow's errors for broken files are of many kinds
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class MediaImageForm(BaseImageForm):
    file = ReadableImageField(label=capfirst(AbstractImage._meta.get_field("file").verbose_name))
