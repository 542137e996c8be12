"""`{% load pictures %}`: the same <picture> as Wagtail's own tag, without parsing its image
filters again on every render."""

from unittest import mock

import pytest
from django.template import Context, Template, TemplateSyntaxError
from wagtail.images.models import Filter
from wagtail.images.templatetags import wagtailimages_tags

from tests.factories import make_image

pytestmark = pytest.mark.django_db

TAG = '{% picture image format-{avif,jpeg} width-{400,800} sizes="100vw" alt="A shelter" %}'


def render(library, image):
    return Template("{% load " + library + " %}" + TAG).render(Context({"image": image}))


def test_the_picture_is_the_one_wagtails_tag_makes():
    image = make_image("Shelter")
    ours = render("pictures", image)
    assert ours == render("wagtailimages_tags", image)
    assert ours.count("<source") == 1 and 'type="image/avif"' in ours
    assert 'alt="A shelter"' in ours and "400w" in ours and "800w" in ours


def test_a_template_parses_its_filters_on_the_first_render_only():
    image = make_image("Shelter")
    made = []

    class Counted(Filter):
        def __init__(self, spec=None):
            made.append(spec)
            super().__init__(spec)

    ours = Template("{% load pictures %}" + TAG)
    wagtails = Template("{% load wagtailimages_tags %}" + TAG)
    with mock.patch.object(wagtailimages_tags, "Filter", Counted):
        first = ours.render(Context({"image": image}))
        assert len(made) == 4  # two formats at two widths
        assert ours.render(Context({"image": image})) == first
        assert len(made) == 4
        # Wagtail's own node makes them again each time: the cost the tag removes.
        wagtails.render(Context({"image": image}))
        wagtails.render(Context({"image": image}))
        assert len(made) == 12


def test_a_mistyped_tag_is_refused_as_wagtail_refuses_it():
    with pytest.raises(TemplateSyntaxError, match="at least one filter spec"):
        Template('{% load pictures %}{% picture image alt="x" %}')
