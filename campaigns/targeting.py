"""Who a letter to decision makers goes to: the national targets plus the signer's state's."""

from functools import cache

from django.conf import settings

from .zip_codes import STATE_NAMES, TABLE

# The thank-you step of a letter to decision makers names who will receive it. What it needs,
# the signer's state (never the ZIP code), waits in their session, per letter.
SESSION_KEY = "letter_states"


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


def remember_state(request, action, data):
    """After a targeted letter is stored: keep the signer's state for the thank-you step. The
    session makes that step private to this visitor (the page cache never answers it)."""
    if action.kind != "targeted" or not data.get("state"):
        return
    states = request.session.get(SESSION_KEY, {})
    states[str(action.translation_key)] = data["state"]
    request.session[SESSION_KEY] = states


def thank_you_recipients(request, action):
    """The officials this visitor's letter goes to: the national ones, and their state's when
    the session remembers it. None for other kinds of action."""
    if action.kind != "targeted":
        return None
    state = ""
    if request.COOKIES.get(settings.SESSION_COOKIE_NAME):  # no session made for this look-up
        state = request.session.get(SESSION_KEY, {}).get(str(action.translation_key), "")
    targets = (
        targets_for_state(action, state)
        if state
        else [t for t in chosen_targets(action) if not t.state]
    )
    return {
        "names": [str(t) for t in targets],
        "state": STATE_NAMES.get(state, ""),
    }
