"""Edits in the core: predictable deletion rules, and every edit one transaction."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from editcases import EDITS, Case, writes
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.edits import (
    Deletion,
    Placement,
    day_deletion,
    hold_deletion,
    holds_elsewhere,
    move_spot,
    placement,
    purge_deleted,
    rate_hold,
    set_deleted,
    set_note,
    spot_day_deletion,
    spot_deletion,
)
from knotimer.core.erase import erase_everything
from knotimer.core.holdtimer import HoldTimer
from knotimer.core.store import DB_FILENAME, DiskFullError, Store, StoreError

from fakes import FakeClock
from faults import every_row

MEDIAL = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
SOLEUS = Region(Side.RIGHT, Muscle.SOLEUS)


def held(store: Store, clock: FakeClock, spot_id: int, before: int | None = None) -> int:
    timer = HoldTimer(clock)
    timer.start(20)
    clock.advance(20)
    result = timer.poll()
    assert result is not None
    return store.record_hold(spot_id, result, tenderness_before=before, run_id="run-1").id


def listed(store: Store, clock: FakeClock, days_ago: int = 0) -> list[int]:
    day = clock.now().date() - timedelta(days=days_ago)
    return [s.spot.id for s in store.day_summary(day)]


def test_moving_a_spot_keeps_its_holds(store: Store, clock: FakeClock) -> None:
    spot = store.add_spot(MEDIAL, 0.3, 0.3, clock.now())
    held(store, clock, spot.id)
    before = placement(store, spot.id)
    move_spot(store, spot.id, Placement(SOLEUS, 0.7, 0.6))
    assert placement(store, spot.id) == Placement(SOLEUS, 0.7, 0.6)
    assert len(store.holds_for_spot(spot.id)) == 1
    move_spot(store, spot.id, before)
    assert store.day_summary(clock.now().date())[0].spot.region == MEDIAL
    with pytest.raises(ValueError, match="inside the drawing"):
        move_spot(store, spot.id, Placement(SOLEUS, 1.5, 0.6))


def test_deleting_monday_keeps_tuesdays_holds_and_their_spot(
    store: Store, clock: FakeClock
) -> None:
    # The bug: a spot marked Monday, held Monday and four times on Tuesday; deleting Monday
    # took Tuesday's holds with the spot.
    spot = store.add_spot(MEDIAL, 0.3, 0.3, clock.now())
    monday_hold = held(store, clock, spot.id)
    only_monday = store.add_spot(SOLEUS, 0.7, 0.6, clock.now())
    held(store, clock, only_monday.id)
    monday = clock.now().date()
    clock.advance(24 * 3600)
    tuesday_holds = [held(store, clock, spot.id) for _ in range(4)]

    deletion = day_deletion(store, monday)
    assert deletion.spot_ids == (only_monday.id,)  # the shared spot stays
    assert monday_hold in deletion.hold_ids
    assert not set(tuesday_holds) & set(deletion.hold_ids)
    set_deleted(store, deletion, True)
    assert store.day_summary(monday) == []
    assert [s.holds for s in store.day_summary(clock.now().date())] == [4]
    assert {r.hold_id for r in store.export_rows()} == set(tuesday_holds)
    purge_deleted(store)  # what the window does at close
    assert {r.hold_id for r in store.export_rows()} == set(tuesday_holds)
    assert store.spot(spot.id).region == MEDIAL


def test_a_spot_marked_on_a_day_with_no_holds_goes_with_that_day(
    store: Store, clock: FakeClock
) -> None:
    empty = store.add_spot(MEDIAL, 0.3, 0.3, clock.now())
    assert day_deletion(store, clock.now().date()) == Deletion((empty.id,), ())


def test_a_spot_marked_earlier_and_held_only_on_the_deleted_day_goes(
    store: Store, clock: FakeClock
) -> None:
    spot = store.add_spot(MEDIAL, 0.3, 0.3, clock.now())
    clock.advance(24 * 3600)
    hold_id = held(store, clock, spot.id)
    assert listed(store, clock, days_ago=1) == []  # it belongs to the day it was held
    assert day_deletion(store, clock.now().date()) == Deletion((spot.id,), (hold_id,))


def test_deleting_a_spot_takes_every_hold_and_undo_brings_back_only_those(
    store: Store, clock: FakeClock
) -> None:
    spot = store.add_spot(MEDIAL, 0.3, 0.3, clock.now())
    first, second = held(store, clock, spot.id), held(store, clock, spot.id)
    set_deleted(store, hold_deletion(first), True)  # an earlier, separate delete
    deletion = spot_deletion(store, spot.id)
    assert deletion == Deletion((spot.id,), (second,))
    set_deleted(store, deletion, True)
    assert listed(store, clock) == []
    set_deleted(store, deletion, False)
    assert [s.holds for s in store.day_summary(clock.now().date())] == [1]  # not `first`


def test_only_todays_holds_of_a_spot_keep_the_spot_for_its_other_days(
    store: Store, clock: FakeClock
) -> None:
    spot = store.add_spot(MEDIAL, 0.3, 0.3, clock.now())
    yesterday_hold = held(store, clock, spot.id)
    clock.advance(24 * 3600)
    today_hold = held(store, clock, spot.id)
    today = clock.now().date()
    assert holds_elsewhere(store, spot.id, today) == 1
    deletion = spot_day_deletion(store, spot.id, today)
    assert deletion == Deletion((), (today_hold,))
    set_deleted(store, deletion, True)
    assert listed(store, clock) == []
    assert [r.hold_id for r in store.export_rows()] == [yesterday_hold]


def test_notes_and_ratings_round_trip(store: Store, clock: FakeClock) -> None:
    spot = store.add_spot(MEDIAL, 0.3, 0.3, clock.now())
    hostile = 'say "hi"\n=1+1\x00\u202e' + "x" * 1_000_000
    assert set_note(store, spot.id, hostile) == ""
    assert store.spot(spot.id).note == hostile
    hold_id = held(store, clock, spot.id, before=6)
    assert rate_hold(store, hold_id, after=True, value=3) is None
    [summary] = store.day_summary(clock.now().date())
    assert (summary.tenderness_before, summary.tenderness_after) == (6, 3)
    [row] = store.export_rows()
    assert (row.tenderness_before, row.tenderness_after, row.note) == (6, 3, hostile)
    assert rate_hold(store, hold_id, after=True, value=None) == 3
    with pytest.raises(ValueError, match="0-10"):
        rate_hold(store, hold_id, after=False, value=11)


def test_purging_removes_only_what_is_deleted(store: Store, clock: FakeClock) -> None:
    keep = store.add_spot(MEDIAL, 0.3, 0.3, clock.now())
    gone = store.add_spot(SOLEUS, 0.7, 0.6, clock.now() - timedelta(days=1))
    kept_hold = held(store, clock, keep.id)
    held(store, clock, gone.id)
    set_deleted(store, spot_deletion(store, gone.id), True)
    assert purge_deleted(store) == 2
    with pytest.raises(KeyError):
        store.spot(gone.id)
    assert [r.hold_id for r in store.export_rows()] == [kept_hold]


def test_erasing_really_removes_every_row_and_copy(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    spot = store.add_spot(MEDIAL, 0.3, 0.3, clock.now())
    set_note(store, spot.id, "a very private note")
    held(store, clock, spot.id)
    damaged = data_dir / "knotimer-damaged-2026-11-01T10-00-00.sqlite3"
    damaged.write_bytes(b"a very private note")
    (data_dir / "knotimer-damaged-2026-11-01T10-00-00.sqlite3-wal").write_bytes(b"x")
    backups = data_dir / "backups"
    backups.mkdir()
    (backups / "knotimer-2026-11-01.sqlite3").write_bytes(b"a very private note")
    (backups / ".knotimer-2026-11-02.sqlite3.partial").write_bytes(b"a very private note")
    unrelated = data_dir / "my-own-file.txt"
    unrelated.write_text("mine")
    erase_everything(store)
    raw = sqlite3.connect(data_dir / DB_FILENAME)
    assert raw.execute("SELECT COUNT(*) FROM spots").fetchone()[0] == 0
    assert raw.execute("SELECT COUNT(*) FROM holds").fetchone()[0] == 0
    raw.close()
    assert b"very private" not in (data_dir / DB_FILENAME).read_bytes()
    wal = data_dir / f"{DB_FILENAME}-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # no old pages left in the log
    leftovers = sorted(p.name for p in data_dir.rglob("*") if p.is_file())
    assert [name for name in leftovers if not name.endswith(("-wal", "-shm"))] == [
        "knotimer.sqlite3",
        "my-own-file.txt",
    ]


# -- every edit is one transaction: make each of its writes fail in turn -------------
@pytest.mark.parametrize("name", list(EDITS))
@pytest.mark.parametrize(
    "failure",
    [
        (13, "database or disk is full", DiskFullError),
        (8, "attempt to write a readonly database", StoreError),
        (10, "disk I/O error", StoreError),
    ],
    ids=["disk-full", "read-only", "io-error"],
)
def test_a_failing_write_anywhere_in_an_edit_changes_nothing(
    tmp_path: Path, name: str, failure: tuple[int, str, type[Exception]]
) -> None:
    counting = Store.in_folder(tmp_path / "count")
    statements = writes(counting, name)
    counting.close()
    assert statements, f"{name} writes nothing?"
    assert statements[-1] == "COMMIT"
    code, text, kind = failure
    for number in range(len(statements)):
        store = Store.in_folder(tmp_path / f"{name}-{number}".replace(" ", "-"))
        case = Case(store, FakeClock(), name)
        before = every_row(store.path)
        calls = iter(range(len(statements) + 1))

        def fail(sql: str, at: int = number, calls: object = calls) -> None:
            if next(calls) == at:  # type: ignore[call-overload]
                error = sqlite3.OperationalError(text)
                error.sqlite_errorcode = code  # type: ignore[attr-defined]
                raise error

        store.fault_hook = fail
        with pytest.raises(kind):
            EDITS[name](store, case)
        store.fault_hook = None
        assert every_row(store.path) == before, f"{name}: write {number} ({statements[number]})"
        store.close()
