"""Turning a YAML object's fields into what its model stores.

References (`!page`, `!image`...) become objects in plain model fields and ids inside
StreamFields. Each StreamField item runs through its block (to_python → clean →
get_prep_value), so what is stored is what the editor would save: every struct key present,
ListBlock items in their {"type": "item", "value", "id"} form (wagtail-localize extracts no
segments from a bare list), ImageBlock as {"image", "alt_text", "decorative"}. A typo in the
demo content fails here, at load time, with the block's own validation message.
"""

import re
import uuid

from django.core.exceptions import ValidationError
from wagtail.fields import StreamField

from .files import Ref

# A page link inside rich text names the page by key: <a linktype="page" page="petition">.
RICH_TEXT_PAGE_LINK = re.compile(r'<a linktype="page" page="([^"]+)">')


def resolve_references(value, lookup, as_id):
    """A copy of `value` with every Ref replaced by lookup(ref) (or its id)."""
    if isinstance(value, Ref):
        found = lookup(value)
        return found.pk if as_id else found
    if isinstance(value, dict):
        return {key: resolve_references(item, lookup, as_id) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve_references(item, lookup, as_id) for item in value]
    if isinstance(value, str) and 'linktype="page" page="' in value:
        return RICH_TEXT_PAGE_LINK.sub(
            lambda match: f'<a linktype="page" id="{lookup(Ref("page", match[1])).pk}">', value
        )
    return value


def prepare_stream(stream_block, items):
    """[{"type": ..., "value": ...}, ...] → the JSON list a StreamField stores."""
    prepared = []
    for item in items:
        block_type, value = item["type"], item["value"]
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


def prepare_fields(model, fields, lookup):
    """`fields` as read from YAML → values to set on a `model` instance."""
    prepared = {}
    for name, value in fields.items():
        field = model._meta.get_field(name)
        if isinstance(field, StreamField):
            value = resolve_references(value or [], lookup, as_id=True)
            prepared[name] = prepare_stream(field.stream_block, value)
        else:
            prepared[name] = resolve_references(value, lookup, as_id=False)
    return prepared
