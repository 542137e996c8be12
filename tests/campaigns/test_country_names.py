"""The country list of the action forms names countries as readers of each language do."""

import pytest
from django.utils import translation

from campaigns.forms import CountryChoices


def names(language):
    with translation.override(language):
        return dict(CountryChoices())


@pytest.mark.parametrize(
    "language, expected",
    [
        ("en", {"NR": "Nauru", "BS": "Bahamas", "DE": "Germany", "MX": "Mexico"}),
        ("es", {"NR": "Nauru", "BS": "Bahamas", "DE": "Alemania", "MX": "México"}),
    ],
)
def test_country_names_in_the_readers_language(language, expected):
    shown = names(language)
    assert {code: shown[code] for code in expected} == expected
    assert "Naoero" not in shown.values()
    assert not [name for name in shown.values() if name.endswith("(The)")]


def test_the_spanish_list_is_sorted_in_spanish():
    listed = list(names("es").values())
    assert listed.index("Alemania") < listed.index("Estados Unidos") < listed.index("México")
