"""Admin template tags of the media library: why an image is or is not shown to the public."""

from django import template

register = template.Library()


@register.simple_tag
def public_state(image):
    """(key, label): cleared, needs-consent, embargoed or expired (MediaImage.public_state)."""
    state = getattr(image, "public_state", None)
    return state() if state is not None else ("cleared", "")


@register.filter
def model_label(instance):
    return instance._meta.verbose_name if hasattr(instance, "_meta") else ""
