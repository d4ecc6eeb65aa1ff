"""Whatever is at knotimer.lock: stale content never blocks, a link is refused, no locks is fine."""

from __future__ import annotations

import errno
import fcntl
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from knotimer.core.folderlock import read_holder, this_host
from knotimer.core.store import DB_FILENAME
from knotimer.ui.start.singleinstance import LOCK_NAME, Claim, SingleInstance

from faults import drive, snapshot

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the flock lock; Windows uses QLockFile")


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
