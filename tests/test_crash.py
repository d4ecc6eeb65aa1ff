"""kill -9 at random moments: every hold whose commit returned is there afterwards, intact."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from knotimer.core.dbfile import side_files
from knotimer.core.recovery import Health, check_database
from knotimer.core.store import DB_FILENAME, SCHEMA_VERSION

from faults import FIXTURES, hold_dicts, integrity

SEED = int(os.environ.get("KNOTIMER_CRASH_SEED", "20261125"))


@dataclass
class Tally:
    """What the kills did, for the figures in the report."""

    kills: int = 0
    printed_holds: int = 0
    lost: list[int] = field(default_factory=list)
    # Killed after the commit reached the log but before COMMIT returned (inside fsync, mostly):
    # SQLite counts it as committed, though the child never said so. Kept, never half-written.
    committed_not_printed: int = 0
    killed_before_open: int = 0
    left_a_wal: int = 0


def read_until(
    process: subprocess.Popen[bytes], deadline: float, raw: bytearray, *, until_open: bool = False
) -> None:
    """Collect the child's output until ``deadline``, its end, or (if asked) its "open"."""
    assert process.stdout is not None
    fd = process.stdout.fileno()
    while (left := deadline - time.monotonic()) > 0:
        if not select.select([fd], [], [], left)[0]:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        raw += chunk
        if until_open and raw.startswith(b"open\n"):
            return


def one_kill(folder: Path, seed: int, rng: random.Random, tally: Tally) -> dict[int, float]:
    """Start the child, kill -9 it at a random moment, return the holds it said were saved."""
    process = subprocess.Popen(
        [sys.executable, str(FIXTURES / "crash_child.py"), str(folder), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    raw = bytearray()
    try:
        if rng.random() < 0.25:
            # Anywhere in its life: starting Python, creating or migrating the database...
            read_until(process, time.monotonic() + rng.uniform(0, 0.15), raw)
        else:
            # ...but mostly while it writes: a random moment after the database is open.
            read_until(process, time.monotonic() + 30, raw, until_open=True)
            read_until(process, time.monotonic() + rng.uniform(0, 0.06), raw)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert process.stdout is not None
        raw += process.stdout.read()  # what was still in the pipe
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
    assert process.returncode == -signal.SIGKILL, "the child ended by itself: it failed"
    tally.kills += 1
    # Each line is one small write(2), so whole; a line without its newline never counts.
    lines = raw.decode().split("\n")[:-1]
    tally.killed_before_open += "open" not in lines
    saved = {}
    for line in lines:
        parts = line.split()
        if parts and parts[0] == "hold" and len(parts) == 3:
            saved[int(parts[1])] = float(parts[2])
    return saved


def run_kills(folder: Path, count: int) -> Tally:
    rng = random.Random(SEED)
    tally = Tally()
    promised: dict[int, float] = {}
    database = folder / DB_FILENAME
    for round_ in range(count):
        saved = one_kill(folder, SEED + round_, rng, tally)
        promised.update(saved)
        tally.printed_holds += len(saved)
        if not database.exists():
            continue  # killed before the file was created
        tally.left_a_wal += side_files(database)[0].exists()
        # What the next start checks first: never a false alarm after a plain crash.
        report = check_database(database, SCHEMA_VERSION)
        assert report.health in (Health.SOUND,), (round_, report)
        assert integrity(database) == ["ok"], round_
        stored = {int(h["id"]): float(h["held_s"]) for h in hold_dicts(database)}  # type: ignore[arg-type]
        tally.lost += [hold_id for hold_id in promised if hold_id not in stored]
        assert not tally.lost, f"round {round_}: printed but missing: {tally.lost}"
        assert all(stored[hold_id] == held for hold_id, held in promised.items())
        tally.committed_not_printed += len(set(stored) - set(promised)) > 0
        promised = {hold_id: stored[hold_id] for hold_id in stored}  # every row is now a promise
    return tally


def test_a_few_kills(tmp_path: Path) -> None:
    tally = run_kills(tmp_path / "data", 12)
    assert tally.kills == 12
    assert tally.printed_holds > 0
    assert tally.lost == []


@pytest.mark.slow
def test_two_hundred_and_fifty_kills_lose_nothing(tmp_path: Path) -> None:
    started = time.monotonic()
    tally = run_kills(tmp_path / "data", 250)
    took = time.monotonic() - started
    print(
        f"\nkill -9: {tally.kills} kills in {took:.0f} s, {tally.printed_holds} holds printed "
        f"after commit, {len(tally.lost)} lost; {tally.committed_not_printed} kills fell after a "
        f"commit was written but before it returned; {tally.killed_before_open} before the "
        "database was open; "
        f"{tally.left_a_wal} left a -wal to recover"
    )
    assert tally.kills == 250
    assert tally.lost == []
    # The kills really landed among the writes, not only at start-up.
    assert tally.printed_holds > 2000
    assert tally.left_a_wal > 100
