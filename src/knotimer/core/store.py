"""The SQLite store: every spot and hold, committed the moment it happens."""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.backup import backup_folder, backup_name, prune, write_backup
from knotimer.core.dbfile import (
    DatabaseDamagedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DiskFullError,
    StoreError,
    classify,
    header_fields,
    make_private,
)
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.core.records import ExportRow, Hold, Spot, SpotSummary
from knotimer.core.schema import MIGRATIONS, SCHEMA_VERSION, split_sql

__all__ = [
    "DB_FILENAME",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "DatabaseDamagedError",
    "DatabaseReadOnlyError",
    "DatabaseTooNewError",
    "DiskFullError",
    "Store",
    "StoreError",
]

DB_FILENAME = "knotimer.sqlite3"


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _offset_s(moment: datetime) -> int:
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("a stored time needs its UTC offset")
    return int(offset.total_seconds())


@functools.cache
def _zone(offset_s: int) -> timezone:
    return timezone(timedelta(seconds=offset_s))


def local_time(utc_text: str, offset_s: int) -> datetime:
    """A stored UTC time as the local time it was, with its offset."""
    return datetime.fromisoformat(utc_text).astimezone(_zone(offset_s))


def spot_from_row(row: sqlite3.Row, id_key: str = "id", offset_key: str = "utc_offset_s") -> Spot:
    """A Spot from a row of ``spots`` (the keys name the id and offset columns if aliased)."""
    return Spot(
        id=row[id_key],
        region=region_of(row["side"], row["muscle"]),
        x=row["x"],
        y=row["y"],
        created=local_time(row["created_utc"], row[offset_key]),
        note=row["note"],
    )


@functools.cache
def region_of(side: str, muscle: str) -> Region:
    """The Region for stored side and muscle texts (one object per region)."""
    return Region(Side(side), Muscle(muscle))


def hold_from_row(row: sqlite3.Row) -> Hold:
    """A Hold from a row of ``holds``."""
    return Hold(
        id=row["id"],
        spot_id=row["spot_id"],
        started=local_time(row["started_utc"], row["utc_offset_s"]),
        planned_s=row["planned_s"],
        held_s=row["held_s"],
        paused_s=row["paused_s"],
        pauses=row["pauses"],
        outcome=Outcome(row["outcome"]),
        tenderness_before=row["tenderness_before"],
        tenderness_after=row["tenderness_after"],
        run_id=row["run_id"],
    )


def _too_new(path: Path, version: int) -> DatabaseTooNewError:
    return DatabaseTooNewError(
        f"the database at {path} was written by a newer knotimer (schema {version}, "
        f"this one knows up to {SCHEMA_VERSION}); it was left untouched"
    )


def _refuse_newer_header(path: Path) -> None:
    """Refuse a newer database from its header alone, before SQLite touches anything."""
    fields = header_fields(path)
    if fields is not None and fields[2] > SCHEMA_VERSION:
        raise _too_new(path, fields[2])


def _insert_target(sql: str) -> tuple[str, list[str]]:
    """The table and columns of one of this module's own INSERT statements."""
    head = sql.split("(", 1)
    table = head[0].split()[-1]
    columns = [name.strip() for name in head[1].split(")", 1)[0].split(",")]
    return table, columns


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
    if not mode & 0o077:
        return
    if existed and (mode & 0o1000 or not _only_knotimer_files(path)):
        return
    path.chmod(0o700)


def _only_knotimer_files(path: Path) -> bool:
    try:
        return all(entry.name.startswith(_OWN_NAMES) for entry in path.iterdir())
    except OSError:
        return False


