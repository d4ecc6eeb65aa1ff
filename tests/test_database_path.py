"""The database path is hostile: a FIFO, a folder, a link, someone else's file."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from knotimer.core.recovery import Health, check_database
from knotimer.core.store import DB_FILENAME, SCHEMA_VERSION, Store, StoreError

from faults import drive, knotimer_lines, run_python


def _fifo(path: Path) -> None:
    os.mkfifo(path, 0o600)


def _folder(path: Path) -> None:
    path.mkdir()


@pytest.mark.parametrize(
    ("make", "said"),
    [(_fifo, "named pipe (FIFO)"), (_folder, "a folder")],
    ids=["fifo", "folder"],
)
def test_a_database_path_that_is_no_file_gets_one_clear_message_and_never_hangs(
    data_dir: Path, make: object, said: str
) -> None:
    data_dir.mkdir(mode=0o700)
    database = data_dir / DB_FILENAME
    make(database)  # type: ignore[operator]
    with pytest.raises(StoreError, match=re.escape(said)):
        Store(database)
    report = check_database(database, SCHEMA_VERSION)
    assert report.health is Health.UNREADABLE
    assert said in report.reason
    done = run_python("-m", "knotimer", "export", "--data-dir", str(data_dir), timeout=30)
    assert done.returncode == 1
    [line] = knotimer_lines(done.stderr)
    assert said in line
    assert "Traceback" not in done.stderr
    events, window = drive("--data-dir", str(data_dir), plan={"window": "close"}, timeout=30)
    assert window.returncode == 1
    assert "Traceback" not in window.stderr
    [dialog] = [e for e in events if "dialog" in e]
    assert said in str(dialog["text"])
    assert database.exists()  # left as it was


def test_a_database_reached_through_a_link_keeps_its_mode(data_dir: Path, tmp_path: Path) -> None:
    data_dir.mkdir(mode=0o700)
    elsewhere = tmp_path / "synced"
    elsewhere.mkdir()
    target = elsewhere / "record.sqlite3"
    Store(target).close()
    target.chmod(0o644)  # the user's own choice for that file
    (data_dir / DB_FILENAME).symlink_to(target)
    done = run_python("-m", "knotimer", "export", "--data-dir", str(data_dir), timeout=30)
    assert done.returncode == 0, done.stderr
    store = Store(data_dir / DB_FILENAME)
    store.close()
    assert target.stat().st_mode & 0o777 == 0o644  # not changed through the link
    assert (data_dir / DB_FILENAME).is_symlink()
