"""Damaged databases: found at start, moved aside untouched with their -wal/-shm, backup offered."""

from __future__ import annotations

import random
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from knotimer.core.backup import make_daily_backup, newest_good_backup
from knotimer.core.dbfile import DatabaseDamagedError, side_files
from knotimer.core.recovery import (
    EarlyCheck,
    Health,
    check_database,
    move_aside,
    move_orphans_aside,
    restore_backup,
)
from knotimer.core.store import DB_FILENAME, SCHEMA_VERSION, Store
from knotimer.ui.start.record import open_record

from fakes import FakeClock
from faults import (
    all_rows,
    checkpoint,
    digest,
    drive,
    fill,
    integrity,
    knotimer_lines,
    raw_connect,
    snapshot,
)

WHEN = datetime(2026, 11, 25, 9, 30, 5)
SEEDS = range(12)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with 40 spots, 200 holds and yesterday's backup, closed cleanly."""
    folder = tmp_path_factory.mktemp("pristine") / "data"
    store = Store.in_folder(folder)
    fill(store, FakeClock(), spots=30, holds_per_spot=5)
    assert make_daily_backup(folder / DB_FILENAME, date(2026, 11, 24)) is not None
    fill(store, FakeClock(), spots=10, holds_per_spot=5)
    store.close()
    assert not side_files(folder / DB_FILENAME)[0].exists()  # a clean close folds the log in
    return folder


