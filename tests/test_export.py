from __future__ import annotations

import csv
import dataclasses
import io
import json
import re

import pytest

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.export import (
    COLUMNS,
    EXPORT_SCHEMA,
    EXPORT_VERSION,
    neutralise_cell,
    write_csv,
    write_json,
)
from knotimer.core.holdtimer import HoldTimer
from knotimer.core.records import ExportRow
from knotimer.core.store import Store

from fakes import FakeClock
from spreadsheet import DELIMITERS, FORMULA, is_safe, looks_like_formula, restore


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
    "x;=1+1",  # a formula cell where the separator is ';' (German, French spreadsheets)
    "a|@SUM(A1)",
    "tab\t=cmd",
    "one,+1",
    "x; =1+1",
    'x;"=1+1"',
    "line\n-2+3",
    "  =padded",
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
        assert is_safe(back["note"])
        assert restore(back["note"]) == original
        assert back["side"] == "left"
        assert float(back["x"]) == 0.25


@pytest.mark.parametrize("separator", [",", ";", "\t", "|", "\n", "\r"])
@pytest.mark.parametrize("start", FORMULA)
def test_a_formula_after_any_separator_is_neutralised(separator: str, start: str) -> None:
    assert neutralise_cell(f"x{separator}{start}1+1") == f"x{separator}'{start}1+1"
    assert neutralise_cell(f"x{separator} {start}1") == f"x{separator}' {start}1"
    assert neutralise_cell(f"x {start}1") == f"x {start}1"  # after a space only: not a cell


@pytest.mark.parametrize("delimiter", DELIMITERS, ids=["comma", "semicolon", "tab", "bar"])
def test_no_cell_is_a_formula_whatever_the_separator(delimiter: str) -> None:
    short = [note for note in HOSTILE if len(note) < 100]
    rows = [_row(note, hold_id=i) for i, note in enumerate(short)]
    out = io.StringIO(newline="")
    write_csv(rows, out)
    text = out.getvalue()
    read_as = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    quoted = [cell for row in read_as for cell in row]  # a spreadsheet that honours quotes
    naive = [  # one that does not: every separator and line break starts a cell
        cell for line in re.split(r"\r\n|\r|\n", text) for cell in line.split(delimiter)
    ]
    assert [cell for cell in quoted + naive if looks_like_formula(cell)] == []


def test_numbers_in_csv_have_the_precision_they_have_and_no_noise() -> None:
    noisy = dataclasses.replace(
        _row(), x=0.3893750000000001, y=0.1 + 0.2, planned_s=20.0, held_s=12.345600000000104
    )
    whole = dataclasses.replace(_row(), x=0.0, y=1.0, planned_s=90.0, held_s=0.0)
    out = io.StringIO(newline="")
    write_csv([noisy, whole], out)
    first, second = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    assert [first[k] for k in ("x", "y", "planned_s", "held_s")] == [
        "0.3894",
        "0.3",
        "20.0",
        "12.346",
    ]
    assert [second[k] for k in ("x", "y", "planned_s", "held_s")] == ["0.0", "1.0", "90.0", "0.0"]
    for cell in (*first.values(), *second.values()):
        assert not cell.startswith(("'", "-"))  # no number is negative, so none is made text


def test_json_keeps_exactly_what_the_store_holds(store: Store, clock: FakeClock) -> None:
    spot = store.add_spot(
        Region(Side.LEFT, Muscle.SOLEUS), 0.3893750000000001, 0.1 + 0.2, clock.now()
    )
    timer = HoldTimer(clock)
    timer.start(20)
    clock.advance(12.3456)
    store.record_hold(spot.id, timer.release())
    rows = list(store.export_rows())
    assert rows[0].x == 0.3893750000000001  # the store keeps the float as it came
    assert rows[0].held_s == 12.346  # the hold timer keeps milliseconds
    out = io.StringIO()
    write_json(rows, out)
    back = [ExportRow(**hold) for hold in json.loads(out.getvalue())["holds"]]
    assert back == rows  # every float exactly as stored


def test_json_is_versioned_and_complete() -> None:
    rows = [_row(note, hold_id=i) for i, note in enumerate(HOSTILE)]
    out = io.StringIO()
    assert write_json(rows, out) == len(HOSTILE)
    document = json.loads(out.getvalue())
    assert document["schema"] == EXPORT_SCHEMA
    assert document["version"] == EXPORT_VERSION
    assert [hold["note"] for hold in document["holds"]] == HOSTILE  # JSON keeps text as is
    assert set(document["holds"][0]) == set(COLUMNS)


def test_version_2_says_where_on_the_muscle_and_how_soon_the_knot_let_go(
    store: Store, clock: FakeClock
) -> None:
    medial = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
    at_tp1 = store.add_spot(medial, 228 / 600, 262 / 900, clock.now())  # the usual TP1 place
    lower = store.add_spot(medial, 0.36, 0.50, clock.now())
    for spot, released in ((at_tp1, True), (lower, False)):
        timer = HoldTimer(clock)
        timer.start(20)
        clock.advance(12.5 if released else 20)
        result = timer.release() if released else timer.poll()
        assert result is not None
        store.record_hold(spot.id, result)
    rows = list(store.export_rows())
    assert [(r.place, r.release_s) for r in rows] == [("tp1", 12.5), ("lower", None)]
    assert EXPORT_VERSION == 2
    assert COLUMNS[-2:] == ("place", "release_s")  # added at the end, as the format promises
    out = io.StringIO(newline="")
    write_csv(rows, out)
    parsed = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [(r["place"], r["release_s"], r["held_s"]) for r in parsed] == [
        ("tp1", "12.5", "12.5"),
        ("lower", "", "20.0"),  # it ran its full time: no time to release
    ]
    out = io.StringIO()
    write_json(rows, out)
    document = json.loads(out.getvalue())
    assert document["version"] == 2
    assert [(h["place"], h["release_s"]) for h in document["holds"]] == [
        ("tp1", 12.5),
        ("lower", None),
    ]
