"""Rotating daily backups, written with SQLite's backup API and checked when made."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from knotimer.core.dbfile import (
    DatabaseDamagedError,
    StoreError,
    check_pages,
    classify,
    create_private_file,
    fsync_folder,
    move_without_overwriting,
    read_only,
)
from knotimer.core.integrity import content_problems

BACKUP_FOLDER = "backups"
KEEP_DAILY = 7  # a week of daily backups
KEEP_LABELLED = 3  # backups taken before a schema upgrade
_NAME = re.compile(r"^knotimer-(\d{4}-\d{2}-\d{2})(?:-([a-z0-9-]+))?\.sqlite3$")
_PARTIAL = re.compile(r"^\.knotimer-.*\.sqlite3\.partial$")


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file: the local day it was made and, for special ones, why."""

    path: Path
    day: date
    label: str = ""  # "" for a daily backup, e.g. "before-v2" before an upgrade


@dataclass(frozen=True, slots=True)
class CheckedBackup:
    """A backup that passed its own integrity check, with what it holds."""

    backup: Backup
    schema_version: int
    holds: int


def backup_folder(data_dir: Path) -> Path:
    """Where a data folder's backups live."""
    return data_dir / BACKUP_FOLDER


def backup_name(day: date, label: str = "") -> str:
    """The file name of a backup made on ``day``."""
    suffix = f"-{label}" if label else ""
    return f"knotimer-{day.isoformat()}{suffix}.sqlite3"


def list_backups(data_dir: Path) -> list[Backup]:
    """Every backup in the data folder, newest day first (a daily one before a labelled one)."""
    folder = backup_folder(data_dir)
    try:
        names = [entry.name for entry in folder.iterdir()]
    except OSError:
        return []
    found = []
    for name in names:
        match = _NAME.match(name)
        if match is None:
            continue
        try:
            day = date.fromisoformat(match.group(1))
        except ValueError:
            continue
        found.append(Backup(folder / name, day, match.group(2) or ""))
    return sorted(found, key=lambda b: (b.day, b.label == "", b.label), reverse=True)


def check_backup(backup: Backup) -> CheckedBackup | None:
    """The backup with its schema version and hold count if it passes integrity_check."""
    try:
        with read_only(backup.path, immutable=True) as connection:
            if check_pages(connection, thorough=True):
                return None
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if content_problems(connection, version):
                return None  # a copy of a damaged row is no backup to restore
            holds = int(
                connection.execute("SELECT count(*) FROM holds WHERE deleted = 0").fetchone()[0]
            )
    except sqlite3.Error:
        return None
    return CheckedBackup(backup, version, holds)


def newest_good_backup(data_dir: Path, newest_version: int) -> CheckedBackup | None:
    """The newest backup that passes its own check and this knotimer can read."""
    for backup in list_backups(data_dir):
        checked = check_backup(backup)
        if checked is not None and 0 < checked.schema_version <= newest_version:
            return checked
    return None


def write_backup(source: sqlite3.Connection, target: Path) -> None:
    """Copy a database into ``target`` (which must not exist) with the backup API, and check it.

    The copy is made under a temporary name, checked with integrity_check, flushed to
    disk and only then given its real name; a failed check leaves nothing behind.
    """
    if target.exists():
        raise FileExistsError(target)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)  # left over from a crash while writing this very backup
    try:
        create_private_file(partial)
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            source.backup(copy)
            # A backup is a single self-contained file: no write-ahead log beside it.
            copy.execute("PRAGMA journal_mode = DELETE")
            problems = check_pages(copy, thorough=True)
        finally:
            copy.close()
        if problems:
            raise DatabaseDamagedError(
                "the backup did not pass its integrity check: " + "; ".join(problems[:3])
            )
        descriptor = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        move_without_overwriting(partial, target)
        fsync_folder(target.parent)
    except sqlite3.Error as error:
        raise classify(error, f"could not write the backup {target}") from error
    finally:
        partial.unlink(missing_ok=True)


def make_daily_backup(database: Path, today: date, keep: int = KEEP_DAILY) -> Backup | None:
    """Back up ``database`` once a day: today's backup, or None if it already exists.

    Older daily backups beyond ``keep`` are removed only after the new one checked out.
    """
    folder = backup_folder(database.parent)
    target = folder / backup_name(today)
    if target.exists():
        return None
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as error:
        raise StoreError(f"could not make the backup folder {folder}: {error}") from error
    try:
        with read_only(database) as source:
            write_backup(source, target)
    except sqlite3.Error as error:
        raise classify(error, f"could not read {database} for a backup") from error
    except OSError as error:
        raise StoreError(f"could not write the backup {target}: {error}") from error
    prune(database.parent, keep)
    return Backup(target, today)


def prune(data_dir: Path, keep: int = KEEP_DAILY) -> list[Path]:
    """Remove daily backups beyond the newest ``keep`` and old upgrade ones; what was removed."""
    backups = list_backups(data_dir)
    daily = [b for b in backups if not b.label]
    labelled = [b for b in backups if b.label]
    removed = [b.path for b in daily[keep:] + labelled[KEEP_LABELLED:]]
    folder = backup_folder(data_dir)
    with contextlib.suppress(OSError):
        removed += [entry for entry in folder.iterdir() if _PARTIAL.match(entry.name)]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
