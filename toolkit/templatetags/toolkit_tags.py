from django import template

from ..platforms import PLATFORMS, Platform

register = template.Library()


def post_info(value, block_id="preview"):
    """A post text with its platform and character count against the platform's limit."""
    platform = PLATFORMS.get(value.get("platform")) or Platform(value.get("platform"), "", 0)
    text = value.get("text") or ""
    return {
        "platform": platform,
        "text": text,
        "count": len(text),
        "over": bool(platform.limit) and len(text) > platform.limit,
        "id": f"post-{block_id}",
    }


register.simple_tag(post_info, name="post_info")
