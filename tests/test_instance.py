"""Two instances: the second brings the first forward and writes nothing; a dead or silent first."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from knotimer.core.folderlock import read_holder
from knotimer.core.store import DB_FILENAME
from knotimer.ui.start.singleinstance import LOCK_NAME, Claim, SingleInstance, server_name

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
    assert read_holder((data_dir / LOCK_NAME).read_bytes()).pid == pid  # the file is still there
    events, second = drive("--data-dir", str(data_dir), plan={"window": "close"})
    assert second.returncode == 0, second.stderr
    assert {"window": "shown", "title": "knotimer"} in events
    assert not [e for e in events if "dialog" in e]
    assert not (data_dir / LOCK_NAME).exists()


# -- a holder that does not answer ---------------------------------------------------------

HOLD_AS_KNOTIMER = """
import sys, time
from pathlib import Path
from knotimer.core.folderlock import FolderLock, Taken
lock = FolderLock(Path(sys.argv[1]))
assert lock.acquire() is Taken.LOCKED
lock.write_holder()
print("locked", flush=True)
time.sleep(60)
"""

HOLD_AS_OLDER_KNOTIMER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""

HOLD_FROM_ANOTHER_COMPUTER = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # over NFS, a lock taken on that computer
os.write(fd, b"pid=4242\\nhost=laptop-in-the-other-room\\nstarted=2026-01-01T08:00:00+00:00\\n")
print("locked", flush=True)
time.sleep(60)
"""


@contextlib.contextmanager
def holding(script: str, lock: Path) -> Iterator[subprocess.Popen[str]]:
    """A child that takes the lock and never answers on the socket; killed afterwards."""
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(lock)],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.kill()
        holder.communicate()


@pytest.mark.parametrize("script", [HOLD_AS_KNOTIMER, HOLD_AS_OLDER_KNOTIMER], ids=["now", "older"])
def test_a_silent_holder_of_the_lock_gets_a_message_and_nothing_is_written(
    qtbot: QtBot, data_dir: Path, private_home: Path, tmp_path: Path, script: str
) -> None:
    data_dir.mkdir(mode=0o700)
    with holding(script, data_dir / LOCK_NAME) as holder:
        before = snapshot(data_dir), snapshot(private_home)
        instance = SingleInstance(data_dir)
        assert instance.claim(wait_s=0) is Claim.NO_ANSWER
        assert (instance.other_pid, instance.other_host) == (holder.pid, "")
        started = time.monotonic()
        events, second = drive("--data-dir", str(data_dir), plan={"shots": str(tmp_path)})
        took = time.monotonic() - started
        after = snapshot(data_dir), snapshot(private_home)
    assert second.returncode == 0, second.stderr
    [dialog] = [e for e in events if "dialog" in e]
    assert dialog["dialog"] == "knotimer is already running"
    text = str(dialog["text"])
    assert f"already running (process {holder.pid}) with the same record, but it is not" in text
    assert "not answering" in text
    assert not [e for e in events if "window" in e]
    assert after == before
    assert took < 30
    assert (tmp_path / "dialog-1.png").stat().st_size > 0


def test_a_holder_on_another_computer_is_named(
    qtbot: QtBot, data_dir: Path, private_home: Path
) -> None:
    data_dir.mkdir(mode=0o700)
    with holding(HOLD_FROM_ANOTHER_COMPUTER, data_dir / LOCK_NAME):
        before = snapshot(data_dir), snapshot(private_home)
        instance = SingleInstance(data_dir)
        assert instance.claim(wait_s=0) is Claim.NO_ANSWER
        assert (instance.other_pid, instance.other_host) == (4242, "laptop-in-the-other-room")
        events, second = drive("--data-dir", str(data_dir))
        after = snapshot(data_dir), snapshot(private_home)
    assert second.returncode == 0, second.stderr
    [dialog] = [e for e in events if "dialog" in e]
    assert dialog["dialog"] == "knotimer is open on another computer"
    assert (
        "knotimer seems to be open on the computer 'laptop-in-the-other-room' "
        "(this folder is shared)"
    ) in str(dialog["text"])
    assert not [e for e in events if "window" in e]
    assert after == before


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


def test_the_socket_name_is_the_same_as_earlier_versions_made_it(tmp_path: Path) -> None:
    """A knotimer started before an update is still found: the name's SHA-256 is unchanged."""
    key = f"{Path.home()}|{tmp_path.resolve()}".encode()
    assert server_name(tmp_path) == "knotimer-" + hashlib.sha256(key).hexdigest()[:20]
    assert server_name(tmp_path) != server_name(tmp_path / "other")
