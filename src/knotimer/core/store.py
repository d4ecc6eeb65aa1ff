"""The SQLite store: every spot and hold, committed the moment it happens."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.core.records import ExportRow, Hold, Spot, SpotSummary

DB_FILENAME = "knotimer.sqlite3"

# Each entry upgrades the schema by one version, inside one transaction.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE spots (
        id           INTEGER PRIMARY KEY,
        side         TEXT    NOT NULL CHECK (side IN ('left', 'right')),
        muscle       TEXT    NOT NULL,
        x            REAL    NOT NULL CHECK (x BETWEEN 0 AND 1),
        y            REAL    NOT NULL CHECK (y BETWEEN 0 AND 1),
        created_utc  TEXT    NOT NULL,
        utc_offset_s INTEGER NOT NULL,
        local_date   TEXT    NOT NULL,
        note         TEXT    NOT NULL DEFAULT '',
        deleted      INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX spots_by_date ON spots (local_date);
    CREATE TABLE holds (
        id           INTEGER PRIMARY KEY,
        spot_id      INTEGER NOT NULL REFERENCES spots (id),
        started_utc  TEXT    NOT NULL,
        utc_offset_s INTEGER NOT NULL,
        local_date   TEXT    NOT NULL,
        planned_s    REAL    NOT NULL CHECK (planned_s > 0),
        held_s       REAL    NOT NULL CHECK (held_s >= 0),
        paused_s     REAL    NOT NULL DEFAULT 0,
        pauses       INTEGER NOT NULL DEFAULT 0,
        outcome      TEXT    NOT NULL
                     CHECK (outcome IN ('completed', 'released', 'cancelled', 'interrupted')),
        deleted      INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX holds_by_spot ON holds (spot_id);
    CREATE INDEX holds_by_date ON holds (local_date);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The database could not be opened, read or written; the message says why, plainly."""


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _offset_s(moment: datetime) -> int:
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("a stored time needs its UTC offset")
    return int(offset.total_seconds())


def _local(utc_text: str, offset_s: int) -> datetime:
    return datetime.fromisoformat(utc_text).astimezone(timezone(timedelta(seconds=offset_s)))


def _spot_from_row(row: sqlite3.Row) -> Spot:
    return Spot(
        id=row["id"],
        region=Region(Side(row["side"]), Muscle(row["muscle"])),
        x=row["x"],
        y=row["y"],
        created=_local(row["created_utc"], row["utc_offset_s"]),
        note=row["note"],
    )


def _hold_from_row(row: sqlite3.Row) -> Hold:
    return Hold(
        id=row["id"],
        spot_id=row["spot_id"],
        started=_local(row["started_utc"], row["utc_offset_s"]),
        planned_s=row["planned_s"],
        held_s=row["held_s"],
        paused_s=row["paused_s"],
        pauses=row["pauses"],
        outcome=Outcome(row["outcome"]),
    )


def create_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by the user only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.stat().st_mode & 0o077:
        path.chmod(0o700)


class Store:
    """One knotimer database on disk. Every write is its own committed transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            create_private_dir(path.parent)
            if not path.exists():
                # Create the file ourselves so it is private from the first byte.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"cannot open the database at {path}: {error}") from error
        self._db.row_factory = sqlite3.Row
        try:
            self._refuse_newer_schema()
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = FULL")
            self._migrate()
        except sqlite3.Error as error:
            self._db.close()
            raise StoreError(f"the database at {path} cannot be used: {error}") from error
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
            raise StoreError(
                f"this database was written by a newer knotimer (schema {version}, "
                f"this one knows up to {SCHEMA_VERSION}); it was left untouched"
            )

    def _migrate(self) -> None:
        version = self.schema_version
        for target in range(version + 1, SCHEMA_VERSION + 1):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in _split_sql(MIGRATIONS[target - 1]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {target:d}")
            except sqlite3.Error:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- writing -----------------------------------------------------------
    def _write(self, sql: str, params: tuple[object, ...]) -> int:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cursor = self._db.execute(sql, params)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            raise StoreError(f"could not save to {self.path}: {error}") from error
        return int(cursor.lastrowid or cursor.rowcount)

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

    def record_hold(self, spot_id: int, result: HoldResult) -> Hold:
        """Commit a finished hold; returns it with its id once the commit has returned."""
        started = result.started
        hold_id = self._write(
            "INSERT INTO holds (spot_id, started_utc, utc_offset_s, local_date, planned_s,"
            " held_s, paused_s, pauses, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        )

    # -- reading -----------------------------------------------------------
    def spot(self, spot_id: int) -> Spot:
        """One spot by id (KeyError if there is none)."""
        row = self._db.execute("SELECT * FROM spots WHERE id = ?", (spot_id,)).fetchone()
        if row is None:
            raise KeyError(spot_id)
        return _spot_from_row(row)

    def holds_for_spot(self, spot_id: int) -> list[Hold]:
        """Every hold on a spot, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM holds WHERE spot_id = ? AND deleted = 0 ORDER BY started_utc, id",
            (spot_id,),
        )
        return [_hold_from_row(row) for row in rows]

    def day_summary(self, day: date) -> list[SpotSummary]:
        """The spots marked or held on ``day`` (the user's local date), in the order marked."""
        text = day.isoformat()
        rows = self._db.execute(
            """
            SELECT s.*,
                   COUNT(h.id) FILTER (WHERE h.outcome != 'cancelled') AS n_holds,
                   COUNT(h.id) FILTER (WHERE h.outcome = 'cancelled') AS n_cancelled,
                   COALESCE(SUM(h.held_s) FILTER (WHERE h.outcome != 'cancelled'), 0) AS held,
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
        ).fetchall()
        summaries = []
        for row in rows:
            last = row["last_hold"]
            summaries.append(
                SpotSummary(
                    spot=_spot_from_row(row),
                    holds=row["n_holds"],
                    cancelled=row["n_cancelled"],
                    held_s=row["held"],
                    last_hold=None if last is None else _local(*_split_moment(last)),
                )
            )
        return summaries

    def export_rows(self, day: date | None = None) -> Iterator[ExportRow]:
        """Every stored hold (or one day's), oldest first, flattened for export."""
        where, params = ("AND h.local_date = ?", (day.isoformat(),)) if day else ("", ())
        rows = self._db.execute(
            f"""
            SELECT h.*, s.side, s.muscle, s.x, s.y, s.note
            FROM holds AS h JOIN spots AS s ON s.id = h.spot_id
            WHERE h.deleted = 0 AND s.deleted = 0 {where}
            ORDER BY h.started_utc, h.id
            """,  # noqa: S608 - the only interpolation is one of two fixed strings
            params,
        )
        for row in rows:
            started = _local(row["started_utc"], row["utc_offset_s"])
            yield ExportRow(
                hold_id=row["id"],
                spot_id=row["spot_id"],
                local_date=row["local_date"],
                local_start=started.strftime("%H:%M:%S"),
                utc_start=row["started_utc"],
                side=row["side"],
                muscle=row["muscle"],
                x=row["x"],
                y=row["y"],
                planned_s=row["planned_s"],
                held_s=row["held_s"],
                outcome=row["outcome"],
                note=row["note"],
            )


def _split_moment(text: str) -> tuple[str, int]:
    utc_text, _, offset = text.partition(" ")
    return utc_text, int(offset)


def _split_sql(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]
