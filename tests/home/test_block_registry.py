"""Content apps add their listing blocks to the shared body library through `home`'s registry;
stored page data depends on the names, and the editor's menu on the order and groups."""

import pytest

from home.blocks import BodyStreamBlock
from home.blocks.registry import register
from news.blocks import NewsBodyBlock

ORDER = [
    "heading",
    "text",
    "quote",
    "accordion",
    "divider",
    "image",
    "gallery",
    "video",
    "call_to_action",
    "action_ladder",
    "statistics",
    "demands",
    "why",
    "two_column",
    "partners",
    "contact",
    "latest_news",
    "stories",
    "related_questions",
    "in_the_news",
]


def test_registered_blocks_follow_the_librarys_own_in_a_fixed_order():
    assert list(BodyStreamBlock().child_blocks) == ORDER


def test_registered_blocks_keep_their_groups():
    children = BodyStreamBlock().child_blocks
    groups = {name: str(children[name].meta.group) for name in ORDER[-4:]}
    assert groups == {
        "latest_news": "Listings",
        "stories": "People and partners",
        "related_questions": "Answers",
        "in_the_news": "Listings",
    }


def test_a_subclass_adds_its_blocks_after_the_registered_ones():
    assert list(NewsBodyBlock().child_blocks) == [*ORDER, "second_language"]


def test_a_name_is_registered_once():
    with pytest.raises(ValueError):
        register("stories", BodyStreamBlock, "People and partners", order=99)
