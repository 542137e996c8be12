"""Cells that are safe to open. A name or comment typed by a stranger such as
`=HYPERLINK("http://…", "click")` would run as a formula in a spreadsheet program: every
text cell that starts with a character a spreadsheet reads as a formula gets a leading
apostrophe, which spreadsheets show as text (and hide)."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values):
    return [safe_cell(value) for value in values]
