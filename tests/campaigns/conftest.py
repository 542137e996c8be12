import pytest

from tests.factories import filled_form


@pytest.fixture
def form_data():
    return filled_form
