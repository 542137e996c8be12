"""The journey's blocks render their own templates, in the editor's preview too."""

import pytest
from django.template.loader import get_template
from django.test import RequestFactory
from django.utils import translation

from journey.blocks import PathBlock, QuestionBlock, StageBlock

BLOCKS = {
    "stage": (StageBlock(), ["The credible-fear interview", "23,753", "#stage-immigration-court"]),
    "path": (PathBlock(), ["Arriving at a port of entry", "#stage-credible-fear"]),
    "question": (QuestionBlock(), ["Have you had your fear interview?", "#stage-credible-fear"]),
}


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_block_has_template_description_and_preview(name):
    block, _expected = BLOCKS[name]
    get_template(block.meta.template)
    assert block.meta.template.startswith("journey/blocks/")
    assert str(block.meta.description).strip()
    assert block.meta.preview_value


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_block_renders_its_preview_value(name):
    block, expected = BLOCKS[name]
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        html = block.render(block.get_preview_value(), context={"request": request})
    for text in expected:
        assert text in html


@pytest.mark.django_db
def test_a_stage_rendered_alone_speaks_spanish_around_its_content():
    block = StageBlock()
    with translation.override("es"):
        html = block.render(block.get_preview_value(), context={})
    assert "Qué puede venir después" in html
