"""US ZIP code → state, from the table of 3-digit ZIP prefixes shipped in campaigns/data/.

A letter to decision makers goes to the signer's state's officials; nothing else about the
signer's place is derived or kept.
"""

import csv
from functools import cache
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "zip3_states.csv"

STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "GU": "Guam", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky",
    "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri",
    "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "PR": "Puerto Rico", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "VI": "U.S. Virgin Islands", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip


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
