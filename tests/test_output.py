"""Output files (export --output, report --output): private, whole, never through a link."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from knotimer.core import privatefile
from knotimer.core.privatefile import UnsafeTargetError, private_output, refusal, replacing
from knotimer.core.store import Store

from fakes import FakeClock
from faults import fill


def listing(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# -- the shared helper --------------------------------------------------------------------------
@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder of the test's own (tmp_path also holds the test's home)."""
    made = tmp_path / "work"
    made.mkdir()
    return made


def test_a_new_file_is_private_and_nothing_else_is_left(folder: Path) -> None:
    target = folder / "out.csv"
    with private_output(str(target)) as out:
        out.write("a,b\r\n")
    assert target.read_bytes() == b"a,b\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert listing(folder) == ["out.csv"]


def test_an_old_file_is_replaced_by_a_new_one_not_written_into(folder: Path) -> None:
    target = folder / "out.csv"
    target.write_text("old")
    other_name = folder / "hard-link.csv"
    os.link(target, other_name)  # a second name for the old file, as another user may make
    with private_output(str(target)) as out:
        out.write("new")
    assert target.read_text() == "new"
    assert other_name.read_text() == "old"  # the old file itself was not written into


def _planted_link(folder: Path, points_to: Path) -> Path:
    link = folder / "shared" / "report.pdf"
    link.parent.mkdir()
    link.symlink_to(points_to)
    return link


@pytest.mark.parametrize("exists", [True, False], ids=["to-a-file", "dangling"])
def test_a_planted_link_is_refused_and_its_target_untouched(folder: Path, exists: bool) -> None:
    victim = folder / "my-precious-file"
    if exists:
        victim.write_text("keep me")
    link = _planted_link(folder, victim)
    with pytest.raises(UnsafeTargetError, match="symbolic link"), replacing(link):
        pytest.fail("nothing may be written")
    assert link.is_symlink()
    assert victim.read_text() == "keep me" if exists else not victim.exists()
    assert listing(link.parent) == ["report.pdf"]


def test_a_link_planted_while_writing_is_not_followed(folder: Path) -> None:
    victim = folder / "my-precious-file"
    victim.write_text("keep me")
    target = folder / "shared" / "report.pdf"
    target.parent.mkdir()
    with (  # noqa: PT012
        pytest.raises(UnsafeTargetError, match="symbolic link"),
        private_output(str(target)) as out,
    ):
        out.write("report")
        target.symlink_to(victim)  # someone is quick: between the first check and the rename
    assert victim.read_text() == "keep me"
    assert listing(target.parent) == ["report.pdf"]


def test_a_link_to_a_folder_is_refused_where_others_may_write(folder: Path) -> None:
    mine = folder / "mine"
    mine.mkdir(mode=0o700)
    shared = folder / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp: anyone may add a link here
    (shared / "reports").symlink_to(mine, target_is_directory=True)
    target = shared / "reports" / "out.csv"
    assert refusal(target) == (
        f"{shared / 'reports'} is a symbolic link in a folder others can write to, and "
        "knotimer does not write through such links (name the real folder)"
    )
    with pytest.raises(UnsafeTargetError), replacing(target):
        pytest.fail("nothing may be written")
    assert listing(mine) == []
    private = folder / "private"
    private.mkdir(mode=0o700)
    (private / "reports").symlink_to(mine, target_is_directory=True)
    with private_output(str(private / "reports" / "out.csv")) as out:  # a link of your own
        out.write("mine")
    assert (mine / "out.csv").read_text() == "mine"


