"""Every block of the shared library renders its own template, in the editor's preview too."""

import pytest
from django.template.loader import get_template
from django.test import RequestFactory
from django.utils import translation
from wagtail.blocks import StaticBlock

from home.blocks import BodyStreamBlock
from tests.factories import make_image

LIBRARY = BodyStreamBlock().child_blocks

# What a reader must see when each block is rendered from its preview value (the blocks' own
# sample values, in their code: some read like the demo's text, but the demo does not set them).
EXPECTED_TEXT = {
    "heading": "Why limit detention?",
    "text": "exception",
    "quote": "Being welcomed by neighbours",
    "accordion": "Who decides?",
    "divider": "<hr",
    "image": "A welcome centre run by volunteers.",
    "gallery": "Our coalition at work",
    "video": "Volunteers explain how a community shelter works.",
    "call_to_action": "Sign the petition",
    "action_ladder": "Have a bit more time?",
    "statistics": "37,000",
    "demands": "End family detention.",
    "why": "Why rebuild asylum?",
    "two_column": "Communities can welcome people safely.",
    "partners": "Frontera Legal Aid",
    "contact": "mailto:press@borderhumanity.invalid",
    "latest_news": "Latest news",
    "stories": "We waited at the bridge for eleven weeks",
    "related_questions": "Questions people ask",
    "in_the_news": "Families ask Congress to fund lawyers, not detention beds",
}


def test_the_library_is_what_the_design_lists():
    assert set(LIBRARY) == set(EXPECTED_TEXT)


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_block_has_template_description_and_preview(name):
    block = LIBRARY[name]
    assert block.meta.template.startswith("blocks/")
    get_template(block.meta.template)  # exists and compiles
    assert str(block.meta.description).strip()
    if not isinstance(block, StaticBlock):  # a static block has no value to preview
        assert block.meta.preview_value is not None


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_block_renders_its_preview_value(name):
    block = LIBRARY[name]
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        html = block.render(block.get_preview_value(), context={"request": request})
    assert EXPECTED_TEXT[name] in html


@pytest.mark.django_db
def test_image_blocks_render_a_picture_with_modern_formats_and_alt_text():
    image = make_image(credit="Photo: a test credit")
    block = LIBRARY["image"]
    value = block.to_python(
        {
            "image": {"image": image.pk, "alt_text": "Volunteers set up cots", "decorative": False},
            "caption": "Night shelter",
            "credit": "",
        }
    )
    html = block.render(value, context={"request": RequestFactory().get("/en/")})
    assert "<picture" in html
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert 'alt="Volunteers set up cots"' in html
    assert 'loading="lazy"' in html
    assert "Photo: a test credit" in html


@pytest.mark.django_db
def test_a_decorative_image_has_empty_alt_text():
    image = make_image()
    value = LIBRARY["image"].to_python(
        {"image": {"image": image.pk, "alt_text": "", "decorative": True}, "caption": ""}
    )
    html = LIBRARY["image"].render(value, context={"request": RequestFactory().get("/en/")})
    assert 'alt=""' in html
