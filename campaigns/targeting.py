"""Who a letter to decision makers goes to: the national targets plus the signer's state's."""

from functools import cache

from .zip_codes import STATE_NAMES, TABLE


def chosen_targets(action):
    return [block.value for block in action.targets if block.value is not None]


def targets_for_state(action, state):
    return [t for t in chosen_targets(action) if not t.state or t.state == state]


@cache
def zip_ranges():
    return [line.split(",") for line in TABLE.read_text().splitlines()[1:] if line]


def targets_context(action):
    """What the page shows before sending, and the data its script uses to name the
    recipients as the visitor types a ZIP code (in the browser: the ZIP never leaves it)."""
    targets = chosen_targets(action)
    by_state = {}
    for target in targets:
        if target.state:
            by_state.setdefault(target.state, []).append(str(target))
    return {
        "national": [str(t) for t in targets if not t.state],
        "states": sorted(by_state),
        "state_names": {code: STATE_NAMES[code] for code in by_state},
        "script_data": {
            "national": [str(t) for t in targets if not t.state],
            "byState": by_state,
            "zipRanges": zip_ranges(),
        },
    }
