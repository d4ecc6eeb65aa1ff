"""The database file as knotimer opens it: checks, schema upgrades, and one-transaction writes."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Self

from knotimer.core.backup import backup_folder, backup_name, prune, write_backup
from knotimer.core.dbfile import (
    DB_FILENAME,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    StoreError,
    classify,
    create_private_dir,
    header_fields,
    make_private,
    not_a_database_file,
)
from knotimer.core.rows import reading
from knotimer.core.schema import MIGRATIONS, SCHEMA_VERSION, split_sql

Params = Sequence[object] | dict[str, object]


def _too_new(path: Path, version: int) -> DatabaseTooNewError:
    return DatabaseTooNewError(
        f"the database at {path} was written by a newer knotimer (schema {version}, "
        f"this one knows up to {SCHEMA_VERSION}); it was left untouched"
    )


class Database:
    """One knotimer database on disk, opened, upgraded and written a transaction at a time.

    Every change is one transaction (``with store.transaction():``): it is committed whole
    or not at all. ``fault_hook`` is for tests: it is called with each write statement, and
    with "COMMIT", just before SQLite runs it; whatever it raises is a write that failed.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fault_hook: Callable[[str], None] | None = None
        self._depth = 0
        # Inserts whose COMMIT reported an error: (sql, params) -> the rowid it would have.
        # A retry first looks whether that row made it to disk after all.
        self._uncertain: dict[tuple[str, tuple[object, ...]], int] = {}
        try:
            create_private_dir(path.parent)
            problem = not_a_database_file(path)
            if problem:
                raise StoreError(f"cannot open the database at {path}: {problem}")
            if path.exists():
                fields = header_fields(path)
                if fields is not None and fields[2] > SCHEMA_VERSION:
                    raise _too_new(path, fields[2])
                make_private(path)
            else:
                # Create the file ourselves so it is private from the first byte.
                flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
                os.close(os.open(path, flags, 0o600))
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except OSError as error:
            raise StoreError(f"cannot open the database at {path}: {error}") from error
        except sqlite3.Error as error:
            raise classify(error, f"cannot open the database at {path}") from error
        self._db.row_factory = sqlite3.Row
        try:
            version = self.schema_version
            if version > SCHEMA_VERSION:
                raise _too_new(path, version)
            if 0 < version < SCHEMA_VERSION:
                self._backup_before_upgrade(version)  # before anything changes the file
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = FULL")
            self._migrate()
        except sqlite3.Error as error:
            self._db.close()
            raise classify(error, f"the database at {path} cannot be used") from error
        except StoreError:
            self._db.close()
            raise

    @classmethod
    def in_folder(cls, folder: Path) -> Self:
        """Open (or create) the database in a data folder."""
        return cls(folder / DB_FILENAME)

    def close(self) -> None:
        """Close the connection (everything is already committed)."""
        self._db.close()

    # -- schema ------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        """The database's PRAGMA user_version."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        for target in range(self.schema_version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                for statement in split_sql(MIGRATIONS[target - 1]):
                    self.execute(statement)
                self.execute(f"PRAGMA user_version = {target:d}")

    def _backup_before_upgrade(self, version: int) -> None:
        folder = backup_folder(self.path.parent)
        target = folder / backup_name(
            datetime.now().astimezone().date(), f"before-v{SCHEMA_VERSION}"
        )
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            if not target.exists():
                write_backup(self._db, target)
        except (OSError, StoreError) as error:
            raise StoreError(
                f"the database at {self.path} needs an upgrade (from version {version}), "
                f"and knotimer first backs it up, but the backup failed: {error}; "
                "nothing was changed"
            ) from error
        prune(self.path.parent)

    def check_writable(self) -> None:
        """Raise DatabaseReadOnlyError if a write would fail (SQLite opens such files read-only)."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(f"PRAGMA user_version = {self.schema_version:d}")
            finally:
                self._rollback_quietly()
        except sqlite3.Error as error:
            raise DatabaseReadOnlyError(f"cannot save to {self.path}: {error}") from error

    # -- transactions --------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE … COMMIT; on any exception everything is rolled back.

        SQLite's errors leave as StoreError subclasses that say what went wrong. A
        transaction opened inside another one is part of it.
        """
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise classify(error, f"could not save to {self.path}") from error
        self._depth = 1
        try:
            yield
            self._fault("COMMIT")
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback_quietly()
            raise classify(error, f"could not save to {self.path}") from error
        except BaseException:
            self._rollback_quietly()
            raise
        finally:
            self._depth = 0

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        """One write statement inside ``transaction()``."""
        if not self._depth:
            raise RuntimeError("a write belongs inside store.transaction()")
        self._fault(sql)
        return self._db.execute(sql, params)

    def change(self, sql: str, params: Params = ()) -> int:
        """One UPDATE or DELETE in its own transaction (or the one open); rows changed."""
        with self.transaction():
            return int(self.execute(sql, params).rowcount)

    def _fault(self, sql: str) -> None:
        if self.fault_hook is not None:
            self.fault_hook(sql)

    def _rollback_quietly(self) -> None:
        # If even this fails (or the connection is closed), SQLite has rolled back by itself.
        with contextlib.suppress(sqlite3.Error):
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")

    def insert(
        self, sql: str, params: tuple[object, ...], then: Sequence[tuple[str, Params]] = ()
    ) -> int:
        """An INSERT (and the statements ``then`` that go with it) in one transaction; its id.

        If a COMMIT reported an error, a retry of the same insert first checks whether the
        row reached the disk after all, so a hold is never stored twice.
        """
        key = (sql, params)
        known = self._uncertain.pop(key, None)
        if known is not None and self._committed_after_all(known, sql, params):
            return known
        rowid: int | None = None
        try:
            with self.transaction():
                rowid = int(self.execute(sql, params).lastrowid or 0)
                for statement, values in then:
                    self.execute(statement, values)
        except StoreError:
            if rowid is not None:
                self._uncertain[key] = rowid
            raise
        return rowid

    def _committed_after_all(self, rowid: int, sql: str, params: tuple[object, ...]) -> bool:
        head = sql.split("(", 1)
        table = head[0].split()[-1]
        columns = [name.strip() for name in head[1].split(")", 1)[0].split(",")]
        try:
            row = self._db.execute(
                f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?",  # noqa: S608 - ours
                (rowid,),
            ).fetchone()
        except sqlite3.Error:
            return False
        return row is not None and tuple(row) == params

    def vacuum(self) -> None:
        """Give freed space back and overwrite deleted rows on disk."""
        try:
            self._db.execute("VACUUM")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no old pages left in the log
        except sqlite3.Error as error:
            raise classify(error, f"could not compact {self.path}") from error

    # -- reading -------------------------------------------------------------
    def reading(self) -> contextlib.AbstractContextManager[None]:
        """Wrap a read and its conversion: damage inside a row becomes DatabaseDamagedError."""
        return reading(self.path)

    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """Run one SELECT; its rows."""
        with self.reading():
            return self._db.execute(sql, params).fetchall()

    def cursor(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        """Run one SELECT whose rows are read as they are needed (wrap them in reading())."""
        with self.reading():
            return self._db.execute(sql, params)
