"""A full disk: the hold is kept in memory, the user is told, saving is retried, nothing harmed."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from knotimer.core.dbfile import DiskFullError, StoreError
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.core.store import Store

from fakes import FakeClock
from faults import FIXTURES, REGIONS, child_env, fill, finished_hold, integrity

NAMESPACE = ["unshare", "--user", "--map-root-user", "--mount"]
MOUNT_TMPFS = 'mount -t tmpfs -o size=1m,mode=0700 knotimer-test "$0" && exec "$@"'


def run_child(mode: str, data_dir: Path, copy: Path, prefix: list[str]) -> dict[str, Any]:
    command = [*prefix, sys.executable, str(FIXTURES / "diskfull_child.py"), mode]
    done = subprocess.run(
        [*command, str(data_dir), str(copy)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def check_report(report: dict[str, Any], copy: Path) -> None:
    assert all(m.startswith("Saved:") for m in report["messages_before"])
    # Each hold that could not be written: kept, and the user told so (never "Saved").
    assert report["unsaved_peak"] == 3
    assert len(report["full_messages"]) == 3
    for number, message in enumerate(report["full_messages"], start=1):
        assert message.startswith(f"{number} hold(s) could not be saved yet")
        assert "Saved:" not in message
    assert report["still_unsaved_after_a_retry"] == 3  # retried while full: kept, not dropped
    assert report["earlier_rows_untouched"]
    # Room again: the retry saves them all, in order, and says so.
    assert report["unsaved_at_end"] == 0
    assert report["message_after"] == "All holds are saved."
    assert report["final_holds"] == report["saved_before"] + report["saved_while_full"] + 3
    assert report["final_rows_start_with_earlier"]
    assert report["integrity"] == ["ok"]
    assert integrity(copy) == ["ok"]


def test_a_file_size_limit_fills_the_disk_and_nothing_is_lost(tmp_path: Path) -> None:
    """RLIMIT_FSIZE (soft, with SIGXFSZ ignored): writes past the limit fail with EFBIG."""
    report = run_child("rlimit", tmp_path / "data", tmp_path / "copy.sqlite3", [])
    check_report(report, tmp_path / "copy.sqlite3")
    assert "disk" in report["error"]


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run([*NAMESPACE, "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(
    not _namespaces_work(),
    reason="no user namespaces here (unshare --user failed), so no private tmpfs can be "
    "mounted; the RLIMIT_FSIZE test above covers a full disk",
)
def test_a_tiny_tmpfs_really_fills_up_and_nothing_is_lost(tmp_path: Path) -> None:
    mount_point = tmp_path / "data"
    mount_point.mkdir()
    prefix = [*NAMESPACE, "sh", "-c", MOUNT_TMPFS, str(mount_point)]
    report = run_child("tmpfs", mount_point, tmp_path / "copy.sqlite3", prefix)
    check_report(report, tmp_path / "copy.sqlite3")
    assert "the disk is full" in report["error"]
    assert report["ballast_bytes"] > 0


class CommitFailsAfterWriting:
    """A connection whose first COMMIT fails: after reaching the disk, or before.

    The first is what a failed fsync looks like: written, yet reported as an I/O error.
    """

    def __init__(self, real: sqlite3.Connection, *, written: bool) -> None:
        self.real = real
        self.written = written
        self.failures = 1

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        if sql == "COMMIT" and self.failures:
            self.failures -= 1
            if self.written:
                self.real.execute("COMMIT")
            raise sqlite3.OperationalError("disk I/O error")
        return self.real.execute(sql, params)


@pytest.mark.parametrize("written", [True, False])
def test_a_retry_after_an_uncertain_commit_saves_the_hold_exactly_once(
    store: Store, clock: FakeClock, written: bool
) -> None:
    fill(store, clock, spots=1, holds_per_spot=2)
    spot_id = store.holds_for_spot(1)[0].spot_id
    result = finished_hold(clock, 9, Outcome.RELEASED)
    real = store._db
    store._db = CommitFailsAfterWriting(real, written=written)  # type: ignore[assignment]
    with pytest.raises(StoreError):
        store.record_hold(spot_id, result)
    store._db = real
    again = store.record_hold(spot_id, result)  # what UnsavedHolds does a few seconds later
    holds = store.holds_for_spot(spot_id)
    assert len(holds) == 3
    assert holds[-1] == again
    assert again.held_s == 9


def test_disk_full_is_told_as_such(store: Store, clock: FakeClock) -> None:
    spot = store.add_spot(REGIONS[0], 0.2, 0.2, clock.now())
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")  # no more room: SQLITE_FULL
    result = finished_hold(clock, 20, Outcome.COMPLETED)
    with pytest.raises(DiskFullError, match="the disk is full"):
        record_many(store, spot.id, result, 1000)


def record_many(store: Store, spot_id: int, result: HoldResult, count: int) -> None:
    for _ in range(count):
        store.record_hold(spot_id, result)
