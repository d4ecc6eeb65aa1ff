"""The record: every spot and hold, with the day's list and the export read from it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from knotimer.core.anatomy import Region
from knotimer.core.database import Database, Params
from knotimer.core.dbfile import (
    DB_FILENAME,
    DatabaseDamagedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DiskFullError,
    StoreError,
    create_private_dir,
)
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.core.knotnames import place_of
from knotimer.core.records import Hold, Spot, SpotSummary
from knotimer.core.rows import (
    ExportRows,
    hold_from_row,
    local_time,
    offset_s,
    region_of,
    spot_from_row,
    utc_text,
)
from knotimer.core.schema import MIGRATIONS, SCHEMA_VERSION

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
    "create_private_dir",
]


class Store(Database):
    """knotimer's record on disk: spots and holds written one transaction each, and read back."""

    # -- spots and holds -------------------------------------------------------
    def add_spot(self, region: Region, x: float, y: float, when: datetime) -> Spot:
        """Store a new spot marked at ``when`` (local, aware)."""
        if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
            raise ValueError(f"a spot lies inside the drawing (0-1), not at ({x}, {y})")
        spot_id = self.insert(
            "INSERT INTO spots (side, muscle, x, y, created_utc, utc_offset_s, local_date)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                region.side.value,
                region.muscle.value,
                x,
                y,
                utc_text(when),
                offset_s(when),
                when.date().isoformat(),
            ),
        )
        return Spot(spot_id, region, x, y, when)

    def spot(self, spot_id: int) -> Spot:
        """One spot by id (KeyError if there is none)."""
        rows = self.query("SELECT * FROM spots WHERE id = ?", (spot_id,))
        if not rows:
            raise KeyError(spot_id)
        with self.reading():
            return spot_from_row(rows[0])

    def record_hold(
        self,
        spot_id: int,
        result: HoldResult,
        *,
        tenderness_before: int | None = None,
        run_id: str | None = None,
        running_id: int | None = None,
    ) -> Hold:
        """Commit a finished hold (and drop its running row); returns it once committed.

        A hold is never saved on a spot that is gone: a spot deleted meanwhile comes back.
        """
        if tenderness_before is not None and not 0 <= tenderness_before <= 10:
            raise ValueError(f"tenderness is rated 0-10, not {tenderness_before}")
        started = result.started
        then: list[tuple[str, Params]] = [
            ("UPDATE spots SET deleted = 0 WHERE id = ? AND deleted != 0", (spot_id,))
        ]
        if running_id is not None:
            then.append(("DELETE FROM running_holds WHERE id = ?", (running_id,)))
        hold_id = self.insert(
            "INSERT INTO holds (spot_id, started_utc, utc_offset_s, local_date, planned_s,"
            " held_s, paused_s, pauses, outcome, tenderness_before, run_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                spot_id,
                utc_text(started),
                offset_s(started),
                started.date().isoformat(),
                result.planned_s,
                result.held_s,
                result.paused_s,
                result.pauses,
                result.outcome.value,
                tenderness_before,
                run_id,
            ),
            then,
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

    def holds_for_spot(self, spot_id: int) -> list[Hold]:
        """Every hold on a spot, oldest first."""
        rows = self.query(
            "SELECT * FROM holds WHERE spot_id = ? AND deleted = 0 ORDER BY started_utc, id",
            (spot_id,),
        )
        with self.reading():
            return [hold_from_row(row) for row in rows]

    def day_summary(self, day: date) -> list[SpotSummary]:
        """The spots of ``day``'s list (the user's local date), in the order marked.

        A spot belongs to a day when it was held that day, or when it was marked that day
        and has no holds at all yet. Both halves are index lookups on the day.
        """
        rows = self.query(
            """
            WITH listed (id) AS (
                SELECT spot_id FROM holds WHERE local_date = :day AND deleted = 0
                UNION
                SELECT s.id FROM spots AS s
                WHERE s.local_date = :day AND s.deleted = 0 AND NOT EXISTS (
                    SELECT 1 FROM holds AS o WHERE o.spot_id = s.id AND o.deleted = 0)
            )
            SELECT s.*,
                   COUNT(h.id) FILTER (WHERE h.outcome != 'cancelled') AS n_holds,
                   COUNT(h.id) FILTER (WHERE h.outcome = 'cancelled') AS n_cancelled,
                   COALESCE(SUM(h.held_s) FILTER (WHERE h.outcome != 'cancelled'), 0) AS held,
                   AVG(h.tenderness_before) AS before_avg,
                   AVG(h.tenderness_after) AS after_avg,
                   MAX(h.started_utc || ' ' || h.utc_offset_s)
                       FILTER (WHERE h.outcome != 'cancelled') AS last_hold
            FROM listed
            JOIN spots AS s ON s.id = listed.id
            LEFT JOIN holds AS h
                   ON h.spot_id = s.id AND h.local_date = :day AND h.deleted = 0
            WHERE s.deleted = 0
            GROUP BY s.id
            ORDER BY s.id
            """,
            {"day": day.isoformat()},
        )
        with self.reading():
            return [_summary(row) for row in rows]

    def export_rows(
        self, day: date | None = None, *, first: date | None = None, last: date | None = None
    ) -> ExportRows:
        """Every stored hold (or one day's, or those from ``first`` to ``last``), oldest first.

        Read as the loop asks for them; ``values()`` gives them as plain tuples instead.
        """
        return ExportRows(self._export_values(day, first, last))

    def _export_values(
        self, day: date | None, first: date | None, last: date | None
    ) -> Iterator[tuple[Any, ...]]:
        if day is not None:
            first = last = day
        params: tuple[str, ...]
        where, params = "", ()
        if first is not None and last is not None:
            where = "AND h.local_date BETWEEN ? AND ?"
            params = (first.isoformat(), last.isoformat())
        sql = f"""
            SELECT h.id, h.spot_id, h.local_date, h.started_utc, h.utc_offset_s, s.side,
                   s.muscle, s.x, s.y, h.planned_s, h.held_s, h.outcome, s.note,
                   h.tenderness_before, h.tenderness_after
            FROM holds AS h JOIN spots AS s ON s.id = h.spot_id
            WHERE h.deleted = 0 AND s.deleted = 0 {where}
            ORDER BY h.started_utc, h.id
            """  # noqa: S608 - the only interpolation is one of two fixed strings
        places: dict[int, str] = {}  # a spot's place, worked out once for all its holds
        with self.reading():
            rows = self.cursor(sql, params)
            rows.row_factory = None  # plain tuples, read by position: 100 000 of them at times
            for (hold_id, spot_id, local_date, utc, offset, side, muscle, x, y, planned, held,
                 outcome, note, before, after) in rows:  # fmt: skip
                started = local_time(utc, offset)
                place = places.get(spot_id)
                if place is None:
                    place = places[spot_id] = place_of(region_of(side, muscle), x, y).id
                yield (
                    hold_id, spot_id, local_date,
                    f"{started.hour:02d}:{started.minute:02d}:{started.second:02d}",
                    utc, side, muscle, x, y, planned, held, outcome, note, before, after, place,
                    held if outcome == _RELEASED else None,
                )  # fmt: skip


_RELEASED = Outcome.RELEASED.value


def _summary(row: sqlite3.Row) -> SpotSummary:
    last = row["last_hold"]
    last_hold = None
    if last is not None:
        utc, _, offset = last.partition(" ")
        last_hold = local_time(utc, int(offset))
    return SpotSummary(
        spot=spot_from_row(row),
        holds=row["n_holds"],
        cancelled=row["n_cancelled"],
        held_s=row["held"],
        last_hold=last_hold,
        tenderness_before=row["before_avg"],
        tenderness_after=row["after_avg"],
    )
