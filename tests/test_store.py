from __future__ import annotations

import sqlite3
import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.holdtimer import HoldResult, HoldTimer, Outcome
from knotimer.core.store import DB_FILENAME, SCHEMA_VERSION, Store, StoreError

from fakes import FakeClock

MEDIAL_LEFT = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
BERLIN_WINTER = timezone(timedelta(hours=1))


def _result(clock: FakeClock, seconds: float, outcome: Outcome) -> HoldResult:
    timer = HoldTimer(clock)
    timer.start(20)
    clock.advance(seconds)
    if outcome is Outcome.COMPLETED:
        result = timer.poll()
        assert result is not None
        return result
    return timer.cancel() if outcome is Outcome.CANCELLED else timer.release()


def test_spots_and_holds_survive_reopening(data_dir: Path, clock: FakeClock) -> None:
    store = Store.in_folder(data_dir)
    spot = store.add_spot(MEDIAL_LEFT, 0.3, 0.4, clock.now())
    hold = store.record_hold(spot.id, _result(clock, 20, Outcome.COMPLETED))
    store.close()

    reopened = Store.in_folder(data_dir)
    [summary] = reopened.day_summary(clock.now().date())
    assert summary.spot.id == spot.id
    assert summary.spot.region == MEDIAL_LEFT
    assert (summary.spot.x, summary.spot.y) == (0.3, 0.4)
    assert summary.holds == 1
    assert summary.held_s == 20
    assert summary.last_hold == hold.started
    [stored] = reopened.holds_for_spot(spot.id)
    assert stored == hold
    reopened.close()


def test_cancelled_holds_are_kept_but_not_counted(store: Store, clock: FakeClock) -> None:
    spot = store.add_spot(MEDIAL_LEFT, 0.3, 0.4, clock.now())
    store.record_hold(spot.id, _result(clock, 20, Outcome.COMPLETED))
    store.record_hold(spot.id, _result(clock, 4, Outcome.CANCELLED))
    store.record_hold(spot.id, _result(clock, 12, Outcome.RELEASED))
    [summary] = store.day_summary(clock.now().date())
    assert summary.holds == 2
    assert summary.cancelled == 1
    assert summary.held_s == pytest.approx(32)
    assert [h.outcome for h in store.holds_for_spot(spot.id)] == [
        Outcome.COMPLETED,
        Outcome.CANCELLED,
        Outcome.RELEASED,
    ]


def test_times_are_stored_in_utc_with_the_local_offset(store: Store, data_dir: Path) -> None:
    late_evening = datetime(2026, 3, 1, 23, 30, tzinfo=BERLIN_WINTER)
    clock = FakeClock(late_evening)
    spot = store.add_spot(MEDIAL_LEFT, 0.5, 0.5, clock.now())
    store.record_hold(spot.id, _result(clock, 20, Outcome.COMPLETED))
    raw = sqlite3.connect(data_dir / DB_FILENAME)
    started_utc, offset, local_day = raw.execute(
        "SELECT started_utc, utc_offset_s, local_date FROM holds"
    ).fetchone()
    raw.close()
    assert started_utc == "2026-03-01T22:30:00.000000+00:00"
    assert offset == 3600
    assert local_day == "2026-03-01"  # the user's date, not the UTC one
    assert store.day_summary(date(2026, 3, 1))[0].holds == 1
    assert store.day_summary(date(2026, 3, 2)) == []


def test_today_lists_only_todays_spots(store: Store, clock: FakeClock) -> None:
    yesterday = store.add_spot(MEDIAL_LEFT, 0.3, 0.4, clock.now() - timedelta(days=1))
    today = store.add_spot(Region(Side.RIGHT, Muscle.SOLEUS), 0.7, 0.6, clock.now())
    assert [s.spot.id for s in store.day_summary(clock.now().date())] == [today.id]
    # Holding yesterday's spot again today brings it into today's list.
    store.record_hold(yesterday.id, _result(clock, 20, Outcome.COMPLETED))
    assert [s.spot.id for s in store.day_summary(clock.now().date())] == [yesterday.id, today.id]


def test_files_are_private(data_dir: Path, store: Store) -> None:
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / DB_FILENAME).stat().st_mode) == 0o600


def test_the_database_uses_wal_and_full_sync(store: Store, data_dir: Path) -> None:
    raw = sqlite3.connect(data_dir / DB_FILENAME)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # kept in the file
    raw.close()
    # synchronous belongs to a connection: it must be FULL (2) on the store's own one.
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert store.schema_version == SCHEMA_VERSION


def test_a_database_from_a_newer_knotimer_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / DB_FILENAME
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE future (x)")
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer knotimer"):
        Store(path)
    assert path.read_bytes() == before


def test_spots_outside_the_drawing_are_refused(store: Store, clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="inside the drawing"):
        store.add_spot(MEDIAL_LEFT, 1.2, 0.5, clock.now())
    assert store.day_summary(clock.now().date()) == []


def test_an_unwritable_location_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot open the database"):
        Store.in_folder(blocker / "data")


def test_export_rows_by_day_and_all(store: Store, clock: FakeClock) -> None:
    spot = store.add_spot(MEDIAL_LEFT, 0.25, 0.5, clock.now())
    store.record_hold(spot.id, _result(clock, 20, Outcome.COMPLETED))
    clock.advance(86400)
    spot2 = store.add_spot(MEDIAL_LEFT, 0.25, 0.5, clock.now())
    store.record_hold(spot2.id, _result(clock, 8, Outcome.RELEASED))
    today = list(store.export_rows(clock.now().date()))
    everything = list(store.export_rows())
    assert [row.outcome for row in today] == ["released"]
    assert [row.outcome for row in everything] == ["completed", "released"]
    first = everything[0]
    assert (first.side, first.muscle, first.x, first.y) == (
        "left",
        "gastrocnemius-medial",
        0.25,
        0.5,
    )
    assert first.local_date == "2026-11-25"
    assert first.local_start == "09:30:00"


def test_a_shared_folder_given_as_data_dir_keeps_its_permissions(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    (shared / "someone-elses-file.txt").write_text("hello")
    Store.in_folder(shared).close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE((shared / DB_FILENAME).stat().st_mode) == 0o600
    ours = tmp_path / "ours"
    ours.mkdir(mode=0o755)
    ours.chmod(0o755)
    Store.in_folder(ours).close()
    assert stat.S_IMODE(ours.stat().st_mode) == 0o700
