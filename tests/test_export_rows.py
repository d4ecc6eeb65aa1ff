"""The store's rows written as CSV: the quick path writes what the records would, byte for byte."""

from __future__ import annotations

import csv
import io
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from knotimer.core.anatomy import ALL_REGIONS, Muscle, Region, Side
from knotimer.core.edits import set_note
from knotimer.core.export import COLUMNS, csv_cells, write_csv
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.core.records import ExportRow
from knotimer.core.rows import ExportRows
from knotimer.core.store import DatabaseDamagedError, Store

from spreadsheet import DELIMITERS, cell_starts, looks_like_formula

NOTES = ("", "=odd", "calm;=1+1", 'say "hi", then,\n -2', "tab\t@x", "  +padded", "plain")
# A few seconds either side of offset changes: Berlin's summer time starting and ending,
# and a zone half an hour (Kolkata) and one three quarters of an hour (Kathmandu) off UTC.
MOMENTS = [
    (zone, utc + timedelta(seconds=shift))
    for zone, utc in (
        ("Europe/Berlin", datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
        ("Europe/Berlin", datetime(2026, 10, 25, 1, 0, tzinfo=UTC)),
        ("Asia/Kolkata", datetime(2026, 6, 1, 18, 29, 50, tzinfo=UTC)),
        ("Asia/Kathmandu", datetime(2026, 6, 1, 18, 14, 55, 999_999, tzinfo=UTC)),
    )
    for shift in (-15, -5, 0, 5, 3600)
]


def _csv(rows: Any) -> str:
    out = io.StringIO(newline="")
    write_csv(rows, out)
    return out.getvalue()


def _reference(records: list[ExportRow]) -> str:
    """The CSV as each record's cells make it (``csv_cells``), the form the format documents."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    writer.writerows(csv_cells(record) for record in records)
    return out.getvalue()


@pytest.fixture
def filled(store: Store) -> Store:
    """Holds of every ending on spots with awkward notes, around offset changes."""
    outcomes = list(Outcome)
    for number, (zone, utc) in enumerate(MOMENTS):
        started = utc.astimezone(ZoneInfo(zone))
        region = ALL_REGIONS[number % len(ALL_REGIONS)]
        spot = store.add_spot(region, 0.3893750000000001, (number % 9 + 1) / 10, started)
        set_note(store, spot.id, NOTES[number % len(NOTES)])
        for repeat in range(2):  # two holds per spot: its cells are worked out once
            held = 12.345600000000104 + repeat
            result = HoldResult(started, 20.0 + repeat, held, 0.0, 0, outcomes[number % 4])
            store.record_hold(spot.id, result, tenderness_before=(number % 11) or None)
    return store


def test_the_stores_rows_are_written_as_their_records_would_be(filled: Store) -> None:
    records = list(filled.export_rows())
    assert len(records) == 2 * len(MOMENTS)
    quick = _csv(filled.export_rows())
    assert quick == _reference(records)
    assert quick == _csv(records)  # any other iterable of records takes the record path


def test_local_start_around_offset_changes_is_the_wall_clock_then(filled: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(_csv(filled.export_rows()), newline="")))
    expected = sorted(
        (utc.isoformat(timespec="microseconds"), utc.astimezone(ZoneInfo(zone)))
        for zone, utc in MOMENTS
    )
    assert [(row["utc_start"], row["local_date"], row["local_start"]) for row in rows[::2]] == [
        (utc, local.date().isoformat(), local.strftime("%H:%M:%S")) for utc, local in expected
    ]


def test_a_formula_in_a_note_is_still_guarded(filled: Store) -> None:
    notes = {row["note"] for row in csv.DictReader(io.StringIO(_csv(filled.export_rows())))}
    assert {"'=odd", "calm;'=1+1", 'say "hi", then,\n\' -2', "tab\t'@x", "'  +padded"} <= notes


def _tamper(store: Store, sql: str) -> Store:
    """``sql`` run on the store's file behind its back, as a damaged or hand-edited file is."""
    with closing(sqlite3.connect(store.path)) as db, db:
        db.execute(sql)
    return store


def test_a_stored_day_no_knotimer_writes_is_still_guarded(filled: Store) -> None:
    _tamper(filled, "UPDATE holds SET local_date = '=HYPERLINK(1)' WHERE id % 3 = 0")
    text = _csv(filled.export_rows())
    assert text == _reference(list(filled.export_rows()))
    days = [row["local_date"] for row in csv.DictReader(io.StringIO(text, newline=""))]
    assert "'=HYPERLINK(1)" in days
    assert not any(looks_like_formula(day) for day in days)


def test_a_muscle_knotimer_does_not_know_cannot_get_out(filled: Store) -> None:
    _tamper(filled, "UPDATE spots SET muscle = '=HYPERLINK(1)'")
    with pytest.raises(DatabaseDamagedError):
        _csv(filled.export_rows())


HOSTILE = ("=cmd", "+1", "-2", "@x", "\tx", "\rx", "a;=b", "a|+b", "a\n-b", 'a,"=b', "ok")


def _hostile_values(number: int, text: str) -> tuple[Any, ...]:
    """A row with ``text`` in every text field and odd numbers, as no store writes them."""
    return (
        number, number, text, "09:30:00", text, text, text, -0.25, 0.5, 20.0, -1.5, text,
        text, text, 3, text, None,
    )  # fmt: skip


def test_every_text_field_is_guarded_whatever_it_holds() -> None:
    values = [_hostile_values(number, text) for number, text in enumerate(HOSTILE)]
    values += [_hostile_values(len(HOSTILE) + n, text) for n, text in enumerate(HOSTILE)]
    quick = _csv(ExportRows(iter(values)))
    assert quick == _reference([ExportRow(*row) for row in values])
    for delimiter in DELIMITERS:
        for row in csv.reader(io.StringIO(quick, newline=""), delimiter=delimiter):
            for cell in row:
                assert not any(looks_like_formula(piece) for piece in cell_starts(cell))


def test_a_spots_new_note_is_in_the_next_export(store: Store) -> None:
    started = datetime(2026, 11, 25, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    spot = store.add_spot(Region(Side.LEFT, Muscle.SOLEUS), 0.5, 0.5, started)
    store.record_hold(spot.id, HoldResult(started, 20.0, 20.0, 0.0, 0, Outcome.COMPLETED))
    assert ",," in _csv(store.export_rows())
    set_note(store, spot.id, "=after")
    assert ",'=after," in _csv(store.export_rows())