class Store:
    """One knotimer database on disk. Every write is its own committed transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Writes whose COMMIT reported an error: (sql, params) -> the rowid it would have.
        # A retry first looks whether that row made it to disk after all.
        self._uncertain: dict[tuple[str, tuple[object, ...]], int] = {}
        try:
            create_private_dir(path.parent)
            if path.exists():
                _refuse_newer_header(path)
                make_private(path)
            else:
                # Create the file ourselves so it is private from the first byte.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except OSError as error:
            raise StoreError(f"cannot open the database at {path}: {error}") from error
        except sqlite3.Error as error:
            raise classify(error, f"cannot open the database at {path}") from error
        self._db.row_factory = sqlite3.Row
        try:
            self._refuse_newer_schema()
            version = self.schema_version
            if 0 < version < SCHEMA_VERSION:
                # Before anything changes the file (even its journal mode).
                self._backup_before_upgrade(version)
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
    def in_folder(cls, folder: Path) -> Store:
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

    def _refuse_newer_schema(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise _too_new(self.path, version)

    def _migrate(self) -> None:
        version = self.schema_version
        for target in range(version + 1, SCHEMA_VERSION + 1):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in split_sql(MIGRATIONS[target - 1]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {target:d}")
                self._db.execute("COMMIT")
            except BaseException:
                self._rollback_quietly()
                raise

    def _backup_before_upgrade(self, version: int) -> None:
        folder = backup_folder(self.path.parent)
        label = f"before-v{SCHEMA_VERSION}"
        target = folder / backup_name(datetime.now().astimezone().date(), label)
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
                version = self.schema_version
                self._db.execute(f"PRAGMA user_version = {version:d}")
            finally:
                self._rollback_quietly()
        except sqlite3.Error as error:
            raise DatabaseReadOnlyError(f"cannot save to {self.path}: {error}") from error

    # -- writing -----------------------------------------------------------
    def _rollback_quietly(self) -> None:
        # If even this fails (or the connection is closed), SQLite has rolled back by itself.
        with contextlib.suppress(sqlite3.Error):
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")

    def _write(self, sql: str, params: tuple[object, ...]) -> int:
        key = (sql, params)
        known = self._uncertain.pop(key, None)
        if known is not None and self._committed_after_all(known, sql, params):
            return known
        rowid: int | None = None
        try:
            self._db.execute("BEGIN IMMEDIATE")
            cursor = self._db.execute(sql, params)
            rowid = int(cursor.lastrowid or cursor.rowcount)
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback_quietly()
            if rowid is not None:
                self._uncertain[key] = rowid
            raise classify(error, f"could not save to {self.path}") from error
        except BaseException:
            self._rollback_quietly()
            raise
        return rowid

    def _committed_after_all(self, rowid: int, sql: str, params: tuple[object, ...]) -> bool:
        """Whether an INSERT whose COMMIT reported an error reached the disk anyway."""
        table, columns = _insert_target(sql)
        try:
            row = self._db.execute(
                f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?",  # noqa: S608 - ours
                (rowid,),
            ).fetchone()
        except sqlite3.Error:
            return False
        return row is not None and tuple(row) == params

    def add_spot(self, region: Region, x: float, y: float, when: datetime) -> Spot:
        """Store a new spot marked at ``when`` (local, aware)."""
        if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
            raise ValueError(f"a spot lies inside the drawing (0-1), not at ({x}, {y})")
        spot_id = self._write(
            "INSERT INTO spots (side, muscle, x, y, created_utc, utc_offset_s, local_date)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                region.side.value,
                region.muscle.value,
                x,
                y,
                _utc_text(when),
                _offset_s(when),
                when.date().isoformat(),
            ),
        )
        return Spot(spot_id, region, x, y, when)

    def record_hold(
        self,
        spot_id: int,
        result: HoldResult,
        *,
        tenderness_before: int | None = None,
        run_id: str | None = None,
    ) -> Hold:
        """Commit a finished hold; returns it with its id once the commit has returned."""
        started = result.started
        if tenderness_before is not None and not 0 <= tenderness_before <= 10:
            raise ValueError(f"tenderness is rated 0-10, not {tenderness_before}")
        hold_id = self._write(
            "INSERT INTO holds (spot_id, started_utc, utc_offset_s, local_date, planned_s,"
            " held_s, paused_s, pauses, outcome, tenderness_before, run_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                spot_id,
                _utc_text(started),
                _offset_s(started),
                started.date().isoformat(),
                result.planned_s,
                result.held_s,
                result.paused_s,
                result.pauses,
                result.outcome.value,
                tenderness_before,
                run_id,
            ),
        )
        return Hold(
            hold_id,
            spot_id,
            started,
            result.planned_s,
            result.held_s,
            result.paused_s,
            result.pauses,
            result.outcome,
            tenderness_before,
            None,
            run_id,
        )

    def change(self, sql: str, params: Sequence[object] | dict[str, object]) -> int:
        """Run one UPDATE or DELETE in its own committed transaction; rows changed.

        For the edit and history modules (core/edits.py); the SQL is theirs, parameterised.
        """
        try:
            self._db.execute("BEGIN IMMEDIATE")
            cursor = self._db.execute(sql, params)
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback_quietly()
            raise classify(error, f"could not save to {self.path}") from error
        except BaseException:
            self._rollback_quietly()
            raise
        return int(cursor.rowcount)

    def query(
        self, sql: str, params: Sequence[object] | dict[str, object] = ()
    ) -> list[sqlite3.Row]:
        """Run one SELECT (for core/edits.py and core/history.py)."""
        return self._rows(sql, params)

    def vacuum(self) -> None:
        """Give freed space back and overwrite deleted rows on disk."""
        try:
            self._db.execute("VACUUM")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no old pages left in the log
        except sqlite3.Error as error:
            raise classify(error, f"could not compact {self.path}") from error

    # -- reading -----------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[object] | dict[str, object]) -> list[sqlite3.Row]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise classify(error, f"could not read {self.path}") from error

    def spot(self, spot_id: int) -> Spot:
        """One spot by id (KeyError if there is none)."""
        rows = self._rows("SELECT * FROM spots WHERE id = ?", (spot_id,))
        if not rows:
            raise KeyError(spot_id)
        return spot_from_row(rows[0])

    def holds_for_spot(self, spot_id: int) -> list[Hold]:
        """Every hold on a spot, oldest first."""
        rows = self._rows(
            "SELECT * FROM holds WHERE spot_id = ? AND deleted = 0 ORDER BY started_utc, id",
            (spot_id,),
        )
        return [hold_from_row(row) for row in rows]

    def day_summary(self, day: date) -> list[SpotSummary]:
        """The spots marked or held on ``day`` (the user's local date), in the order marked."""
        text = day.isoformat()
        rows = self._rows(
            """
            SELECT s.*,
                   COUNT(h.id) FILTER (WHERE h.outcome != 'cancelled') AS n_holds,
                   COUNT(h.id) FILTER (WHERE h.outcome = 'cancelled') AS n_cancelled,
                   COALESCE(SUM(h.held_s) FILTER (WHERE h.outcome != 'cancelled'), 0) AS held,
                   AVG(h.tenderness_before) AS before_avg,
                   AVG(h.tenderness_after) AS after_avg,
                   (SELECT l.started_utc || ' ' || l.utc_offset_s FROM holds AS l
                    WHERE l.spot_id = s.id AND l.local_date = :day AND l.deleted = 0
                    ORDER BY l.started_utc DESC LIMIT 1) AS last_hold
            FROM spots AS s
            LEFT JOIN holds AS h
                   ON h.spot_id = s.id AND h.local_date = :day AND h.deleted = 0
            WHERE s.deleted = 0
              AND (s.local_date = :day
                   OR s.id IN (SELECT spot_id FROM holds WHERE local_date = :day AND deleted = 0))
            GROUP BY s.id
            ORDER BY s.id
            """,
            {"day": text},
        )
        summaries = []
        for row in rows:
            last = row["last_hold"]
            summaries.append(
                SpotSummary(
                    spot=spot_from_row(row),
                    holds=row["n_holds"],
                    cancelled=row["n_cancelled"],
                    held_s=row["held"],
                    last_hold=None if last is None else local_time(*_split_moment(last)),
                    tenderness_before=row["before_avg"],
                    tenderness_after=row["after_avg"],
                )
            )
        return summaries

    def export_rows(self, day: date | None = None) -> Iterator[ExportRow]:
        """Every stored hold (or one day's), oldest first, flattened for export."""
        where, params = ("AND h.local_date = ?", (day.isoformat(),)) if day else ("", ())
        sql = f"""
            SELECT h.*, s.side, s.muscle, s.x, s.y, s.note
            FROM holds AS h JOIN spots AS s ON s.id = h.spot_id
            WHERE h.deleted = 0 AND s.deleted = 0 {where}
            ORDER BY h.started_utc, h.id
            """  # noqa: S608 - the only interpolation is one of two fixed strings
        try:
            yield from self._export_rows(self._db.execute(sql, params))
        except sqlite3.Error as error:
            raise classify(error, f"could not read {self.path}") from error

    @staticmethod
    def _export_rows(rows: Iterable[sqlite3.Row]) -> Iterator[ExportRow]:
        for row in rows:
            started = local_time(row["started_utc"], row["utc_offset_s"])
            yield ExportRow(
                hold_id=row["id"],
                spot_id=row["spot_id"],
                local_date=row["local_date"],
                local_start=f"{started.hour:02d}:{started.minute:02d}:{started.second:02d}",
                utc_start=row["started_utc"],
                side=row["side"],
                muscle=row["muscle"],
                x=row["x"],
                y=row["y"],
                planned_s=row["planned_s"],
                held_s=row["held_s"],
                outcome=row["outcome"],
                note=row["note"],
                tenderness_before=row["tenderness_before"],
                tenderness_after=row["tenderness_after"],
            )


def _split_moment(text: str) -> tuple[str, int]:
    utc_text, _, offset = text.partition(" ")
    return utc_text, int(offset)
