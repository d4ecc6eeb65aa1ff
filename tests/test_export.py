from __future__ import annotations

import csv
import io
import json

import pytest

from knotimer.core.export import (
    COLUMNS,
    EXPORT_SCHEMA,
    EXPORT_VERSION,
    neutralise_cell,
    write_csv,
    write_json,
)
from knotimer.core.records import ExportRow


def _row(note: str = "", hold_id: int = 1) -> ExportRow:
    return ExportRow(
        hold_id=hold_id,
        spot_id=7,
        local_date="2026-11-25",
        local_start="09:30:00",
        utc_start="2026-11-25T08:30:00.000000+00:00",
        side="left",
        muscle="gastrocnemius-medial",
        x=0.25,
        y=0.5,
        planned_s=20.0,
        held_s=20.0,
        outcome="completed",
        note=note,
    )


HOSTILE = [
    '=HYPERLINK("http://x")',
    "+1",
    "-2",
    "@SUM(A1)",
    "\tTab",
    "\rCR",
    'say "hi", then, \n new line',
    "nul\x00byte",
    "\u202eright-to-left",
    "x" * 1_000_000,
]


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_prefixes_are_neutralised(prefix: str) -> None:
    assert neutralise_cell(prefix + "1+1") == "'" + prefix + "1+1"
    assert neutralise_cell("calm note") == "calm note"
    assert neutralise_cell(0.25) == 0.25


def test_csv_round_trips_through_the_csv_module() -> None:
    rows = [_row(note, hold_id=i) for i, note in enumerate(HOSTILE)]
    out = io.StringIO(newline="")
    assert write_csv(rows, out) == len(HOSTILE)
    text = out.getvalue()
    assert text.startswith(",".join(COLUMNS) + "\r\n")
    csv.field_size_limit(2_000_000)
    parsed = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(parsed) == len(HOSTILE)
    for original, back in zip(HOSTILE, parsed, strict=True):
        expected = "'" + original if original[0] in "=+-@\t\r" else original
        assert back["note"] == expected
        assert back["side"] == "left"
        assert float(back["x"]) == 0.25


def test_json_is_versioned_and_complete() -> None:
    rows = [_row(note, hold_id=i) for i, note in enumerate(HOSTILE)]
    out = io.StringIO()
    assert write_json(rows, out) == len(HOSTILE)
    document = json.loads(out.getvalue())
    assert document["schema"] == EXPORT_SCHEMA
    assert document["version"] == EXPORT_VERSION
    assert [hold["note"] for hold in document["holds"]] == HOSTILE  # JSON keeps text as is
    assert set(document["holds"][0]) == set(COLUMNS)
