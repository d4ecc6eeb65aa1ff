"""At start: is the database sound? If not, move it aside untouched and restore a checked backup."""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from knotimer.core.backup import Backup, list_backups, write_backup
from knotimer.core.dbfile import (
    SQLITE_CORRUPT,
    SQLITE_NOTADB,
    check_pages,
    fsync_folder,
    header_fields,
    move_without_overwriting,
    not_a_database_file,
    primary_code,
    read_only,
    side_files,
)
from knotimer.core.integrity import content_problems


class Health(StrEnum):
    """What the start-up check found."""

    SOUND = "sound"  # use it
    MISSING = "missing"  # no database yet (a first start, or it was moved away)
    DAMAGED = "damaged"  # move it aside and offer a backup
    TOO_NEW = "too-new"  # written by a newer knotimer: leave it alone
    READ_ONLY = "read-only"  # the file or its folder cannot be written
    UNREADABLE = "unreadable"  # some other trouble (locked, I/O error): leave it alone


@dataclass(frozen=True, slots=True)
class HealthReport:
    """The finding, a plain reason, and the schema version seen in the file's header."""

    health: Health
    reason: str = ""
    schema_version: int = 0
    orphans: list[Path] = field(default_factory=list)  # side files with no database beside them


def _wal_in_use(path: Path) -> bool:
    wal = side_files(path)[0]
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def check_database(path: Path, newest_version: int, *, contents: bool = True) -> HealthReport:
    """Look at the database without changing it.

    PRAGMA quick_check as a rule; the slower integrity_check when a write-ahead log is
    left over from a session that did not end cleanly (or belongs to another database).
    With ``contents``, every row is also checked against what knotimer writes
    (core/integrity.py); EarlyCheck does that part separately, after the pages.
    """
    folder = path.parent
    if not folder.is_dir():
        return HealthReport(Health.MISSING)
    if not os.access(folder, os.W_OK | os.X_OK):
        return HealthReport(Health.READ_ONLY, f"the folder {folder} is read-only")
    if not path.exists() and not path.is_symlink():
        orphans = [side for side in side_files(path) if side.exists()]
        return HealthReport(Health.MISSING, orphans=orphans)
    problem = not_a_database_file(path)
    if problem:
        return HealthReport(Health.UNREADABLE, f"{path}: {problem}")
    if not os.access(path, os.R_OK | os.W_OK):
        return HealthReport(Health.READ_ONLY, f"the file {path} is read-only")
    size = path.stat().st_size
    if size == 0:
        if list_backups(folder):
            return HealthReport(Health.DAMAGED, "the file is empty")
        return HealthReport(Health.SOUND)  # created, but the first start ended before any write
    header = header_fields(path)
    if header is None:
        return HealthReport(Health.DAMAGED, "the file is not a knotimer database")
    page_size, pages, user_version = header
    if user_version > newest_version:
        return HealthReport(Health.TOO_NEW, schema_version=user_version)
    wal_in_use = _wal_in_use(path)
    # With no -wal at all the file is complete as it stands: read it as immutable, which
    # creates no -wal or -shm beside it. Otherwise SQLite must read the log too.
    wal_exists = side_files(path)[0].exists()
    if not wal_in_use and pages and size < pages * page_size:
        return HealthReport(
            Health.DAMAGED,
            f"the file is cut short ({size} of {pages * page_size} bytes)",
            user_version,
        )
    try:
        with read_only(path, immutable=not wal_exists) as connection:
            # Each page is read once: a small cache checks as quickly, in less memory at start.
            connection.execute("PRAGMA cache_size = -256")
            user_version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if user_version > newest_version:
                return HealthReport(Health.TOO_NEW, schema_version=user_version)
            problems = check_pages(connection, thorough=wal_in_use)
            if not problems and contents:
                problems = content_problems(connection, user_version)
    except sqlite3.Error as error:
        if primary_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return HealthReport(Health.DAMAGED, str(error), user_version)
        return HealthReport(Health.UNREADABLE, str(error), user_version)
    if problems:
        return HealthReport(Health.DAMAGED, "; ".join(problems[:3]), user_version)
    return HealthReport(Health.SOUND, schema_version=user_version)


def _stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H-%M-%S")


