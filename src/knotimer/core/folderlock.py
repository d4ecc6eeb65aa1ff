"""An OS lock (flock) on a lock file: held for a session, dropped by the kernel when it ends."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

if sys.platform != "win32":
    import fcntl

INFO_LIMIT = 4096  # the lock file's informative content is a few short lines
HOST_LIMIT = 100
BUSY_ERRORS = {errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES}
RETRIES = 20  # a lock file replaced under us (its holder just left): open it again


class Taken(StrEnum):
    """What trying the lock found."""

    LOCKED = "locked"  # this process holds it now
    BUSY = "busy"  # another process holds it (see ``FolderLock.holder``)
    UNSUPPORTED = "unsupported"  # the file system has no such locks (see ``problem``)
    CANNOT_OPEN = "cannot-open"  # the file cannot be opened or made (a read-only folder)
    REFUSED = "refused"  # the path is a link, a folder or a device: left alone


@dataclass(frozen=True)
class Holder:
    """What a lock file says about the knotimer that wrote it (informative, never trusted)."""

    pid: int = 0
    host: str = ""
    started: str = ""

    @property
    def elsewhere(self) -> bool:
        """It names another computer (the folder is shared, or synced)."""
        return bool(self.host) and self.host != this_host()


def this_host() -> str:
    """This computer's name, as lock files carry it."""
    if hasattr(os, "uname"):  # the same name, without loading the socket module at start-up
        return _clean(os.uname().nodename)
    import socket  # only where there is no uname

    return _clean(socket.gethostname())


def _clean(text: str) -> str:
    return "".join(ch for ch in text if ch.isprintable()).strip()[:HOST_LIMIT]


def describe(pid: int, host: str, started: datetime) -> bytes:
    """The lock file's content: who holds it, for a later launch's message."""
    when = started.astimezone(UTC).isoformat(timespec="seconds")
    return f"pid={pid}\nhost={host}\nstarted={when}\n".encode(errors="replace")


def read_holder(content: bytes) -> Holder:
    """Whatever can be made of a lock file's bytes: empty, garbled or foreign content is fine.

    Besides its own ``key=value`` lines it reads QLockFile's "pid, app, host" lines, which an
    older knotimer wrote (QLockFile takes an flock too, so such a holder is seen as busy).
    """
    lines = content[:INFO_LIMIT].decode("utf-8", errors="replace").splitlines()
    fields: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.partition("=")
        if sep:
            fields.setdefault(key.strip(), value.strip())
    if not fields and len(lines) >= 3:
        fields = {"pid": lines[0].strip(), "host": lines[2]}
    pid_text = fields.get("pid", "")
    pid = int(pid_text) if pid_text.isascii() and pid_text.isdigit() else 0
    return Holder(
        pid if 0 < pid < 2**31 else 0,
        _clean(fields.get("host", "")),
        _clean(fields.get("started", "")),
    )


class NotAPlainFileError(OSError):
    """The lock path is a symbolic link, a hard link, a folder, a pipe or a device."""


def _open_plain(path: Path) -> tuple[int, bool]:
    """Open (or make, 0600) ``path`` without following a link; refuse anything but a file.

    A file this user may not write is opened to read (a lock needs no more); the second
    value says whether this call made the file.
    """
    flags = os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC
    made = False
    try:
        try:
            descriptor = os.open(path, flags | os.O_RDWR)
        except FileNotFoundError:
            descriptor = os.open(path, flags | os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            made = True
        except OSError as error:
            if error.errno not in {errno.EACCES, errno.EPERM, errno.EROFS}:
                raise
            descriptor = os.open(path, flags | os.O_RDONLY)
    except OSError as error:
        if error.errno in {errno.ELOOP, errno.EMLINK, errno.EISDIR, errno.ENXIO} or (
            path.is_symlink()
        ):
            raise NotAPlainFileError(error.errno, error.strerror, str(path)) from error
        raise
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:
        os.close(descriptor)
        raise NotAPlainFileError(errno.EINVAL, "not a plain file", str(path))
    return descriptor, made


def _still_named(descriptor: int, path: Path) -> bool:
    """Whether ``path`` is still the file open as ``descriptor`` (not removed or replaced)."""
    try:
        on_disk = path.lstat()
    except OSError:
        return False
    mine = os.fstat(descriptor)
    return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)