def test_the_temporary_file_never_follows_a_link_at_its_name(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = folder / "my-precious-file"
    victim.write_text("keep me")
    names = iter(["guessed", "fresh"])
    monkeypatch.setattr(privatefile, "random_token", lambda: next(names))
    (folder / ".out.csv.guessed.part").symlink_to(victim)  # planted at the name it will try
    with private_output(str(folder / "out.csv")) as out:
        out.write("mine")
    assert victim.read_text() == "keep me"
    assert (folder / "out.csv").read_text() == "mine"
    assert (folder / ".out.csv.guessed.part").is_symlink()  # left alone, not ours


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary_one(
    folder: Path, failure: BaseException
) -> None:
    target = folder / "out.csv"
    target.write_text("old")
    with pytest.raises(type(failure)), private_output(str(target)) as out:  # noqa: PT012
        out.write("half a file")
        raise failure
    assert target.read_text() == "old"
    assert listing(folder) == ["out.csv"]


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays


@pytest.mark.parametrize(
    ("make", "kind"),
    [(Path.mkdir, "a folder"), (_fifo, "a named pipe"), (_socket, "a socket")],
    ids=["folder", "fifo", "socket"],
)
def test_what_is_not_a_regular_file_is_refused(
    folder: Path, make: Callable[[Path], None], kind: str
) -> None:
    target = folder / "out"
    make(target)
    assert refusal(target) == f"it is {kind}, not a regular file; give a file name to write to"
    with pytest.raises(UnsafeTargetError), replacing(target):
        pytest.fail("nothing may be written")
    assert listing(folder) == ["out"]


def test_a_device_is_refused() -> None:
    assert refusal(Path("/dev/null")) == (
        "it is a device, not a regular file; give a file name to write to"
    )


# -- export and report on the command line refuse the same things in the same words -----------
@pytest.fixture
def record(data_dir: Path) -> Iterator[Path]:
    store = Store.in_folder(data_dir)
    fill(store, FakeClock(), spots=2, holds_per_spot=1)
    store.close()
    return data_dir


def _run(command: str, target: Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["KNOTIMER_DATA_DIR"] = str(data_dir)
    date = ["--date", "2026-11-25"]
    return subprocess.run(
        [sys.executable, "-m", "knotimer", command, *date, "--output", str(target)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def _device(path: Path) -> Path:
    """A device node of the test's own where allowed (as root); else /dev/null.

    Never /dev/null as root: a command that wrongly replaced it would break the machine.
    A user who is not root cannot replace anything in /dev.
    """
    try:
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))  # the same device as /dev/null
    except PermissionError:
        assert os.geteuid() != 0
        return Path("/dev/null")
    return path


def _targets(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Things neither command may write over, each with the reason it gives."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "a-folder").mkdir()
    _fifo(folder / "a-fifo")
    _socket(folder / "a-socket")
    (folder / "a-link").symlink_to(victim)
    (folder / "a-dangling-link").symlink_to(tmp_path / "not-yet")
    device = _device(folder / "a-device")
    regular = ", not a regular file; give a file name to write to"
    link = "it is a symbolic link; knotimer does not write through links (name the file itself)"
    return {
        "folder": (folder / "a-folder", "it is a folder" + regular),
        "fifo": (folder / "a-fifo", "it is a named pipe" + regular),
        "socket": (folder / "a-socket", "it is a socket" + regular),
        "link": (folder / "a-link", link),
        "dangling link": (folder / "a-dangling-link", link),
        "device": (device, "it is a device" + regular),
    }


@pytest.mark.parametrize("case", ["folder", "fifo", "socket", "link", "dangling link", "device"])
@pytest.mark.parametrize("command", ["export", "report"])
def test_both_commands_refuse_what_is_not_a_plain_file_alike(
    record: Path, tmp_path: Path, command: str, case: str
) -> None:
    target, reason = _targets(tmp_path)[case]
    folder = target.parent
    before = (
        {p.name: p.lstat().st_mode for p in folder.iterdir()} if folder.name == "shared" else {}
    )
    done = _run(command, target, record)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"knotimer: cannot write {target}: {reason}"]
    assert done.stdout == ""
    if before:  # nothing replaced, nothing new (no temporary file) in the folder
        assert {p.name: p.lstat().st_mode for p in folder.iterdir()} == before
    assert (tmp_path / "victim.txt").read_text() == "keep me"
    assert not (tmp_path / "not-yet").exists()


@pytest.mark.parametrize("command", ["export", "report"])
def test_both_commands_replace_a_plain_file_whole_and_privately(
    record: Path, tmp_path: Path, command: str
) -> None:
    target = tmp_path / "out.file"
    target.write_text("an older one")
    target.chmod(0o644)
    done = _run(command, target, record)
    assert done.returncode == 0, done.stderr
    content = target.read_bytes()
    assert content.startswith(b"%PDF-" if command == "report" else b"hold_id,")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.file")] == []