def _free_name(folder: Path, stem: str) -> str:
    """``stem`` or ``stem-2``, ``stem-3``…: a name no file (nor its side files) has yet."""
    number = 1
    while True:
        name = stem if number == 1 else f"{stem}-{number}"
        candidate = folder / f"{name}.sqlite3"
        if not candidate.exists() and not any(s.exists() for s in side_files(candidate)):
            return name
        number += 1


def move_aside(path: Path, when: datetime, kind: str = "damaged") -> list[Path]:
    """Move the database and its -wal/-shm together to a dated name; the new paths.

    The database goes first, so an interruption leaves side files without a database,
    which the next start moves aside too (never a database paired with a stranger's log).
    Nothing is overwritten: an existing name gets a number.
    """
    folder = path.parent
    name = _free_name(folder, f"knotimer-{kind}-{_stamp(when)}")
    moved = []
    for source, suffix in zip([path, *side_files(path)], ["", "-wal", "-shm"], strict=True):
        if source.exists():
            target = folder / f"{name}.sqlite3{suffix}"
            move_without_overwriting(source, target)
            moved.append(target)
    fsync_folder(folder)
    return moved


def move_orphans_aside(path: Path, when: datetime) -> list[Path]:
    """Side files left without their database: move them aside so no new database meets them."""
    return move_aside(path, when, kind="orphaned")


def restore_backup(backup: Backup, path: Path) -> None:
    """Copy a backup to ``path`` with the backup API; ``path`` and its side files must not exist."""
    for existing in [path, *side_files(path)]:
        if existing.exists():
            raise FileExistsError(existing)
    with read_only(backup.path, immutable=True) as source:
        write_backup(source, path)


def check_contents(path: Path) -> list[str]:
    """Rows that knotimer could not have written, in a sound file (see core/integrity.py)."""
    try:
        with read_only(path) as connection:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            return content_problems(connection, version)
    except sqlite3.Error as error:
        if primary_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return [str(error)]
        return []  # unreadable now (locked, say): the pages were sound; nothing to report


CHECK_NICENESS = 10  # how far the check steps back for the window's first frame


def _behind_the_window() -> int | None:
    """Let the calling thread give way to the main one on a busy machine (Linux only).

    On Linux each thread has its own nice value, set through its thread id; elsewhere the
    same call would change the whole process, so nothing is done. The new value, or None.
    """
    if not sys.platform.startswith("linux"):
        return None
    thread = threading.get_native_id()
    try:
        os.setpriority(
            os.PRIO_PROCESS, thread, os.getpriority(os.PRIO_PROCESS, thread) + CHECK_NICENESS
        )
        return os.getpriority(os.PRIO_PROCESS, thread)
    except OSError:
        return None


class EarlyCheck:
    """check_database in a thread, begun while the app loads (SQLite lets go of the GIL).

    The pages come first (``report``, which start-up waits for); then, if they are sound,
    every row's values (``contents``, which the window collects once it is on screen, so
    a long record does not slow the start). The rows are looked at only after
    :meth:`go_on` (the window's first frame is up: Python's own work in this thread
    would slow the start) or when ``contents`` is waited for.
    """

    def __init__(self, database: Path, newest_version: int) -> None:
        self.database = database
        self.newest_version = newest_version
        self._report: HealthReport | None = None
        self._contents: list[str] | None = None
        self._error: BaseException | None = None
        self._pages_done = threading.Event()
        self._rows_allowed = threading.Event()
        self.niceness: int | None = None  # this thread's, where the system lets it be set
        self._thread = threading.Thread(target=self._run, name="knotimer-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        self.niceness = _behind_the_window()
        try:
            self._report = check_database(self.database, self.newest_version, contents=False)
        except BaseException as error:
            self._error = error
        finally:
            self._pages_done.set()
        if self._report is not None and self._report.health is Health.SOUND:
            self._rows_allowed.wait()
            self._contents = check_contents(self.database)
        else:
            self._contents = []

    def report(self) -> HealthReport:
        """What the check of the pages found (waits for it)."""
        self._pages_done.wait()
        if self._error is not None:
            raise self._error
        assert self._report is not None
        return self._report

    def go_on(self) -> None:
        """Look at every row now (the start no longer waits on this process's time)."""
        self._rows_allowed.set()

    def contents(self, wait: bool = False) -> list[str] | None:
        """Rows that make no sense ([] when all do); None while still looking."""
        if wait:
            self.go_on()
            self._thread.join()
        return None if self._thread.is_alive() else list(self._contents or [])
