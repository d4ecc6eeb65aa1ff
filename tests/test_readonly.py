"""A read-only data folder or database: one clear message, nothing written anywhere else."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from knotimer.core.store import DB_FILENAME, Store

from fakes import FakeClock
from faults import can_make_read_only, child_env, drive, fill, made_read_only, snapshot

pytestmark = pytest.mark.skipif(
    not can_make_read_only(),
    reason="running as root without mount namespaces: nothing can be made read-only for "
    "root here (file modes do not stop it), so these cases cannot be set up",
)


@pytest.fixture
def record(data_dir: Path) -> Path:
    """A data folder with a record in it, closed cleanly."""
    store = Store.in_folder(data_dir)
    fill(store, FakeClock(), spots=2, holds_per_spot=2)
    store.close()
    return data_dir


def everything(tmp_path: Path) -> dict[str, tuple[int, int, str]]:
    """Every file the test owns: the data folder, the private home, the rest of tmp_path."""
    return snapshot(tmp_path)


def test_a_read_only_data_folder(record: Path, tmp_path: Path) -> None:
    before = everything(tmp_path)
    with made_read_only(record) as prefix:
        events, done = drive("--data-dir", str(record), prefix=prefix)
    assert done.returncode == 1, done.stderr
    [dialog] = [e for e in events if "dialog" in e]
    assert dialog["dialog"] == "knotimer cannot save"
    text = str(dialog["text"])
    assert f"the folder {record} is read-only" in text
    assert "Nothing has been changed, and nothing was saved anywhere else" in text
    assert "--data-dir" in text
    assert not [e for e in events if "window" in e]
    assert everything(tmp_path) == before
    assert "knotimer: knotimer cannot save your holds" in done.stderr


def test_a_read_only_database_file(record: Path, tmp_path: Path) -> None:
    database = record / DB_FILENAME
    before = everything(tmp_path)
    with made_read_only(database) as prefix:
        events, done = drive("--data-dir", str(record), prefix=prefix)
    assert done.returncode == 1, done.stderr
    [dialog] = [e for e in events if "dialog" in e]
    assert f"the file {database} is read-only" in str(dialog["text"])
    assert not [e for e in events if "window" in e]
    # Not even a -wal or -shm beside it, nor a backup: the file was never opened for writing.
    assert everything(tmp_path) == before


STORE_ON_A_READ_ONLY_FILE = """
import sys
from pathlib import Path
from knotimer.core.store import Store, DatabaseReadOnlyError
store = Store(Path(sys.argv[1]))  # SQLite quietly opens such a file read-only...
try:
    store.check_writable()  # ...which this finds out before any hold is lost to it
except DatabaseReadOnlyError as error:
    print("refused:", error)
"""


def test_the_store_finds_out_that_sqlite_opened_it_read_only(record: Path) -> None:
    database = record / DB_FILENAME
    with made_read_only(database) as prefix:
        done = subprocess.run(
            [*prefix, sys.executable, "-c", STORE_ON_A_READ_ONLY_FILE, str(database)],
            capture_output=True,
            text=True,
            env=child_env(),
            timeout=60,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("refused: cannot save to")
    assert "readonly" in done.stdout


def test_a_data_folder_that_cannot_be_created(tmp_path: Path) -> None:
    before = everything(tmp_path)
    events, done = drive("--data-dir", "/proc/knotimer-cannot-be-here")
    assert done.returncode == 1
    [dialog] = [e for e in events if "dialog" in e]
    assert "the folder /proc/knotimer-cannot-be-here cannot be created" in str(dialog["text"])
    assert everything(tmp_path) == before
