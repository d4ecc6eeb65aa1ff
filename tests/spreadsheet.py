"""What a spreadsheet makes of a CSV cell: where it may start a cell, and what it would run."""

from __future__ import annotations

import re

FORMULA = ("=", "+", "-", "@", "\t", "\r")
DELIMITERS = (",", ";", "\t", "|")  # what spreadsheets split CSV cells on, by language


def cell_starts(text: str) -> list[str]:
    """Every place a spreadsheet may begin a cell: the start, after a separator or line break."""
    return [text[i:] for i in range(len(text)) if i == 0 or text[i - 1] in ",;\t|\r\n"]


def looks_like_formula(piece: str) -> bool:
    """What a spreadsheet would run: a formula character, after any spaces or quotes."""
    return piece.lstrip(' "').startswith(FORMULA)


def is_safe(cell: str) -> bool:
    """No part of the cell would run as a formula, whatever the separator."""
    return not any(looks_like_formula(piece) for piece in cell_starts(cell))


def restore(cell: str) -> str:
    """Undo the protection as docs/export-format.md tells a reader to."""
    return re.sub(r"(^|[,;\t|\r\n])'(?=[ \"]*[=+\-@\t\r])", r"\1", cell)
