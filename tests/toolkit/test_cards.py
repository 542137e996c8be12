"""Social cards: drawn by Pillow in every platform size, long texts wrapped and never cut,
accents and Arabic drawn with real glyphs."""

import pytest
from PIL import Image, ImageChops

from toolkit import cards
from toolkit.fonts import can_shape, font
from toolkit.models import SocialCard
from toolkit.platforms import SIZES

LONG = (
    "People who reach the border asking for protection deserve a fair hearing, a lawyer who "
    "speaks their language, a bed that is not in a cell, and neighbours who will walk with "
    "them to court. Every one of those things exists already, in towns on both sides of the "
    "line, run by volunteers who do not wait for permission to be decent. Supercalifragilistic"
)


def words_drawn(plan):
    return " ".join(line.text for line in plan.lines if line.text).split()


@pytest.mark.parametrize("size_key", list(SIZES))
def test_a_long_text_is_wrapped_inside_the_card_and_nothing_is_cut(size_key):
    size = SIZES[size_key]
    content = cards.CardContent(text=LONG, figure="23,753", attribution="Border Humanity")
    plan = cards.layout(content, size.width, size.height, size.safe_top, size.safe_bottom)

    assert words_drawn(plan) == ["23,753", *LONG.split(), "—", "Border", "Humanity"]
    assert plan.fits
    left, top, right, bottom = plan.box
    assert top >= size.safe_top and bottom <= size.height - size.safe_bottom
    for line in plan.lines:
        assert top <= line.y and line.y + line.size <= bottom
        width = font(line.size, line.bold).getlength(line.text)
        assert width <= right - left
    picture = cards.render(content, size.width, size.height, size.safe_top, size.safe_bottom)
    assert picture.size == (size.width, size.height)


def test_story_text_stays_out_of_the_top_and_bottom_safe_zones():
    story = SIZES["story"]
    content = cards.CardContent(text=LONG, theme="night")
    picture = cards.render(content, story.width, story.height, story.safe_top, story.safe_bottom)
    background = Image.new("RGB", picture.size, cards.THEMES["night"][0])
    diff = ImageChops.difference(picture, background).getbbox()
    assert diff is not None
    assert diff[1] >= story.safe_top
    assert diff[3] <= story.height - story.safe_bottom


def glyph(text, size=60):
    return font(size).getmask(text)


def missing_glyph():
    return bytes(glyph("\ue000"))  # a private-use character: the font's "no glyph" box


@pytest.mark.parametrize(
    "letters",
    [
        "ñáéíóú¿¡ü",  # Spanish
        "çœàèêëîïôûù",  # French
        "èòà",  # Haitian Creole (Kreyòl)
    ],
)
def test_accented_letters_have_real_glyphs(letters):
    for letter in letters:
        assert bytes(glyph(letter)) != missing_glyph(), letter
    # And the accent is drawn: "ñ" is not "n".
    assert bytes(glyph("ñ")) != bytes(glyph("n"))


def test_a_spanish_card_draws_its_accents():
    with_accents = cards.render(cards.CardContent(text="Protección y acción ¡ya!"), 1200, 630)
    without = cards.render(cards.CardContent(text="Proteccion y accion !ya!"), 1200, 630)
    assert ImageChops.difference(with_accents, without).getbbox() is not None


def test_arabic_is_drawn_right_to_left_and_shaped_where_pillow_can():
    text = "اللجوء حق"
    assert cards.is_rtl(text)
    for letter in text.replace(" ", ""):
        assert bytes(glyph(letter)) != missing_glyph()
    plan = cards.layout(cards.CardContent(text=text), 1200, 630)
    assert plan.rtl
    if not can_shape():
        pytest.skip("Pillow without libraqm: Arabic letters are drawn but not joined")
    # Joined letters take other shapes (and widths) than the same letters drawn apart.
    joined = font(60).getlength("سلام", direction="rtl")
    apart = sum(font(60).getlength(c, direction="rtl") for c in "سلام")
    assert joined != apart


@pytest.mark.django_db
def test_saving_a_card_puts_its_link_preview_in_the_media_library(
    django_capture_on_commit_callbacks,
):
    card = SocialCard.objects.create(
        name="Test card", figure="97", text="organisations signed one letter", theme="sand"
    )
    assert (card.image.width, card.image.height) == (1200, 630)
    assert card.image.is_shareable()
    assert "organisations signed one letter" in card.image.default_alt_text
    first_file = card.image.file.name

    storage = card.image.file.storage
    card.text = "organisations signed our letter"
    with django_capture_on_commit_callbacks(execute=False) as on_commit:
        card.save()
    card.image.refresh_from_db()
    assert card.image.file.name != first_file  # redrawn with the new words
    # The old drawing stays until the change is committed (a rollback would still name it).
    assert storage.exists(first_file)
    for callback in on_commit:
        callback()
    assert not storage.exists(first_file)


@pytest.mark.django_db
def test_the_spanish_card_has_its_own_picture():
    english = SocialCard.objects.get(locale__language_code="en", figure="23,753")
    spanish = english.get_translation(english.locale.__class__.objects.get(language_code="es"))
    assert spanish.image_id and spanish.image_id != english.image_id
    assert "personas" in spanish.image.default_alt_text
