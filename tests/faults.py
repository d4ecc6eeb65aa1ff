"""Helpers for the fault-injection tests: fill a store, read it raw, snapshot a folder."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.dbfile import file_uri
from knotimer.core.holdtimer import HoldResult, HoldTimer, Outcome
from knotimer.core.records import Hold
from knotimer.core.store import Store

from fakes import FakeClock

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
REGIONS = [Region(side, muscle) for side in Side for muscle in Muscle]
OUTCOMES = [Outcome.COMPLETED, Outcome.RELEASED, Outcome.CANCELLED, Outcome.INTERRUPTED]


def finished_hold(clock: FakeClock, seconds: float, outcome: Outcome) -> HoldResult:
    """A 20 s hold that ended with ``outcome`` after ``seconds`` (all 20 when completed)."""
    timer = HoldTimer(clock)
    timer.start(20)
    clock.advance(20 if outcome is Outcome.COMPLETED else seconds)
    if outcome is Outcome.COMPLETED:
        result = timer.poll()
        assert result is not None
        return result
    ends = {
        Outcome.RELEASED: timer.release,
        Outcome.CANCELLED: timer.cancel,
        Outcome.INTERRUPTED: timer.interrupt,
    }
    return ends[outcome]()


def fill(store: Store, clock: FakeClock, spots: int = 20, holds_per_spot: int = 5) -> list[Hold]:
    """Mark ``spots`` spots and hold each a few times; every stored hold, in order."""
    stored = []
    for number in range(spots):
        region = REGIONS[number % len(REGIONS)]
        spot = store.add_spot(region, (number % 10) / 10 + 0.05, 0.5, clock.now())
        for round_ in range(holds_per_spot):
            outcome = OUTCOMES[(number + round_) % len(OUTCOMES)]
            result = finished_hold(clock, 5 + (number * 7 + round_) % 15, outcome)
            stored.append(store.record_hold(spot.id, result))
            clock.advance(30)
    return stored


def raw_connect(path: Path) -> sqlite3.Connection:
    """A read-only connection that never changes the file (no -wal replay into it)."""
    connection = sqlite3.connect(file_uri(path, mode="ro"), uri=True)
    connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
    return connection


def all_rows(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Every spot and hold row, as stored (deleted ones included)."""
    connection = raw_connect(path)
    try:
        spots = connection.execute("SELECT * FROM spots ORDER BY id").fetchall()
        holds = connection.execute("SELECT * FROM holds ORDER BY id").fetchall()
    finally:
        connection.close()
    return spots, holds


def every_row(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the record (running holds too), as stored."""
    connection = raw_connect(path)
    try:
        tables = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()  # noqa: S608
            for table in tables
        }
    finally:
        connection.close()


def hold_dicts(path: Path) -> list[dict[str, object]]:
    """Every stored hold as a dict of its columns, oldest id first."""
    connection = raw_connect(path)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute("SELECT * FROM holds ORDER BY id")]
    finally:
        connection.close()


def integrity(path: Path) -> list[str]:
    """PRAGMA integrity_check's findings (["ok"] when sound)."""
    connection = raw_connect(path)
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the database file, as a clean close does."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(root: Path) -> dict[str, tuple[int, int, str]]:
    """Every file under ``root``: relative name -> (mode, size, sha256)."""
    found = {}
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = Path(folder) / name
            info = path.stat()
            found[str(path.relative_to(root))] = (info.st_mode & 0o777, info.st_size, digest(path))
    return found


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child knotimer: offscreen Qt, and these tests importable."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), *filter(None, [env.get("PYTHONPATH", "")])])
    env.pop("PYTEST_CURRENT_TEST", None)
    env.update(extra)
    return env


def run_python(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run ``sys.executable`` with ``args``; output captured as text."""
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env or child_env(),
        timeout=timeout,
        check=False,
    )


def drive(
    *args: str,
    plan: dict[str, object] | None = None,
    env: dict[str, str] | None = None,
    prefix: Sequence[str] = (),
    timeout: float = 60,
) -> tuple[list[dict[str, object]], subprocess.CompletedProcess[str]]:
    """Run the real knotimer under tests/fixtures/appdriver.py; its events and the process."""
    environment = dict(env or child_env())
    environment["KNOTIMER_DRIVER"] = json.dumps(plan or {})
    done = subprocess.run(
        [*prefix, sys.executable, str(FIXTURES / "appdriver.py"), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=timeout,
        check=False,
    )
    events = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return events, done


def knotimer_lines(stderr: str) -> list[str]:
    """Knotimer's own lines on stderr (Qt's platform chatter left out)."""
    return [line for line in stderr.splitlines() if line.startswith("knotimer")]


@contextlib.contextmanager
def made_read_only(path: Path) -> Iterator[list[str]]:
    """Make ``path`` (a file or folder) read-only for a child; yields the command prefix.

    Root ignores file modes, so as root ``path`` is bind-mounted read-only in a private
    mount namespace (the prefix); anyone else gets its write bits removed meanwhile.
    """
    if os.geteuid() == 0:
        remount = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
        yield ["unshare", "--mount", "sh", "-c", remount, str(path)]
        return
    mode = path.stat().st_mode
    path.chmod(mode & ~0o222)
    try:
        yield []
    finally:
        path.chmod(mode)


def can_make_read_only() -> bool:
    """Whether this machine lets a test make a path read-only for a child."""
    if os.geteuid() != 0:
        return True
    remount = "mount --bind /tmp /tmp && mount -o remount,bind,ro /tmp"
    probe = subprocess.run(
        ["unshare", "--mount", "sh", "-c", remount], capture_output=True, check=False
    )
    return probe.returncode == 0
