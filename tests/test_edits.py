from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.edits import (
    Placement,
    day_contents,
    erase_everything,
    move_spot,
    placement,
    purge_deleted,
    rate_hold,
    set_day_deleted,
    set_hold_deleted,
    set_note,
    set_spot_deleted,
)
from knotimer.core.holdtimer import HoldTimer
from knotimer.core.store import DB_FILENAME, Store

from fakes import FakeClock

MEDIAL = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
SOLEUS = Region(Side.RIGHT, Muscle.SOLEUS)


def held(store: Store, clock: FakeClock, spot_id: int, before: int | None = None) -> int:
    timer = HoldTimer(clock)
    timer.start(20)
    clock.advance(20)
    result = timer.poll()
    assert result is not None
    return store.record_hold(spot_id, result, tenderness_before=before, run_id="run-1").id


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


def test_deleting_and_restoring_spots_holds_and_days(store: Store, clock: FakeClock) -> None:
    today = clock.now().date()
    first = store.add_spot(MEDIAL, 0.3, 0.3, clock.now())
    second = store.add_spot(SOLEUS, 0.7, 0.6, clock.now())
    hold_id = held(store, clock, first.id)
    held(store, clock, second.id)
    set_hold_deleted(store, hold_id, True)
    assert store.day_summary(today)[0].holds == 0
    set_hold_deleted(store, hold_id, False)
    assert store.day_summary(today)[0].holds == 1
    set_spot_deleted(store, first.id, True)
    assert [s.spot.id for s in store.day_summary(today)] == [second.id]
    assert len(list(store.export_rows(today))) == 1  # its hold is hidden too
    set_spot_deleted(store, first.id, False)
    contents = day_contents(store, today)
    assert set(contents.spot_ids) == {first.id, second.id}
    set_day_deleted(store, contents, True)
    assert store.day_summary(today) == []
    set_day_deleted(store, contents, False)
    assert len(store.day_summary(today)) == 2


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


def test_purging_and_erasing_really_remove_rows(store: Store, clock: FakeClock, data_dir) -> None:  # type: ignore[no-untyped-def]
    keep = store.add_spot(MEDIAL, 0.3, 0.3, clock.now())
    gone = store.add_spot(SOLEUS, 0.7, 0.6, clock.now() - timedelta(days=1))
    held(store, clock, keep.id)
    held(store, clock, gone.id)
    set_spot_deleted(store, gone.id, True)
    assert purge_deleted(store) == 2
    with pytest.raises(KeyError):
        store.spot(gone.id)
    erase_everything(store)
    raw = sqlite3.connect(data_dir / DB_FILENAME)
    assert raw.execute("SELECT COUNT(*) FROM spots").fetchone()[0] == 0
    assert raw.execute("SELECT COUNT(*) FROM holds").fetchone()[0] == 0
    raw.close()
    assert b"gastrocnemius-medial" not in (data_dir / DB_FILENAME).read_bytes()
