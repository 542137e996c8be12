"""Every FAQ and guide block has a template, a description and a preview that renders."""

import pytest
from django.template.loader import get_template
from django.test import RequestFactory
from django.utils import translation

from faq.blocks import FAQItemBlock, FAQSectionBlock, GuideStreamBlock

BLOCKS = {
    **GuideStreamBlock().child_blocks,
    "faq_item": FAQItemBlock(),
    "faq_section": FAQSectionBlock(),
}
EXPECTED = {
    "scenario": "Ask them to pass any warrant under the door.",
    "hotlines": 'href="tel:+15550100199"',
    "audio": "You have rights, whatever your papers say.",
    "phrase": "I want to remain silent.",
    "faq_item": "Immigration and Nationality Act",
    "faq_section": 'id="ask-at-the-border"',
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_block_has_template_description_and_preview(name):
    block = BLOCKS[name]
    get_template(block.meta.template)
    assert str(block.meta.description).strip()
    assert block.meta.preview_value is not None


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_block_renders_its_preview_value(name):
    block = BLOCKS[name]
    with translation.override("en"):
        html = block.render(
            block.get_preview_value(), context={"request": RequestFactory().get("/en/")}
        )
    assert EXPECTED[name] in html


@pytest.mark.django_db
def test_anchors_and_english_words_stay_out_of_the_translation_editor(faq_pages, guides):
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    for page, translated in ((faq_pages["en"], ".question"), (guides["en"], ".phrase")):
        paths = [s.path for s in extract_segments(page) if isinstance(s, StringSegmentValue)]
        assert any(path.endswith(translated) for path in paths)
        assert not [p for p in paths if p.endswith((".anchor", ".english", "card_hotline_number"))]
