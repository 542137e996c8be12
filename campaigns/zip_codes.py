"""US ZIP code → state, from the table of 3-digit ZIP prefixes shipped in campaigns/data/.

A letter to decision makers goes to the signer's state's officials; nothing else about the
signer's place is derived or kept.
"""

import csv
from functools import cache
from pathlib import Path

from django.utils.translation import gettext_noop

TABLE = Path(__file__).parent / "data" / "zip3_states.csv"

# English names, marked for the catalogue: the recent-signers list shows them translated.
STATE_NAMES = {
    "AL": gettext_noop("Alabama"),
    "AK": gettext_noop("Alaska"),
    "AZ": gettext_noop("Arizona"),
    "AR": gettext_noop("Arkansas"),
    "CA": gettext_noop("California"),
    "CO": gettext_noop("Colorado"),
    "CT": gettext_noop("Connecticut"),
    "DE": gettext_noop("Delaware"),
    "DC": gettext_noop("District of Columbia"),
    "FL": gettext_noop("Florida"),
    "GA": gettext_noop("Georgia"),
    "GU": gettext_noop("Guam"),
    "HI": gettext_noop("Hawaii"),
    "ID": gettext_noop("Idaho"),
    "IL": gettext_noop("Illinois"),
    "IN": gettext_noop("Indiana"),
    "IA": gettext_noop("Iowa"),
    "KS": gettext_noop("Kansas"),
    "KY": gettext_noop("Kentucky"),
    "LA": gettext_noop("Louisiana"),
    "ME": gettext_noop("Maine"),
    "MD": gettext_noop("Maryland"),
    "MA": gettext_noop("Massachusetts"),
    "MI": gettext_noop("Michigan"),
    "MN": gettext_noop("Minnesota"),
    "MS": gettext_noop("Mississippi"),
    "MO": gettext_noop("Missouri"),
    "MT": gettext_noop("Montana"),
    "NE": gettext_noop("Nebraska"),
    "NV": gettext_noop("Nevada"),
    "NH": gettext_noop("New Hampshire"),
    "NJ": gettext_noop("New Jersey"),
    "NM": gettext_noop("New Mexico"),
    "NY": gettext_noop("New York"),
    "NC": gettext_noop("North Carolina"),
    "ND": gettext_noop("North Dakota"),
    "OH": gettext_noop("Ohio"),
    "OK": gettext_noop("Oklahoma"),
    "OR": gettext_noop("Oregon"),
    "PA": gettext_noop("Pennsylvania"),
    "PR": gettext_noop("Puerto Rico"),
    "RI": gettext_noop("Rhode Island"),
    "SC": gettext_noop("South Carolina"),
    "SD": gettext_noop("South Dakota"),
    "TN": gettext_noop("Tennessee"),
    "TX": gettext_noop("Texas"),
    "UT": gettext_noop("Utah"),
    "VT": gettext_noop("Vermont"),
    "VA": gettext_noop("Virginia"),
    "VI": gettext_noop("U.S. Virgin Islands"),
    "WA": gettext_noop("Washington"),
    "WV": gettext_noop("West Virginia"),
    "WI": gettext_noop("Wisconsin"),
    "WY": gettext_noop("Wyoming"),
}


@cache
def prefix_table():
    """{"799": "TX", ...} for every 3-digit prefix in use."""
    table = {}
    with TABLE.open(newline="") as rows:
        for row in csv.DictReader(rows):
            for prefix in range(int(row["first"]), int(row["last"]) + 1):
                table[f"{prefix:03d}"] = row["state"]
    return table


def state_for_zip(postal_code):
    """The state of a US ZIP code (5 digits, or ZIP+4), or '' when it is not one."""
    digits = postal_code.strip().split("-")[0]
    if len(digits) != 5 or not digits.isdigit():
        return ""
    return prefix_table().get(digits[:3], "")
