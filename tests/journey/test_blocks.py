"""The journey's blocks render their own templates, in the editor's preview too."""

import pytest
from django.template.loader import get_template
from django.test import RequestFactory
from django.utils import translation

from journey.blocks import PathBlock, QuestionBlock, StageBlock


def stage_texts(preview):
    return [
        preview["title"],
        preview["statistic"]["number"],
        *(f"#stage-{step['stage']}" for step in preview["next_stages"]),
    ]


def path_texts(preview):
    return [preview["title"], f"#stage-{preview['stages'][1]}"]


def question_texts(preview):
    return [preview["question"], *(f"#stage-{a['stage']}" for a in preview["answers"])]


# The texts a preview shows are read from the block's own preview value.
BLOCKS = {
    "stage": (StageBlock(), stage_texts),
    "path": (PathBlock(), path_texts),
    "question": (QuestionBlock(), question_texts),
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
    block, texts = BLOCKS[name]
    expected = texts(block.meta.preview_value)
    assert len(expected) >= 2 and all(expected)
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        html = block.render(block.get_preview_value(), context={"request": request})
    assert [text for text in expected if text not in html] == []


@pytest.mark.django_db
def test_a_stage_rendered_alone_speaks_spanish_around_its_content():
    block = StageBlock()
    with translation.override("es"):
        html = block.render(block.get_preview_value(), context={})
    assert "Qué puede venir después" in html
