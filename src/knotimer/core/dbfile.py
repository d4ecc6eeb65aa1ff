"""The database file and its folder on disk: side files, plain errors, read-only looks."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import struct
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_CANTOPEN = 14
SQLITE_FULL = 13
SQLITE_NOTADB = 26
SIDE_SUFFIXES = ("-wal", "-shm")
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100

DB_FILENAME = "knotimer.sqlite3"

# What knotimer itself keeps in a data folder; a folder holding anything else (say /tmp or
# the home folder, given with --data-dir) is not knotimer's to lock down.
_OWN_NAMES = ("knotimer", "backups", ".knotimer")


def create_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by the user only.

    An existing folder is tightened to 0700 only when it holds nothing but knotimer's own
    files: a shared folder given with --data-dir keeps its permissions.
    """
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    mode = path.stat().st_mode
    if not mode & 0o077 or path.is_symlink():
        return
    if existed and (mode & 0o1000 or not _only_knotimer_files(path)):
        return
    path.chmod(0o700)


def _only_knotimer_files(path: Path) -> bool:
    try:
        return all(entry.name.startswith(_OWN_NAMES) for entry in path.iterdir())
    except OSError:
        return False


class StoreError(Exception):
    """The database could not be opened, read or written; the message says why, plainly."""


class DatabaseDamagedError(StoreError):
    """The file is not a readable knotimer database (damaged, truncated, or not SQLite)."""


class DatabaseTooNewError(StoreError):
    """The database was written by a newer knotimer; it is left untouched."""


class DatabaseReadOnlyError(StoreError):
    """The database or its folder cannot be written."""


class DiskFullError(StoreError):
    """The disk (or the user's file-size limit) has no room for the write."""


def primary_code(error: sqlite3.Error) -> int | None:
    """SQLite's primary result code for ``error``, if the driver gave one."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def classify(error: sqlite3.Error, message: str) -> StoreError:
    """Wrap a driver error in the StoreError subclass that says what kind of trouble it is."""
    code = primary_code(error)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseDamagedError(f"{message}: the file is damaged ({error})")
    if code == SQLITE_READONLY:
        return DatabaseReadOnlyError(f"{message}: it is read-only ({error})")
    if code == SQLITE_FULL:
        return DiskFullError(f"{message}: the disk is full ({error})")
    if code == SQLITE_IOERR and "disk I/O" in str(error):
        return StoreError(f"{message}: the disk refused the write, it may be full ({error})")
    return StoreError(f"{message}: {error}")


def side_files(path: Path) -> list[Path]:
    """The write-ahead log and shared-memory files that belong to the database at ``path``."""
    return [path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES]


def file_uri(path: Path, **query: str) -> str:
    """A ``file:`` URI for SQLite; odd characters in the path (?, #, %, spaces) are escaped."""
    quoted = urllib.parse.quote(str(path.absolute()), safe="/")
    return f"file:{quoted}?" + urllib.parse.urlencode(query)


def _replace_undecodable(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


@contextlib.contextmanager
def read_only(path: Path, *, immutable: bool = False) -> Iterator[sqlite3.Connection]:
    """A read-only connection that never changes the file, whatever state it is in.

    ``immutable`` also skips locking and the write-ahead log: only for files no one
    writes, such as finished backups.
    """
    query = {"mode": "ro"}
    if immutable:
        query["immutable"] = "1"
    connection = sqlite3.connect(file_uri(path, **query), uri=True, isolation_level=None)
    # A damaged file can hand back text that is not UTF-8; never let that raise.
    connection.text_factory = _replace_undecodable
    try:
        yield connection
    finally:
        connection.close()


def check_pages(connection: sqlite3.Connection, *, thorough: bool) -> list[str]:
    """PRAGMA quick_check (or integrity_check): an empty list when the file is sound."""
    pragma = "integrity_check" if thorough else "quick_check"
    rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def fsync_folder(folder: Path) -> None:
    """Make a rename or new file in ``folder`` durable (where the system allows it)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def move_without_overwriting(source: Path, target: Path) -> None:
    """Move ``source`` to ``target``; FileExistsError rather than replace anything there."""
    try:
        os.link(source, target)  # fails if target exists: nothing is ever replaced
    except FileExistsError:
        raise
    except OSError:
        # Some file systems have no hard links: check, then rename.
        if target.exists():
            raise FileExistsError(target) from None
        source.rename(target)
        return
    source.unlink()


def create_private_file(path: Path) -> None:
    """Create an empty file only the user can read (FileExistsError if there is one)."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def make_private(path: Path) -> None:
    """Narrow an existing file to mode 0600 if anyone else may read it.

    Never through a symbolic link: the file it points to is not knotimer's to change.
    """
    if path.is_symlink():
        return
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)


def not_a_database_file(path: Path) -> str:
    """Why ``path`` cannot be knotimer's database file ('' if it can, or does not exist).

    A folder, a FIFO (which would hang the first read), a device or a socket is refused,
    and so is a file that belongs to another user. A symbolic link is followed.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return "" if not path.is_symlink() else "it is a link to a file that does not exist"
    except OSError as error:
        return str(error.strerror or error)
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISSOCK, "a socket"),
    )
    for test, kind in kinds:
        if test(info.st_mode):
            return f"it is {kind}, not a database file"
    if not stat.S_ISREG(info.st_mode):
        return "it is not a regular file"
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        return "it belongs to another user; knotimer only uses a database of your own"
    return ""


def header_fields(path: Path) -> tuple[int, int, int] | None:
    """(page size, pages the header claims or 0, user_version), or None if no SQLite header."""
    with path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        return None
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    user_version = struct.unpack(">i", header[60:64])[0]
    return page_size, (pages if pages and change_counter == valid_for else 0), user_version
