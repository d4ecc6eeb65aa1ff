"""CSV and JSON export of stored holds, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import asdict, fields
from operator import attrgetter
from typing import TextIO

from knotimer.core.records import ExportRow

EXPORT_SCHEMA = "knotimer-holds"
EXPORT_VERSION = 1
COLUMNS: tuple[str, ...] = tuple(field.name for field in fields(ExportRow))
# A spreadsheet treats a cell starting with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> object:
    """Prefix text that a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def write_csv(rows: Iterable[ExportRow], out: TextIO) -> int:
    """Write RFC 4180 CSV (CRLF, quoted as needed) with a header; returns the row count."""
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    count = 0
    values = attrgetter(*COLUMNS)
    for row in rows:
        writer.writerow([neutralise_cell(value) for value in values(row)])
        count += 1
    return count


def write_json(rows: Iterable[ExportRow], out: TextIO) -> int:
    """Write a versioned JSON document (see docs/export-format.md); returns the row count."""
    holds = [asdict(row) for row in rows]
    json.dump(
        {"schema": EXPORT_SCHEMA, "version": EXPORT_VERSION, "holds": holds},
        out,
        ensure_ascii=False,
        indent=1,
    )
    out.write("\n")
    return len(holds)
