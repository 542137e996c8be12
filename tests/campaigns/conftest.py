import pytest

from tests.factories import filled_form


@pytest.fixture
def form_data(request):
    """filled_form, for the tests' own petition unless another page is named."""

    def fill(page=None, **overrides):
        return filled_form(page or request.getfixturevalue("petition_en"), **overrides)

    return fill
