"""The OS lock under the single-instance check: one holder at a time, links refused."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from knotimer.core.folderlock import (
    FolderLock,
    Holder,
    Taken,
    read_holder,
    stand_in_folder,
    this_host,
)

from faults import child_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="flock is POSIX; Windows uses QLockFile")


def test_one_holder_at_a_time_and_the_file_says_who(tmp_path: Path) -> None:
    path = tmp_path / "knotimer.lock"
    first, second = FolderLock(path), FolderLock(path)
    assert first.acquire() is Taken.LOCKED
    first.write_holder()
    assert second.acquire() is Taken.BUSY  # flock: even another descriptor in this process
    assert (second.holder.pid, second.holder.host) == (os.getpid(), this_host())
    assert path.stat().st_mode & 0o777 == 0o600
    first.release()
    assert not path.exists()
    assert second.acquire() is Taken.LOCKED
    second.release()


def test_the_kernel_drops_the_lock_of_a_killed_process(tmp_path: Path) -> None:
    path = tmp_path / "knotimer.lock"
    script = (
        "import sys, time; from pathlib import Path; "
        "from knotimer.core.folderlock import FolderLock; "
        "lock = FolderLock(Path(sys.argv[1])); print(lock.acquire(), flush=True); "
        "lock.write_holder(); time.sleep(60)"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        assert FolderLock(path).acquire() is Taken.BUSY
    finally:
        child.kill()  # SIGKILL: the child gives nothing back itself
        child.communicate()
    assert path.exists()
    mine = FolderLock(path)
    assert mine.acquire() is Taken.LOCKED
    mine.release()


def test_a_release_leaves_a_file_that_is_no_longer_its_own(tmp_path: Path) -> None:
    path = tmp_path / "knotimer.lock"
    lock = FolderLock(path)
    assert lock.acquire() is Taken.LOCKED
    lock.write_holder()
    replacement = tmp_path / "other"
    replacement.write_bytes(b"someone else's\n")
    replacement.replace(path)
    lock.release()
    assert path.read_bytes() == b"someone else's\n"


def _hard_link(path: Path, outside: Path) -> None:
    outside.write_bytes(b"keep\n")
    path.hardlink_to(outside)


@pytest.mark.parametrize("kind", ["folder", "fifo", "hard-link", "link-to-a-folder"])
def test_a_lock_path_that_is_not_a_plain_file_is_refused(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "knotimer.lock"
    outside = tmp_path / "outside"
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)  # opening it to read would block forever
    elif kind == "hard-link":
        _hard_link(path, outside)
    else:
        outside.mkdir()
        path.symlink_to(outside)
    lock = FolderLock(path)
    assert lock.acquire() is Taken.REFUSED
    assert not lock.held
    lock.release()
    assert path.exists()  # left as it was
    if kind == "hard-link":
        assert outside.read_bytes() == b"keep\n"


RACER = """
import os, sys
from pathlib import Path
from knotimer.core.folderlock import FolderLock, Taken
lock, inside = FolderLock(Path(sys.argv[1])), Path(sys.argv[2])
for _ in range(int(sys.argv[3])):
    while lock.acquire() is not Taken.LOCKED:
        pass
    lock.write_holder()
    os.close(os.open(inside, os.O_CREAT | os.O_EXCL | os.O_WRONLY))  # fails if two are in
    inside.unlink()
    lock.release()  # removes the lock file while others wait on the old one
print("done", flush=True)
"""


def test_removing_the_file_at_release_never_lets_two_in(tmp_path: Path) -> None:
    """Launches that opened the old file while it was removed must not lock it as well."""
    path, inside = tmp_path / "knotimer.lock", tmp_path / "inside"
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(path), str(inside), "150"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        for _ in range(6)
    ]
    try:
        results = [racer.communicate(timeout=120) for racer in racers]
    finally:
        for racer in racers:
            racer.kill()
            racer.wait()
    for (out, err), racer in zip(results, racers, strict=True):
        assert racer.returncode == 0, err
        assert out.strip() == "done"
    assert not path.exists()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"pid=123\nhost=desk\nstarted=2026-01-01T08:00:00+00:00\n",
            Holder(123, "desk", "2026-01-01T08:00:00+00:00"),
        ),
        (b"4321\npython3.11\ndesk\n", Holder(4321, "desk")),  # QLockFile's (older knotimer)
        (b"", Holder()),
        (b"\xff\xfe\x00\x01garbage", Holder()),
        (b"pid=-5\nhost=desk\n", Holder(0, "desk")),
        (b"pid=99999999999999\n", Holder()),
        (b"pid=\xd9\xa3\n", Holder()),  # an Arabic-Indic digit is no pid
        (b"pid=12abc\n", Holder()),
        (b"pid=7\nhost=evil\x1b[2J\x07name\n", Holder(7, "evil[2Jname")),
        (b"pid=7\nhost=" + b"x" * 5000 + b"\n", Holder(7, "x" * 100)),
    ],
)
def test_any_content_reads_as_something_harmless(content: bytes, expected: Holder) -> None:
    assert read_holder(content) == expected


def test_a_holder_on_this_computer_is_not_elsewhere() -> None:
    assert not Holder(1, this_host()).elsewhere
    assert not Holder(1, "").elsewhere
    assert Holder(1, "laptop-in-the-other-room").elsewhere


def test_the_stand_in_lock_lives_in_a_private_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime, temp = tmp_path / "run", tmp_path / "tmp"
    runtime.mkdir(mode=0o700)
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert stand_in_folder() == runtime
    assert not list(temp.iterdir())  # nothing made where it is not needed
    runtime.chmod(0o770)  # others may enter: not private
    assert stand_in_folder() == temp / f"knotimer-{os.getuid()}"
    assert (temp / f"knotimer-{os.getuid()}").stat().st_mode & 0o777 == 0o700


def test_a_planted_stand_in_folder_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp, elsewhere = tmp_path / "tmp", tmp_path / "elsewhere"
    temp.mkdir()
    elsewhere.mkdir(mode=0o700)
    (temp / f"knotimer-{os.getuid()}").symlink_to(elsewhere)  # made by someone beforehand
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert stand_in_folder() is None
