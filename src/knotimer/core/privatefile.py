"""Write files only the user can read, whole or not at all, and never through a link."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

# A new file only (O_EXCL), never a link's target (O_NOFOLLOW), readable back (O_RDWR) so
# a writer can check what it wrote, and not inherited by other programs (O_CLOEXEC).
_CREATE = os.O_RDWR | os.O_CREAT | os.O_EXCL
_CREATE |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


_OTHERS_WRITE = stat.S_IWGRP | stat.S_IWOTH


def random_token() -> str:
    """Eight hex digits for a temporary file's name (os.urandom, as secrets uses)."""
    return os.urandom(4).hex()


class UnsafeTargetError(OSError):
    """The output names something knotimer does not write over; the message says why."""


def _shared_link_on_the_way(path: Path) -> Path | None:
    """A folder on the way to ``path`` that is a link inside a folder others may write to."""
    for folder in path.absolute().parents:
        try:
            if folder.is_symlink() and folder.parent.stat().st_mode & _OTHERS_WRITE:
                return folder
        except OSError:
            return None  # unreadable or missing: creating the file will say what is wrong
    return None


def refusal(path: Path) -> str | None:
    """Why ``path`` may not be replaced by a new file; None when it is absent or a regular file.

    A symbolic link is refused whoever made it: in a shared folder another user may have
    planted it to make knotimer overwrite a file of yours. So is a path that passes through
    a link to a folder when the link lies in a folder others may write to.
    """
    shared = _shared_link_on_the_way(path)
    if shared is not None:
        return (
            f"{shared} is a symbolic link in a folder others can write to, and knotimer "
            "does not write through such links (name the real folder)"
        )
    try:
        mode = path.lstat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None  # nothing there; creating the file will say what is wrong, if anything
    if stat.S_ISLNK(mode):
        return "it is a symbolic link; knotimer does not write through links (name the file itself)"
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "something other than a file")
    return f"it is {kind}, not a regular file; give a file name to write to"


def check_target(path: Path) -> None:
    """Raise :class:`UnsafeTargetError` unless ``path`` is absent or a regular file (not a link)."""
    reason = refusal(path)
    if reason is not None:
        raise UnsafeTargetError(reason)


@dataclass
class PendingFile:
    """A private temporary file beside ``target``, open as ``fd``, to be renamed onto it."""

    fd: int
    path: Path
    target: Path


def _create_beside(target: Path, suffix: str) -> PendingFile:
    stem = target.name[:80]  # room for the random part within a file name's length limit
    for _ in range(100):
        path = target.parent / f".{stem}.{random_token()}{suffix}"
        try:
            return PendingFile(os.open(path, _CREATE, 0o600), path, target)
        except FileExistsError:
            continue
    raise FileExistsError(f"could not create a temporary file beside {target}")


def _same_file(pending: PendingFile) -> bool:
    """The temporary file's name still leads to the file knotimer created and wrote."""
    opened, named = os.fstat(pending.fd), pending.path.lstat()
    return (opened.st_dev, opened.st_ino) == (named.st_dev, named.st_ino)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the system allows opening a folder."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


@contextlib.contextmanager
def replacing(target: str | os.PathLike[str], *, suffix: str = ".part") -> Iterator[PendingFile]:
    """A new file (mode 0600) beside ``target``, renamed onto it when the block succeeds.

    ``target`` must be absent or a regular file (see :func:`refusal`); it is checked before
    anything is written and again just before the rename. The rename replaces the name
    itself and never follows a link. On any failure, a KeyboardInterrupt too, the
    temporary file is removed and ``target`` is left as it was.
    """
    path = Path(target).expanduser()
    check_target(path)
    pending: PendingFile | None = None
    renamed = False
    try:
        pending = _create_beside(path, suffix)
        yield pending
        os.fsync(pending.fd)
        if not _same_file(pending):
            raise UnsafeTargetError(f"the temporary file {pending.path} was replaced while writing")
        check_target(path)
        pending.path.replace(path)
        renamed = True
        _sync_folder(path.parent)
    finally:
        if pending is not None:
            os.close(pending.fd)
            if not renamed:
                pending.path.unlink(missing_ok=True)


@contextlib.contextmanager
def private_output(target: str | None) -> Iterator[TextIO]:
    """Stdout for None or "-"; else UTF-8 text written as by :func:`replacing` onto ``target``."""
    if target is None or target == "-":
        yield sys.stdout
        return
    with (
        replacing(target) as pending,
        open(pending.fd, "w", encoding="utf-8", newline="", closefd=False) as handle,
    ):
        yield handle