@pytest.fixture
def data(pristine: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy"
    shutil.copytree(pristine, copy)
    return copy


def recover_and_check(data: Path) -> list[Path]:
    """What the start-up does with a damaged database, and what must hold afterwards."""
    database = data / DB_FILENAME
    before = snapshot(data)
    report = check_database(database, SCHEMA_VERSION)
    assert report.health is Health.DAMAGED, report
    assert report.reason
    moved = move_aside(database, WHEN)
    # Moved, not changed: the same bytes under the new names, -wal and -shm included.
    assert moved[0].name.startswith("knotimer-damaged-2026-11-25T09-30-05")
    after = snapshot(data)
    assert set(before.values()) <= set(after.values())
    assert set(after) - set(before) <= {p.name for p in moved}
    assert not database.exists()
    assert not any(side.exists() for side in side_files(database))
    for path in moved[1:]:
        assert path.name.startswith(moved[0].name)  # knotimer-damaged-...sqlite3-wal / -shm
    # The newest backup that passes its own check is offered, and restores cleanly.
    offered = newest_good_backup(data, SCHEMA_VERSION)
    assert offered is not None
    assert offered.holds == 150
    restore_backup(offered.backup, database)
    assert check_database(database, SCHEMA_VERSION).health is Health.SOUND
    store = Store(database)
    assert len(list(store.export_rows())) == 150
    store.close()
    # Nothing that was there before was overwritten or removed.
    final = snapshot(data)
    assert set(before.values()) <= set(final.values())
    return moved


@pytest.mark.parametrize("seed", SEEDS)
def test_noise_over_the_header(data: Path, seed: int) -> None:
    database = data / DB_FILENAME
    rng = random.Random(seed)
    raw = bytearray(database.read_bytes())
    raw[: rng.randint(16, 100)] = rng.randbytes(100)[: rng.randint(16, 100)]
    database.write_bytes(bytes(raw))
    recover_and_check(data)


@pytest.mark.parametrize("seed", SEEDS)
def test_noise_over_a_whole_page(data: Path, seed: int) -> None:
    database = data / DB_FILENAME
    rng = random.Random(seed)
    raw = bytearray(database.read_bytes())
    page = rng.randrange(len(raw) // 4096)
    raw[page * 4096 : (page + 1) * 4096] = rng.randbytes(4096)
    database.write_bytes(bytes(raw))
    recover_and_check(data)


@pytest.mark.parametrize("seed", range(40))
def test_random_bytes_are_found_or_harmless(data: Path, seed: int) -> None:
    """Noise that lands in unused space harms nothing; anywhere else it is found."""
    database = data / DB_FILENAME
    expected = all_rows(database)
    rng = random.Random(1000 + seed)
    raw = bytearray(database.read_bytes())
    start = rng.randrange(100, len(raw) - 512)
    raw[start : start + 512] = rng.randbytes(512)
    database.write_bytes(bytes(raw))
    if check_database(database, SCHEMA_VERSION).health is Health.SOUND:
        assert all_rows(database) == expected
        assert integrity(database) == ["ok"]
    else:
        recover_and_check(data)


@pytest.mark.parametrize("keep", [0, 1, 50, 99, 100, 4096, 4097, 20000, -4096, -1])
def test_a_truncated_file(data: Path, keep: int) -> None:
    """Cut short anywhere, down to nothing at all (when backups show there was a record)."""
    database = data / DB_FILENAME
    raw = database.read_bytes()
    database.write_bytes(raw[:keep] if keep >= 0 else raw[: len(raw) + keep])
    recover_and_check(data)


def test_a_stale_write_ahead_log_from_another_database(data: Path, tmp_path: Path) -> None:
    """A -wal that belongs to another copy: SQLite would replay it; the check catches it."""
    other = tmp_path / "other"
    store = Store.in_folder(other)
    clock = FakeClock()
    fill(store, clock, spots=5, holds_per_spot=2)
    checkpoint(other / DB_FILENAME)
    fill(store, clock, spots=3, holds_per_spot=2)  # these pages live only in the other -wal
    wal, _shm = side_files(other / DB_FILENAME)
    database = data / DB_FILENAME
    shutil.copyfile(wal, side_files(database)[0])
    store.close()
    recover_and_check(data)


def test_a_garbage_write_ahead_log_is_harmless(data: Path) -> None:
    """A -wal whose header does not check out is ignored by SQLite: no false alarm, no loss."""
    database = data / DB_FILENAME
    expected = all_rows(database)
    side_files(database)[0].write_bytes(random.Random(7).randbytes(40000))
    assert check_database(database, SCHEMA_VERSION).health is Health.SOUND
    assert all_rows(database) == expected


def test_a_sound_database_after_a_crash_is_not_moved(data: Path) -> None:
    """A -wal left by a crash is normal: the thorough check passes and nothing moves."""
    database = data / DB_FILENAME
    store = Store(database)
    fill(store, FakeClock(), spots=2, holds_per_spot=2)
    expected = all_rows(database)
    shutil.copytree(data, data.parent / "crashed")  # the files as a kill -9 would leave them
    store.close()
    crashed = data.parent / "crashed" / DB_FILENAME
    assert side_files(crashed)[0].stat().st_size > 0
    assert check_database(crashed, SCHEMA_VERSION).health is Health.SOUND
    assert all_rows(crashed) == expected


def test_an_earlier_damaged_file_is_never_overwritten(data: Path) -> None:
    database = data / DB_FILENAME
    first = data / "knotimer-damaged-2026-11-25T09-30-05.sqlite3"
    first.write_bytes(b"an earlier damaged database")
    database.write_bytes(b"not a database at all, " * 300)
    moved = recover_and_check(data)
    assert moved[0].name == "knotimer-damaged-2026-11-25T09-30-05-2.sqlite3"
    assert first.read_bytes() == b"an earlier damaged database"


def test_side_files_without_their_database_are_moved_aside(data: Path) -> None:
    """If moving aside was cut off after the database went, its -wal must not meet a new one."""
    database = data / DB_FILENAME
    store = Store(database)
    fill(store, FakeClock(), spots=1, holds_per_spot=1)
    shutil.copyfile(side_files(database)[0], data / "wal-copy")
    store.close()
    database.unlink()
    shutil.copyfile(data / "wal-copy", side_files(database)[0])
    report = check_database(database, SCHEMA_VERSION)
    assert report.health is Health.MISSING
    assert report.orphans == [side_files(database)[0]]
    [moved] = move_orphans_aside(database, WHEN)
    assert moved.name == "knotimer-orphaned-2026-11-25T09-30-05.sqlite3-wal"
    assert digest(moved) == digest(data / "wal-copy")


def test_not_a_database_is_refused_by_the_store_too(data: Path) -> None:
    """Without the start-up check (the command line), reading fails with a plain message."""
    database = data / DB_FILENAME
    database.write_bytes(b"\x00" * 100 + b"nonsense" * 1000)
    with pytest.raises(DatabaseDamagedError, match="the file is damaged"):
        Store(database)


# -- what the user sees: the real start-up, in a child process -------------------------


def damage(data: Path) -> tuple[bytes, list[tuple[object, ...]]]:
    """Noise over a table page; the damaged bytes and the backup's holds."""
    database = data / DB_FILENAME
    backup_holds = all_rows(next((data / "backups").iterdir()))[1]
    raw = bytearray(database.read_bytes())
    raw[4096 * 3 : 4096 * 4] = b"\x55" * 4096
    database.write_bytes(bytes(raw))
    return bytes(raw), backup_holds


def test_the_app_moves_a_damaged_record_aside_and_restores_the_backup(data: Path) -> None:
    damaged, backup_holds = damage(data)
    events, done = drive("--data-dir", str(data), plan={"answers": ["restore"], "window": "close"})
    assert done.returncode == 0, done.stderr
    [dialog] = [e for e in events if "dialog" in e]
    [aside] = data.glob("knotimer-damaged-*.sqlite3")
    # Plain words: what happened, where the old file is, and which backup is offered.
    assert "damaged" in str(dialog["text"])
    assert str(aside) in str(dialog["informative"])
    assert "Nothing has been deleted" in str(dialog["informative"])
    assert "24 November 2026" in str(dialog["informative"])
    assert "150 holds" in str(dialog["informative"])
    assert dialog["buttons"][:3] == ["restore", "quit", "start-empty"]  # type: ignore[index]
    assert {"window": "shown", "title": "knotimer"} in events
    assert aside.read_bytes() == damaged  # moved, not changed
    assert all_rows(data / DB_FILENAME)[1] == backup_holds
    assert integrity(data / DB_FILENAME) == ["ok"]
    assert any("moved aside" in line for line in knotimer_lines(done.stderr))


def test_starting_empty_keeps_the_damaged_file_and_the_backups(data: Path) -> None:
    damaged, _ = damage(data)
    backups = snapshot(data / "backups")
    events, done = drive(
        "--data-dir", str(data), plan={"answers": ["start-empty"], "window": "close"}
    )
    assert done.returncode == 0, done.stderr
    assert {"window": "shown", "title": "knotimer"} in events
    [aside] = data.glob("knotimer-damaged-*.sqlite3")
    assert aside.read_bytes() == damaged
    # The new record holds only what could still be read in the damaged file: its spots
    # (their page is intact), none of its holds (noise over their page), nothing invented.
    spots, holds = all_rows(data / DB_FILENAME)
    readable = raw_connect(aside)
    try:
        assert spots == readable.execute("SELECT * FROM spots ORDER BY id").fetchall()
    finally:
        readable.close()
    assert holds == []
    status = next(e["status"] for e in events if "status" in e)
    assert "could still be read" in str(status)
    assert snapshot(data / "backups") == backups


def test_quitting_changes_nothing_more_and_the_backup_is_offered_again(data: Path) -> None:
    damaged, backup_holds = damage(data)
    _, done = drive("--data-dir", str(data), plan={"answers": ["quit"]})
    assert done.returncode == 1
    assert not (data / DB_FILENAME).exists()
    [aside] = data.glob("knotimer-damaged-*.sqlite3")
    assert aside.read_bytes() == damaged
    # Next start: no record, but a good backup: offered again rather than starting empty.
    events, done = drive("--data-dir", str(data), plan={"answers": ["restore"], "window": "close"})
    assert done.returncode == 0, done.stderr
    [dialog] = [e for e in events if "dialog" in e]
    assert "no record" in str(dialog["text"])
    assert all_rows(data / DB_FILENAME)[1] == backup_holds
    assert list(data.glob("knotimer-damaged-*.sqlite3")) == [aside]


def test_an_early_alarm_is_checked_again_before_anything_moves(qtbot: QtBot, data: Path) -> None:
    """The check run while Qt loads may meet a knotimer that is just closing.

    Its finding counts only if it is "sound"; anything else is checked again under the lock.
    """
    database = data / DB_FILENAME
    good = database.read_bytes()
    expected = all_rows(database)
    database.write_bytes(b"half-written by someone else")
    early = EarlyCheck(database, SCHEMA_VERSION)
    assert early.report().health is Health.DAMAGED
    database.write_bytes(good)  # the other knotimer finished
    store = open_record(data, FakeClock(), early)
    assert store is not None
    store.close()
    assert not list(data.glob("knotimer-damaged-*"))
    assert all_rows(database) == expected
