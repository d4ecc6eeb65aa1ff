"""Looking back: days with holds, one day's holds, the heat map's spots and a knot's history."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from knotimer.core.knots import Knot, cluster_knots
from knotimer.core.records import Hold, Spot
from knotimer.core.rows import hold_from_row, local_time, region_of, spot_from_row
from knotimer.core.sessions import DEFAULT_IDLE_GAP, split_sessions
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
class HeatSpot:
    """A spot held inside a span: its counted holds, the days held, first and latest rating."""

    spot: Spot
    holds: int
    days: frozenset[str]  # local dates, ISO text
    first_rating: tuple[str, int] | None  # (UTC start text, tenderness) of the earliest rated
    latest_rating: tuple[str, int] | None  # ... and of the latest rated hold


@dataclass(frozen=True, slots=True)
class KnotSummary:
    """A recurring knot as the list shows it."""

    number: int  # 1 = the most held
    knot: Knot
    days: int  # days with a counted hold on it
    holds: int
    first_tenderness: int | None
    latest_tenderness: int | None


@dataclass(frozen=True, slots=True)
class Trend:
    """Mean tenderness of a group of holds (a day or a session); None where nothing was rated."""

    start: datetime
    holds: int
    held_s: float
    before: float | None
    after: float | None


@dataclass(frozen=True, slots=True)
class KnotHistory:
    """A knot's holds by day and by session."""

    days: list[Trend]
    sessions: list[Trend]


# -- rows -----------------------------------------------------------------
def _mean(values: Iterable[int | None]) -> float | None:
    given = [v for v in values if v is not None]
    return sum(given) / len(given) if given else None


def _rating(text: str | None) -> tuple[str, int] | None:
    if text is None:
        return None
    moment, _, value = text.partition("|")
    return moment, int(value)


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


def heat_spots(store: Store, first: date | None) -> list[HeatSpot]:
    """The spots with counted holds since ``first`` (None: ever), each with its holds.

    Counts and ratings come from two indexed queries (string work only on rated holds);
    rows are read by position, since at ten years of use this runs over 15 000 spots.
    """
    since, params = ("AND local_date >= ?", (first.isoformat(),)) if first else ("", ())
    counted = f"deleted = 0 AND outcome != 'cancelled' {since}"
    rows = store.query(
        "SELECT s.id, s.side, s.muscle, s.x, s.y, s.created_utc, s.utc_offset_s, s.note,"  # noqa: S608
        " a.n, a.days FROM spots AS s JOIN ("
        f" SELECT spot_id, COUNT(*) AS n, group_concat(DISTINCT local_date) AS days"
        f" FROM holds WHERE {counted} GROUP BY spot_id"
        ") AS a ON a.spot_id = s.id WHERE s.deleted = 0",
        params,
    )
    ratings = {
        r[0]: (r[1], r[2])
        for r in store.query(
            "SELECT spot_id,"  # noqa: S608 - the only interpolation is our own condition
            " min(started_utc || '|' || coalesce(tenderness_before, tenderness_after)),"
            " max(started_utc || '|' || coalesce(tenderness_after, tenderness_before))"
            f" FROM holds WHERE {counted}"
            " AND (tenderness_before IS NOT NULL OR tenderness_after IS NOT NULL)"
            " GROUP BY spot_id",
            params,
        )
    }
    with store.reading():
        return _heat_spots(rows, ratings)


def _heat_spots(rows: list[sqlite3.Row], ratings: dict[int, tuple[str, str]]) -> list[HeatSpot]:
    none = (None, None)
    found = []
    for spot_id, side, muscle, x, y, created_utc, offset, note, count, days in rows:
        first_rating, latest_rating = ratings.get(spot_id, none)
        spot = Spot(spot_id, region_of(side, muscle), x, y, local_time(created_utc, offset), note)
        found.append(
            HeatSpot(
                spot=spot,
                holds=count,
                days=frozenset(days.split(",")),
                first_rating=_rating(first_rating),
                latest_rating=_rating(latest_rating),
            )
        )
    return found


def recurring_knots(spots: list[HeatSpot]) -> list[KnotSummary]:
    """Cluster the heat map's spots into knots (most held first), numbered from 1."""
    by_id = {s.spot.id: s for s in spots}
    knots = cluster_knots([s.spot for s in spots], {s.spot.id: s.holds for s in spots})
    summaries = []
    for number, knot in enumerate(knots, start=1):
        members = [by_id[spot.id] for spot in knot.spots]
        days = frozenset().union(*(m.days for m in members))
        firsts = [m.first_rating for m in members if m.first_rating is not None]
        latests = [m.latest_rating for m in members if m.latest_rating is not None]
        summaries.append(
            KnotSummary(
                number=number,
                knot=knot,
                days=len(days),
                holds=knot.holds,
                first_tenderness=min(firsts)[1] if firsts else None,
                latest_tenderness=max(latests)[1] if latests else None,
            )
        )
    return summaries


def heat_points(knots: list[KnotSummary]) -> list[tuple[float, float, float]]:
    """(x, y, weight) per knot: its holds over those of the busiest knot."""
    busiest = max((k.holds for k in knots), default=0)
    if busiest == 0:
        return []
    return [(k.knot.x, k.knot.y, k.holds / busiest) for k in knots]


def _trend(holds: list[Hold]) -> Trend:
    return Trend(
        start=holds[0].started,
        holds=len(holds),
        held_s=sum(h.held_s for h in holds),
        before=_mean(h.tenderness_before for h in holds),
        after=_mean(h.tenderness_after for h in holds),
    )


def knot_history(
    store: Store, knot: Knot, first: date | None, idle_gap: timedelta = DEFAULT_IDLE_GAP
) -> KnotHistory:
    """A knot's counted holds since ``first``: per day and per session, with mean ratings."""
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
    run_of: Callable[[Hold], object] = lambda h: h.run_id  # noqa: E731
    sessions = split_sessions(holds, idle_gap, run_of=run_of)
    return KnotHistory(
        days=[_trend(group) for group in by_day.values()],
        sessions=[_trend(list(s.holds)) for s in sessions],
    )
