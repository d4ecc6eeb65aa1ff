"""Two instances: the second brings the first forward and writes nothing; no lock file blocks."""

from __future__ import annotations

import contextlib
import errno
import fcntl
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

from knotimer.core.folderlock import read_holder, this_host
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
    assert read_holder((data_dir / LOCK_NAME).read_bytes()).pid == pid  # the file is still there
    events, second = drive("--data-dir", str(data_dir), plan={"window": "close"})
    assert second.returncode == 0, second.stderr
    assert {"window": "shown", "title": "knotimer"} in events
    assert not [e for e in events if "dialog" in e]
    assert not (data_dir / LOCK_NAME).exists()


# -- whatever a lock file says, only a held OS lock keeps a start out ------------------------


@pytest.fixture
def live_python() -> Iterator[int]:
    """The pid of another live Python process (what a reused pid in an old lock looks like)."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        yield process.pid
    finally:
        process.kill()
        process.wait()


def stale_content(kind: str, pid: int) -> bytes:
    """A lock file left behind, that nobody holds."""
    if kind == "empty":
        return b""
    if kind == "garbled":
        return bytes(range(256)) * 8
    return {
        "a-live-python-pid": f"pid={pid}\nhost={this_host()}\nstarted=2026-01-01T08:00:00\n",
        "an-older-knotimers-qlockfile": f"{pid}\npython3.11\n{this_host()}\n",
        "another-computer": f"pid={pid}\nhost=laptop-in-the-other-room\n",
    }[kind].encode()


STALE = [
    "empty",
    "garbled",
    "a-live-python-pid",
    "an-older-knotimers-qlockfile",
    "another-computer",
]


@pytest.mark.parametrize("kind", STALE)
def test_a_lock_file_nobody_holds_never_blocks_a_start(
    qtbot: QtBot, data_dir: Path, live_python: int, kind: str
) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / LOCK_NAME).write_bytes(stale_content(kind, live_python))
    instance = SingleInstance(data_dir)
    started = time.monotonic()
    try:
        assert instance.claim() is Claim.FIRST
        took = time.monotonic() - started
        holder = read_holder((data_dir / LOCK_NAME).read_bytes())  # now says who holds it
    finally:
        instance.release()
    assert took < 1.0  # at once: not after asking the "other" one for seconds
    assert (holder.pid, holder.host) == (os.getpid(), this_host())
    assert not (data_dir / LOCK_NAME).exists()


@pytest.mark.parametrize("kind", STALE)
def test_the_real_knotimer_starts_over_a_stale_lock_file(
    data_dir: Path, live_python: int, kind: str
) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / LOCK_NAME).write_bytes(stale_content(kind, live_python))
    events, done = drive("--data-dir", str(data_dir), plan={"window": "close"})
    assert done.returncode == 0, done.stderr
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


# -- a lock path that is not a plain file --------------------------------------------------


@pytest.mark.parametrize("target_exists", [True, False], ids=["to-a-file", "dangling"])
def test_a_symlink_as_the_lock_file_is_refused_and_its_target_left_alone(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, target_exists: bool
) -> None:
    data_dir.mkdir(mode=0o700)
    target = tmp_path / "precious.txt"
    if target_exists:
        target.write_bytes(b"not a lock\n")
        target.chmod(0o644)
    link = data_dir / LOCK_NAME
    link.symlink_to(target)
    instance = SingleInstance(data_dir)
    try:
        assert instance.claim() is Claim.REFUSED
    finally:
        instance.release()
    assert f"lock file {link} is not a plain file (it is a link" in instance.problem
    assert "Please remove it" in instance.problem
    assert link.is_symlink()
    assert link.readlink() == target
    if target_exists:
        assert target.read_bytes() == b"not a lock\n"
        assert target.stat().st_mode & 0o777 == 0o644
    else:
        assert not target.exists()


def test_the_real_knotimer_stops_at_a_symlinked_lock_file(data_dir: Path, tmp_path: Path) -> None:
    data_dir.mkdir(mode=0o700)
    target = tmp_path / "precious.txt"
    target.write_bytes(b"not a lock\n")
    (data_dir / LOCK_NAME).symlink_to(target)
    before = snapshot(tmp_path)
    events, done = drive("--data-dir", str(data_dir))
    assert done.returncode == 1, done.stderr
    [dialog] = [e for e in events if "dialog" in e]
    assert dialog["dialog"] == "knotimer cannot start"
    assert f"{data_dir / LOCK_NAME} is not a plain file" in str(dialog["text"])
    assert "is not a plain file" in done.stderr
    assert not [e for e in events if "window" in e]
    assert snapshot(tmp_path) == before
    assert not (data_dir / DB_FILENAME).exists()


# -- a file system without locks -------------------------------------------------------------


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="finds a descriptor's path in /proc")
def test_without_file_locks_a_stand_in_lock_keeps_a_second_launch_out(
    qtbot: QtBot,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data_dir.mkdir(mode=0o700)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    real_flock = fcntl.flock

    def like_a_network_folder(descriptor: int, operation: int) -> None:
        if Path(f"/proc/self/fd/{descriptor}").readlink().is_relative_to(data_dir):
            raise OSError(errno.ENOLCK, os.strerror(errno.ENOLCK))
        real_flock(descriptor, operation)

    monkeypatch.setattr(fcntl, "flock", like_a_network_folder)
    first, second = SingleInstance(data_dir), SingleInstance(data_dir)
    try:
        assert first.claim() is Claim.FIRST
        [stand_in] = runtime.iterdir()
        assert read_holder(stand_in.read_bytes()).pid == os.getpid()
        # The first cannot answer (it runs in this thread): asked twice, it stays silent.
        assert second.claim(wait_s=1.6) is Claim.NO_ANSWER
        assert second.other_pid == os.getpid()
    finally:
        second.release()
        first.release()
    notices = [line for line in capsys.readouterr().err.splitlines() if "file locks" in line]
    assert len(notices) == 2  # once for each launch, however often it asked
    assert notices[0] == (
        f"knotimer: the folder {data_dir} does not support file locks "
        f"({os.strerror(errno.ENOLCK)}); knotimer makes sure it is open only once on this "
        "computer, but cannot tell if it is open on another one"
    )
    assert first.notice in notices[0]
    assert not list(runtime.iterdir())
    assert not (data_dir / LOCK_NAME).exists()  # no file that nobody can lock is left


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
