import pytest

from tests.public_forms import filled


@pytest.fixture
def form_data():
    return filled