class FolderLock:
    """An exclusive flock on one lock file; the kernel drops it when the process ends.

    The file is opened with O_NOFOLLOW and must be a plain file: a link planted there is
    never followed, and nothing is written through it. Its content never decides anything;
    the holder writes who it is into it after taking the lock, for a later launch's message.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.holder = Holder()  # after BUSY: what the lock file says
        self.problem = ""  # after UNSUPPORTED, CANNOT_OPEN or REFUSED: why, in a few words
        self._descriptor: int | None = None
        self._wrote = False

    @property
    def held(self) -> bool:
        """This process holds the lock."""
        return self._descriptor is not None

    def acquire(self) -> Taken:
        """Try once, without waiting."""
        if self._descriptor is not None:
            return Taken.LOCKED
        for _ in range(RETRIES):
            try:
                descriptor, made = _open_plain(self.path)
            except FileExistsError:
                continue  # another launch made it just now: open that one
            except NotAPlainFileError:
                self.problem = "not a plain file"
                return Taken.REFUSED
            except OSError as error:
                self.problem = error.strerror or str(error)
                return Taken.CANNOT_OPEN
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as error:
                taken = Taken.BUSY if error.errno in BUSY_ERRORS else Taken.UNSUPPORTED
                if taken is Taken.BUSY:
                    with contextlib.suppress(OSError):
                        self.holder = read_holder(os.pread(descriptor, INFO_LIMIT, 0))
                else:  # ENOLCK, EOPNOTSUPP and the like: some network file systems
                    self.problem = error.strerror or str(error)
                    if made:  # a file nobody can lock would only mislead: leave none behind
                        with contextlib.suppress(OSError):
                            self.path.unlink()
                os.close(descriptor)
                return taken
            if _still_named(descriptor, self.path):
                self._descriptor = descriptor
                return Taken.LOCKED
            os.close(descriptor)  # locked a file its holder had just removed: try the new one
        return Taken.BUSY

    def write_holder(self, started: datetime | None = None) -> None:
        """Say in the file who holds it (pid, computer, start); it stays private (0600)."""
        if self._descriptor is None:
            return
        content = describe(os.getpid(), this_host(), started or datetime.now(UTC))
        with contextlib.suppress(OSError):
            os.fchmod(self._descriptor, 0o600)
            os.ftruncate(self._descriptor, 0)
            os.pwrite(self._descriptor, content, 0)
        self._wrote = True

    def release(self) -> None:
        """Remove the file (if it is still the one this process holds) and drop the lock."""
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        with contextlib.suppress(OSError):
            if self._wrote and _still_named(descriptor, self.path):
                self.path.unlink()  # before the lock goes: a waiting launch then retries
        os.close(descriptor)
        self._wrote = False


def stand_in_folder() -> Path | None:
    """A folder only this user can use, on a local file system: for a stand-in lock.

    $XDG_RUNTIME_DIR, else a private folder in the temporary folder; None if neither is safe.
    """
    runtime = Path(os.environ.get("XDG_RUNTIME_DIR", ""))
    if runtime.is_absolute() and _private_folder(runtime):
        return runtime
    import tempfile  # rarely needed (no XDG_RUNTIME_DIR), and slow to load at start-up

    private = Path(tempfile.gettempdir()) / f"knotimer-{os.getuid()}"
    with contextlib.suppress(OSError):
        private.mkdir(mode=0o700, exist_ok=True)
    return private if _private_folder(private) else None


def _private_folder(folder: Path) -> bool:
    """A real folder (not a link), this user's, that nobody else may enter."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077
