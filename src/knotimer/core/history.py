"""Looking back: days with holds, one day's holds, and one knot's holds day by day."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from knotimer.core.knots import Knot
from knotimer.core.records import Hold, Spot
from knotimer.core.rows import hold_from_row, spot_from_row
from knotimer.core.sessions import DEFAULT_IDLE_GAP, Session, split_sessions
from knotimer.core.store import Store


class Span(Enum):
    """How far back the recurring-knots view looks: a number of days, or everything."""

    WEEK = 7
    MONTH = 30
    QUARTER = 90
    ALL = 0

    def first_day(self, today: date) -> date | None:
        """The first day inside the span ending ``today`` (None: no limit)."""
        if self is Span.ALL:
            return None
        return today - timedelta(days=self.value - 1)


@dataclass(frozen=True, slots=True)
class DayCount:
    """A day with holds: how many counted, and how many were cancelled."""

    day: date
    holds: int
    cancelled: int


@dataclass(frozen=True, slots=True)
class DayHold:
    """One hold of a day, with the spot it was on."""

    hold: Hold
    spot: Spot


@dataclass(frozen=True, slots=True)
class KnotDay:
    """A knot's counted holds on one day, in the order made."""

    day: date
    holds: tuple[Hold, ...]

    @property
    def held_s(self) -> float:
        """Seconds held that day."""
        return sum(h.held_s for h in self.holds)


@dataclass(frozen=True, slots=True)
class KnotHistory:
    """A knot's counted holds in a span: by day and by session, oldest first."""

    holds: list[Hold]
    days: list[KnotDay]
    sessions: list[Session]


# -- queries --------------------------------------------------------------
def days_with_holds(store: Store, first: date, last: date) -> list[DayCount]:
    """The days from ``first`` to ``last`` (inclusive) that have holds, oldest first."""
    rows = store.query(
        """
        SELECT h.local_date AS day,
               COUNT(*) FILTER (WHERE h.outcome != 'cancelled') AS holds,
               COUNT(*) FILTER (WHERE h.outcome = 'cancelled') AS cancelled
        FROM holds AS h JOIN spots AS s ON s.id = h.spot_id
        WHERE h.deleted = 0 AND s.deleted = 0 AND h.local_date BETWEEN ? AND ?
        GROUP BY h.local_date
        ORDER BY h.local_date
        """,
        (first.isoformat(), last.isoformat()),
    )
    with store.reading():
        return [DayCount(date.fromisoformat(r["day"]), r["holds"], r["cancelled"]) for r in rows]


def day_holds(store: Store, day: date) -> list[DayHold]:
    """Every hold of ``day`` with its spot, in the order they were made."""
    rows = store.query(
        """
        SELECT h.*, s.id AS s_id, s.side, s.muscle, s.x, s.y, s.created_utc,
               s.utc_offset_s AS s_offset, s.note
        FROM holds AS h JOIN spots AS s ON s.id = h.spot_id
        WHERE h.deleted = 0 AND s.deleted = 0 AND h.local_date = ?
        ORDER BY h.started_utc, h.id
        """,
        (day.isoformat(),),
    )
    with store.reading():
        return [DayHold(hold_from_row(r), spot_from_row(r, "s_id", "s_offset")) for r in rows]


def knot_history(
    store: Store, knot: Knot, first: date | None, idle_gap: timedelta = DEFAULT_IDLE_GAP
) -> KnotHistory:
    """A knot's counted holds since ``first`` (None: ever): each hold, per day, per session."""
    rows = store.query(
        """
        SELECT h.* FROM holds AS h JOIN spots AS s ON s.id = h.spot_id
        WHERE h.deleted = 0 AND s.deleted = 0 AND h.outcome != 'cancelled'
          AND h.local_date >= ? AND h.spot_id IN (SELECT value FROM json_each(?))
        ORDER BY h.started_utc, h.id
        """,
        (
            "" if first is None else first.isoformat(),
            json.dumps([spot.id for spot in knot.spots]),
        ),
    )
    with store.reading():
        holds = [hold_from_row(r) for r in rows]
    by_day: dict[date, list[Hold]] = {}
    for hold in holds:
        by_day.setdefault(hold.local_date, []).append(hold)
    return KnotHistory(
        holds=holds,
        days=[KnotDay(day, tuple(group)) for day, group in by_day.items()],
        sessions=split_sessions(holds, idle_gap),
    )
