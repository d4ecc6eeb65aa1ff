"""CSV and JSON export of stored holds, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, fields
from operator import attrgetter
from typing import Any, TextIO

from knotimer.core.records import ExportRow
from knotimer.core.rows import ExportRows

EXPORT_SCHEMA = "knotimer-holds"
EXPORT_VERSION = 2  # 2: place and release_s (docs/export-format.md)
COLUMNS: tuple[str, ...] = tuple(field.name for field in fields(ExportRow))
# A spreadsheet treats a cell starting with one of these as a formula.
FORMULA_CHARACTERS = "=+-@\t\r"
# Where a spreadsheet may start a new cell: at a separator it splits on (comma, semicolon
# in German or French spreadsheets, tab, bar) or at a line break, if it ignores the quotes.
SEPARATORS = ",;\t|\r\n"
_SEPARATOR = f"[{re.escape(SEPARATORS)}]"
_FORMULA = f"[{re.escape(FORMULA_CHARACTERS)}]"
_PADDING = '[ "]*'  # spaces or double quotes, which a spreadsheet may trim or unquote
# The start of a text, or a separator, then a formula character: an apostrophe goes in there.
_FORMULA_START = re.compile(f"(^|{_SEPARATOR})(?={_PADDING}{_FORMULA})")
# The same after a separator only: one search over a row's text cells joined by commas
# tells whether any of them needs an apostrophe (they rarely do).
_FORMULA_AFTER_SEPARATOR = re.compile(f"{_SEPARATOR}{_PADDING}{_FORMULA}")
# Decimals written in CSV: more than a click or the clock can tell apart, and no float noise.
POSITION_DECIMALS = 4  # x, y: 1/10 000 of the drawing
SECONDS_DECIMALS = 3  # planned_s, held_s: milliseconds
DECIMALS = {"x": POSITION_DECIMALS, "y": POSITION_DECIMALS}
DECIMALS |= {"planned_s": SECONDS_DECIMALS, "held_s": SECONDS_DECIMALS}
DECIMALS |= {"release_s": SECONDS_DECIMALS}  # empty unless the knot let go
_DECIMAL_COLUMNS = tuple((COLUMNS.index(name), places) for name, places in DECIMALS.items())
_values = attrgetter(*COLUMNS)


def _apostrophe(match: re.Match[str]) -> str:
    return match.group(1) + "'"


def neutralise_cell(value: object) -> object:
    """Text with an apostrophe wherever a spreadsheet could start a formula; others as given.

    That is at the start and after every separator a spreadsheet may split on, so the cell
    is safe whether it is read with commas, semicolons, tabs or bars between cells.
    """
    if isinstance(value, str):
        return _FORMULA_START.sub(_apostrophe, value)
    return value


@functools.lru_cache(maxsize=1 << 16)  # positions and lengths repeat from hold to hold
def decimal_text(value: float, places: int) -> str:
    """``value`` rounded to ``places`` decimals, without trailing zeros: 0.3894, 12.5, 20.0."""
    text = ("%.*f" % (places, value + 0.0)).rstrip("0")  # noqa: UP031 (the fastest); -0.0 -> 0.0
    return text + "0" if text.endswith(".") else text


def csv_cells(row: ExportRow) -> list[object]:
    """One hold as the CSV's cells: decimals rounded as documented, every text neutralised."""
    cells: list[object] = list(_values(row))
    for index, places in _DECIMAL_COLUMNS:
        if cells[index] is not None:
            cells[index] = decimal_text(cells[index], places)
    text = ",".join(cell for cell in cells if isinstance(cell, str))
    if _FORMULA_AFTER_SEPARATOR.search("," + text):
        return [neutralise_cell(cell) for cell in cells]
    return cells


class _Cells(dict[object, object]):
    """Each value's cell, worked out the first time the value comes."""

    def __init__(self, cell: Callable[[Any], object]) -> None:
        super().__init__({None: None})
        self._cell = cell

    def __missing__(self, value: object) -> object:
        made = self[value] = self._cell(value)
        return made


def _kept(value: object, kept: set[object]) -> object:
    """``value``'s cell; ``kept`` remembers the values the formula guard leaves as they are."""
    cell = neutralise_cell(value)
    if cell == value:
        kept.add(value)
    return cell


def _write_values(values: Iterator[tuple[Any, ...]], writerow: Callable[[Any], object]) -> int:
    """The rows of one store query written as ``csv_cells`` would write them, but faster.

    Each cell depends on its own value only, so a spot's cells are made once (the query's
    rows of one spot carry the same spot), a number's text once, and a text that needs no
    apostrophe is remembered as such. Two cells need no guard: ``hold_id``, the table's
    INTEGER PRIMARY KEY (SQLite keeps nothing else there), and ``local_start``, the store's
    own HH:MM:SS.
    """
    spots: dict[int, tuple[object, ...]] = {}
    seconds = _Cells(lambda value: neutralise_cell(decimal_text(value, SECONDS_DECIMALS)))
    kept: set[object] = set()
    formula = _FORMULA_AFTER_SEPARATOR.search
    count = 0
    for row in values:
        (hold_id, spot_id, day, start, utc, side, muscle, x, y, planned, held, outcome, note,
         before, after, place, release) = row  # fmt: skip
        spot = spots.get(spot_id)
        if spot is None:
            spot = spots[spot_id] = _spot_cells((spot_id, side, muscle, x, y, note, place))
        if day not in kept:
            day = _kept(day, kept)
        if outcome not in kept:
            outcome = _kept(outcome, kept)
        if before not in kept:
            before = _kept(before, kept)
        if after not in kept:
            after = _kept(after, kept)
        if formula("," + utc):
            utc = neutralise_cell(utc)
        spot_cell, side, muscle, x, y, note, place = spot
        writerow(
            (hold_id, spot_cell, day, start, utc, side, muscle, x, y, seconds[planned],
             seconds[held], outcome, note, before, after, place, seconds[release])
        )  # fmt: skip
        count += 1
    return count


def _spot_cells(values: tuple[Any, ...]) -> tuple[object, ...]:
    """A spot's cells from its values: spot_id, side, muscle, x, y, note, place."""
    spot_id, side, muscle, x, y, note, place = values
    cell = neutralise_cell
    x_cell, y_cell = (cell(decimal_text(value, POSITION_DECIMALS)) for value in (x, y))
    return cell(spot_id), cell(side), cell(muscle), x_cell, y_cell, cell(note), cell(place)


def write_csv(rows: Iterable[ExportRow], out: TextIO) -> int:
    """Write RFC 4180 CSV (CRLF, quoted as needed) with a header; returns the row count."""
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    if isinstance(rows, ExportRows):
        return _write_values(rows.values(), writer.writerow)
    count = 0
    for row in rows:
        writer.writerow(csv_cells(row))
        count += 1
    return count


def write_json(rows: Iterable[ExportRow], out: TextIO) -> int:
    """Write a versioned JSON document (see docs/export-format.md); returns the row count.

    Numbers are written as stored (a float as the shortest text that reads back the same).
    """
    holds = [asdict(row) for row in rows]
    json.dump(
        {"schema": EXPORT_SCHEMA, "version": EXPORT_VERSION, "holds": holds},
        out,
        ensure_ascii=False,
        indent=1,
    )
    out.write("\n")
    return len(holds)
