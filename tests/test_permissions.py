"""Permissions: the data folder 0700; the database, its side files, exports and backups 0600."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from knotimer.core.backup import make_daily_backup, newest_good_backup
from knotimer.core.dbfile import side_files
from knotimer.core.recovery import move_aside, restore_backup
from knotimer.core.store import DB_FILENAME, SCHEMA_VERSION, Store
from knotimer.ui.dialogs.export import export_csv_file

from fakes import FakeClock
from faults import FIXTURES, child_env, fill, run_python

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
NO_UMASK = ["sh", "-c", 'umask 000 && exec "$@"', "sh"]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def no_umask() -> Iterator[None]:
    """Nothing may rely on the user's umask: with 000 every new file would be world-readable."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_the_running_app_keeps_every_file_private(data_dir: Path) -> None:
    env = child_env(KNOTIMER_DRIVER=json.dumps({"window": "wait"}))
    process = subprocess.Popen(
        [*NO_UMASK, sys.executable, str(FIXTURES / "appdriver.py"), "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        assert any('"window"' in line for line in process.stdout)  # the window is up
        database = data_dir / DB_FILENAME
        while_running = {p.name: mode(p) for p in [database, *side_files(database)]}
        lock = mode(data_dir / "knotimer.lock")
        deadline = time.monotonic() + 20
        while not list(data_dir.glob("backups/*.sqlite3")):  # the daily backup, after a while
            assert time.monotonic() < deadline
            time.sleep(0.1)
        time.sleep(0.3)
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
    assert mode(data_dir) == 0o700
    assert while_running == {
        "knotimer.sqlite3": 0o600,
        "knotimer.sqlite3-wal": 0o600,
        "knotimer.sqlite3-shm": 0o600,
    }
    assert lock == 0o600
    assert mode(data_dir / "backups") == 0o700
    [backup] = (data_dir / "backups").iterdir()
    assert mode(backup) == 0o600


def test_command_line_export_is_private(data_dir: Path, tmp_path: Path) -> None:
    store = Store.in_folder(data_dir)
    fill(store, FakeClock(), spots=1, holds_per_spot=2)
    store.close()
    target = tmp_path / "holds.csv"
    env = child_env()
    done = run_python(
        "-c",
        "import os, sys; os.umask(0); from knotimer.cli import main; sys.exit(main(sys.argv[1:]))",
        "export",
        "--date",
        "all",
        "--data-dir",
        str(data_dir),
        "--output",
        str(target),
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert mode(target) == 0o600


def test_window_export_backups_recovery_are_private(
    no_umask: None, data_dir: Path, tmp_path: Path
) -> None:
    store = Store.in_folder(data_dir)
    clock = FakeClock()
    fill(store, clock, spots=2, holds_per_spot=2)
    exported = tmp_path / "today.csv"
    assert export_csv_file(store, clock.now().date(), exported) == 4
    made = make_daily_backup(data_dir / DB_FILENAME, date(2026, 11, 25))
    assert made is not None
    store.close()
    assert mode(exported) == 0o600
    assert mode(made.path.parent) == 0o700
    assert mode(made.path) == 0o600
    # A damaged record moved aside stays private; a restored one is private from its first byte.
    moved = move_aside(data_dir / DB_FILENAME, datetime(2026, 11, 25, 12))
    assert [mode(path) for path in moved] == [0o600] * len(moved)
    offered = newest_good_backup(data_dir, SCHEMA_VERSION)
    assert offered is not None
    restore_backup(offered.backup, data_dir / DB_FILENAME)
    assert mode(data_dir / DB_FILENAME) == 0o600


def test_an_existing_record_left_readable_by_others_is_made_private(data_dir: Path) -> None:
    store = Store.in_folder(data_dir)
    store.close()
    data_dir.chmod(0o755)
    (data_dir / DB_FILENAME).chmod(0o644)
    Store.in_folder(data_dir).close()
    assert mode(data_dir) == 0o700
    assert mode(data_dir / DB_FILENAME) == 0o600
