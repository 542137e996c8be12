import time

import pytest
from django.core import signing

from campaigns.abuse import SALT


def filled(**overrides):
    """What a person types into the form, shown a while ago."""
    data = {
        "first_name": "Ana",
        "last_name": "Ruiz",
        "email": "ana@example.org",
        "postal_code": "79901",
        "country": "US",
        "comment": "",
        "show_name": "on",
        "contact_consent": "on",
        "website": "",
        "started": signing.dumps(time.time() - 30, salt=SALT),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture
def form_data():
    return filled
