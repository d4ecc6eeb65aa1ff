"""Daily backups: made with SQLite's backup API, checked when made, rotated, restorable."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from knotimer.app.backups import DailyBackups
from knotimer.core.backup import (
    KEEP_DAILY,
    KEEP_LABELLED,
    Backup,
    backup_folder,
    backup_name,
    check_backup,
    list_backups,
    make_daily_backup,
    newest_good_backup,
    prune,
)
from knotimer.core.dbfile import DatabaseDamagedError, header_fields
from knotimer.core.recovery import restore_backup
from knotimer.core.store import DB_FILENAME, SCHEMA_VERSION, Store

from fakes import FakeClock
from faults import all_rows, fill, integrity, snapshot

DAY = date(2026, 11, 25)


def scribble_over_index(database: Path) -> None:
    """Overwrite one index page with noise: the table rows stay, the index no longer matches."""
    connection = sqlite3.connect(database)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    [root] = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'holds_by_date'"
    ).fetchone()
    connection.close()
    with database.open("r+b") as handle:
        handle.seek((root - 1) * page_size + 8)
        handle.write(bytes(range(256)) * 4)


def test_a_backup_is_taken_through_sqlite_and_includes_the_write_ahead_log(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    holds = fill(store, clock, spots=3, holds_per_spot=2)
    database = data_dir / DB_FILENAME
    # The latest holds are still only in the -wal: a plain copy of the file would miss them.
    assert (data_dir / f"{DB_FILENAME}-wal").stat().st_size > 0
    made = make_daily_backup(database, DAY)
    assert made is not None
    assert made.path == backup_folder(data_dir) / "knotimer-2026-11-25.sqlite3"
    _spots, rows = all_rows(made.path)
    assert [row[0] for row in rows] == [hold.id for hold in holds]
    assert integrity(made.path) == ["ok"]
    # A self-contained file: rollback-journal mode, no -wal or -shm beside it.
    assert made.path.read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in backup_folder(data_dir).iterdir()) == [made.path.name]


def test_one_backup_a_day_and_it_is_not_rewritten(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    fill(store, clock, spots=1, holds_per_spot=1)
    first = make_daily_backup(data_dir / DB_FILENAME, DAY)
    assert first is not None
    before = first.path.read_bytes()
    fill(store, clock, spots=1, holds_per_spot=1)
    assert make_daily_backup(data_dir / DB_FILENAME, DAY) is None
    assert first.path.read_bytes() == before


def test_backups_rotate_keeping_the_newest_week(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    database = data_dir / DB_FILENAME
    for offset in range(12):
        fill(store, clock, spots=1, holds_per_spot=1)
        assert make_daily_backup(database, DAY + timedelta(days=offset)) is not None
    kept = list_backups(data_dir)
    newest_days = range(11, 11 - KEEP_DAILY, -1)
    assert [b.day for b in kept] == [DAY + timedelta(days=n) for n in newest_days]
    # Each kept backup has what the database had that day: one more hold a day.
    checked = [check_backup(b) for b in kept]
    assert [c.holds if c else None for c in checked] == [n + 1 for n in newest_days]


def test_upgrade_backups_are_rotated_apart_from_daily_ones(data_dir: Path) -> None:
    folder = backup_folder(data_dir)
    folder.mkdir(parents=True)
    for offset in range(5):
        (folder / backup_name(DAY + timedelta(days=offset), f"before-v{offset + 2}")).touch()
        (folder / backup_name(DAY + timedelta(days=offset))).touch()
    (folder / "notes.txt").touch()  # not ours: never touched
    prune(data_dir, keep=2)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(
        ["notes.txt", "knotimer-2026-11-29.sqlite3", "knotimer-2026-11-28.sqlite3"]
        + [f"knotimer-2026-11-{27 + n}-before-v{4 + n}.sqlite3" for n in range(KEEP_LABELLED)]
    )


def test_a_damaged_database_gives_no_backup_and_older_ones_stay(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    database = data_dir / DB_FILENAME
    fill(store, clock, spots=30, holds_per_spot=5)
    good = make_daily_backup(database, DAY)
    assert good is not None
    store.close()
    scribble_over_index(database)
    assert integrity(database) != ["ok"]
    with pytest.raises(DatabaseDamagedError, match="integrity check"):
        make_daily_backup(database, DAY + timedelta(days=1))
    # Nothing half-made is left, and yesterday's good backup is still there.
    assert [p.name for p in backup_folder(data_dir).iterdir()] == [good.path.name]
    assert check_backup(good) is not None


def test_a_backup_interrupted_while_written_is_never_offered(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    fill(store, clock, spots=2, holds_per_spot=2)
    good = make_daily_backup(data_dir / DB_FILENAME, DAY)
    assert good is not None
    folder = backup_folder(data_dir)
    partial = folder / ".knotimer-2026-11-26.sqlite3.partial"
    partial.write_bytes(good.path.read_bytes()[:5000])
    assert [b.path for b in list_backups(data_dir)] == [good.path]
    assert make_daily_backup(data_dir / DB_FILENAME, DAY + timedelta(days=1)) is not None
    assert not partial.exists()


def test_the_newest_backup_that_checks_out_is_offered(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    database = data_dir / DB_FILENAME
    fill(store, clock, spots=10, holds_per_spot=3)
    older = make_daily_backup(database, DAY)
    fill(store, clock, spots=10, holds_per_spot=3)
    newer = make_daily_backup(database, DAY + timedelta(days=1))
    assert older is not None
    assert newer is not None
    newest = backup_folder(data_dir) / backup_name(DAY + timedelta(days=2))
    newest.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))  # damaged
    future = backup_folder(data_dir) / backup_name(DAY + timedelta(days=3))
    raw = sqlite3.connect(future)
    raw.execute("CREATE TABLE holds (deleted)")
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    offered = newest_good_backup(data_dir, SCHEMA_VERSION)
    assert offered is not None
    assert offered.backup.path == newer.path
    assert offered.holds == 60
    assert offered.schema_version == SCHEMA_VERSION


def test_restoring_a_backup_copies_it_and_overwrites_nothing(
    store: Store, clock: FakeClock, data_dir: Path, tmp_path: Path
) -> None:
    database = data_dir / DB_FILENAME
    fill(store, clock, spots=4, holds_per_spot=3)
    made = make_daily_backup(database, DAY)
    assert made is not None
    expected = all_rows(database)
    store.close()
    before = snapshot(data_dir)
    with pytest.raises(FileExistsError):
        restore_backup(made, database)
    assert snapshot(data_dir) == before

    target = tmp_path / "elsewhere" / DB_FILENAME
    target.parent.mkdir(mode=0o700)
    restore_backup(Backup(made.path, made.day), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert all_rows(target) == expected
    assert snapshot(backup_folder(data_dir)) == {
        k.removeprefix("backups/"): v for k, v in before.items() if k.startswith("backups/")
    }
    reopened = Store(target)
    assert reopened.schema_version == SCHEMA_VERSION
    reopened.close()
    assert header_fields(target) is not None


def test_the_app_backs_up_between_holds_and_says_when_it_cannot(
    qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path
) -> None:
    fill(store, clock, spots=1, holds_per_spot=1)
    holding = [True]
    backups = DailyBackups(store.path, clock, busy=lambda: holding[0])
    assert backups.run() is None  # a hold is running: later
    assert list_backups(data_dir) == []
    holding[0] = False
    with qtbot.waitSignal(backups.made) as made:
        backups.run()
    assert made.args[0].path == backup_folder(data_dir) / "knotimer-2026-11-25.sqlite3"
    clock.advance(86400)
    shutil.rmtree(backup_folder(data_dir))
    backup_folder(data_dir).write_text("in the way")
    with qtbot.waitSignal(backups.failed) as failed:
        backups.run()
    assert "could not make the backup folder" in failed.args[0]
    backups.stop()
