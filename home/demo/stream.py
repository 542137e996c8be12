"""Small builders for StreamField content, and the step that makes it complete JSON.

Content modules write blocks as plain dicts. `prepare_stream` runs each through its block
(to_python → clean → get_prep_value), so what is stored is what the editor would save: every
struct key present, ListBlock items in their {"type": "item", "value", "id"} form (wagtail-localize
extracts no segments from a bare list), ImageBlock as {"image", "alt_text", "decorative"}. A typo
in the demo content fails here, at load time, with the block's own validation message.
"""

import uuid

from django.core.exceptions import ValidationError
from wagtail.fields import StreamField


def link(text, page=None, url=""):
    """A LinkBlock value: a page of this site (by id) or an address elsewhere."""
    return {"text": text, "page": page.pk if page is not None else None, "url": url}


def image(picture, alt):
    """An ImageBlock value with its own alt text for this use."""
    return {"image": picture.pk, "alt_text": alt, "decorative": False}


def prepare_stream(stream_block, items):
    """[(block_type, value), ...] → the JSON list a StreamField stores."""
    prepared = []
    for block_type, value in items:
        child = stream_block.child_blocks[block_type]
        python_value = child.to_python(value)
        try:
            python_value = child.clean(python_value)
        except ValidationError as error:
            raise ValueError(f"Demo block {block_type!r} is invalid: {error!r}") from error
        prepared.append(
            {
                "type": block_type,
                "value": child.get_prep_value(python_value),
                "id": str(uuid.uuid4()),
            }
        )
    return prepared


def prepare_fields(model, fields):
    """Turn every StreamField value in `fields` (a list of (type, value)) into stored JSON."""
    prepared = dict(fields)
    for name, value in fields.items():
        field = model._meta.get_field(name)
        if isinstance(field, StreamField):
            prepared[name] = prepare_stream(field.stream_block, value)
    return prepared
