"""'Delete all my data': every row in one transaction, then every copy, finished even after a crash.

A marker file is written first. If knotimer stops halfway (killed, power cut), the next
start finds the marker and finishes the job before anything else, and says so once. So the
record ends up exactly as before (nothing confirmed yet) or exactly as after (all gone).
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from knotimer.core.backup import backup_folder
from knotimer.core.dbfile import fsync_folder
from knotimer.core.store import Store

MARKER = ".knotimer-erasing"
# Copies of the record knotimer itself keeps in the data folder (damaged or orphaned files
# moved aside at start, with their -wal and -shm) and in its backups folder.
_COPIES = re.compile(r"^knotimer-(damaged|orphaned)-.*\.sqlite3(-wal|-shm)?$")
_BACKUPS = re.compile(r"^\.?knotimer-.*\.sqlite3(\.partial|-wal|-shm)?$")


def erase_marker(folder: Path) -> Path:
    """The file that says an erase was asked for and is not finished."""
    return folder / MARKER


def erase_pending(folder: Path) -> bool:
    """Whether an erase was interrupted and must be finished."""
    return erase_marker(folder).is_file()


def copies(folder: Path) -> list[Path]:
    """Every file holding a copy of the record, other than the database itself."""
    found = []
    with contextlib.suppress(OSError):
        found += [p for p in folder.iterdir() if _COPIES.match(p.name) and not p.is_symlink()]
    backups = backup_folder(folder)
    with contextlib.suppress(OSError):
        found += [p for p in backups.iterdir() if _BACKUPS.match(p.name) and not p.is_symlink()]
    return sorted(found)


def erase_everything(store: Store) -> None:
    """Delete every spot, hold and copy of them; compact the file so nothing lingers on disk.

    Raises StoreError (or OSError) if a step fails; the marker stays, so the next start
    finishes the job.
    """
    folder = store.path.parent
    marker = erase_marker(folder)
    if not marker.exists():
        flags = os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
        descriptor = os.open(marker, flags, 0o600)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        fsync_folder(folder)
    with store.transaction():
        store.execute("DELETE FROM running_holds")
        store.execute("DELETE FROM holds")
        store.execute("DELETE FROM spots")
    store.vacuum()
    for path in copies(folder):
        path.unlink(missing_ok=True)
    fsync_folder(backup_folder(folder))
    marker.unlink(missing_ok=True)
    fsync_folder(folder)
