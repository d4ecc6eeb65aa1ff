"""Two instances: the second brings the first forward and writes nothing; a stale lock is taken."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from knotimer.core.store import DB_FILENAME
from knotimer.ui.singleinstance import LOCK_NAME, Claim, SingleInstance

from faults import FIXTURES, child_env, drive, snapshot


def launch(data_dir: Path, plan: dict[str, object]) -> subprocess.Popen[str]:
    """The real knotimer under the driver, in the background."""
    env = child_env(KNOTIMER_DRIVER=json.dumps(plan))
    return subprocess.Popen(
        [sys.executable, str(FIXTURES / "appdriver.py"), "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for(process: subprocess.Popen[str], key: str) -> dict[str, object]:
    """Read the child's events until one has ``key``."""
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("{") and key in (event := json.loads(line)):
            return event
    raise AssertionError(f"no {key!r} event; stderr: {process.communicate()[1]}")


def test_a_second_launch_brings_the_first_forward_and_writes_nothing(
    qtbot: QtBot, data_dir: Path, private_home: Path
) -> None:
    data_dir.mkdir(mode=0o700)
    first = SingleInstance(data_dir)
    assert first.claim() is Claim.FIRST
    try:
        before = snapshot(data_dir), snapshot(private_home)
        second = subprocess.Popen(
            [sys.executable, "-m", "knotimer", "--data-dir", str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        with qtbot.waitSignal(first.activated, timeout=20000):
            pass  # the event loop runs, and the first instance answers
        _out, err = second.communicate(timeout=30)
        after = snapshot(data_dir), snapshot(private_home)
    finally:
        first.release()
    assert second.returncode == 0
    assert "already running; its window was brought forward" in err
    assert after == before
    assert not (data_dir / DB_FILENAME).exists()


def test_the_real_window_comes_forward(data_dir: Path) -> None:
    first = launch(data_dir, {"window": "wait"})
    try:
        wait_for(first, "window")
        # The first makes its daily backup a few seconds after start: let it finish first.
        deadline = time.monotonic() + 20
        while not list(data_dir.glob("backups/knotimer-*.sqlite3")):
            assert time.monotonic() < deadline, "the first knotimer made no backup"
            time.sleep(0.1)
        before = snapshot(data_dir)
        _events, second = drive("--data-dir", str(data_dir))
        assert second.returncode == 0, second.stderr
        event = wait_for(first, "brought_forward")
        assert event == {"brought_forward": 1, "visible": True}
        assert snapshot(data_dir) == before
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=30)
    assert first.returncode == 0
    assert not (data_dir / LOCK_NAME).exists()


def test_the_lock_of_a_killed_knotimer_is_reclaimed(data_dir: Path) -> None:
    first = launch(data_dir, {"window": "wait"})
    wait_for(first, "window")
    pid = first.pid
    first.kill()  # SIGKILL: no chance to give the lock back
    first.communicate(timeout=30)
    lock = (data_dir / LOCK_NAME).read_text().split()
    assert lock[0] == str(pid)  # the stale lock is still there
    events, second = drive("--data-dir", str(data_dir), plan={"window": "close"})
    assert second.returncode == 0, second.stderr
    assert {"window": "shown", "title": "knotimer"} in events
    assert not [e for e in events if "dialog" in e]
    assert not (data_dir / LOCK_NAME).exists()


HOLD_LOCK_SILENTLY = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""


def test_a_silent_holder_of_the_lock_gets_a_message_and_nothing_is_written(
    data_dir: Path, private_home: Path, tmp_path: Path
) -> None:
    data_dir.mkdir(mode=0o700)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK_SILENTLY, str(data_dir / LOCK_NAME)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        before = snapshot(data_dir), snapshot(private_home)
        started = time.monotonic()
        events, second = drive("--data-dir", str(data_dir), plan={"shots": str(tmp_path)})
        took = time.monotonic() - started
    finally:
        holder.kill()
        holder.communicate()
    assert second.returncode == 0, second.stderr
    [dialog] = [e for e in events if "dialog" in e]
    assert f"already running (process {holder.pid})" in str(dialog["text"])
    assert not [e for e in events if "window" in e]
    assert (snapshot(data_dir), snapshot(private_home)) == before
    assert took < 30
    assert (tmp_path / "dialog-1.png").stat().st_size > 0


@pytest.mark.skipif(os.name != "posix", reason="permissions as POSIX modes")
def test_the_lock_file_is_private(qtbot: QtBot, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    instance = SingleInstance(data_dir)
    old = os.umask(0)
    try:
        assert instance.claim() is Claim.FIRST
        assert (data_dir / LOCK_NAME).stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)
        instance.release()
