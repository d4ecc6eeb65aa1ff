"""The knots that keep coming back in a span: where, how often, how tender, how quick to let go."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from knotimer.core.collector import collection_paused
from knotimer.core.knotnames import Place, place_of
from knotimer.core.knots import Knot, cluster_knots
from knotimer.core.records import Spot
from knotimer.core.release import ReleaseChange, compare_release
from knotimer.core.rows import local_time, region_of
from knotimer.core.store import Store
from knotimer.core.tenderness import DayFacts, TendernessChange, compare_tenderness, merge_days


class HeatSpot(NamedTuple):
    """A spot held inside a span: its counted holds, day by day."""

    spot: Spot
    holds: int
    days: tuple[DayFacts, ...]  # oldest first


@dataclass(frozen=True, slots=True)
class KnotSummary:
    """A recurring knot as the list, the heat map and the report show it."""

    number: int  # 1 = the most held
    knot: Knot
    place: Place  # where on its muscle
    days: tuple[DayFacts, ...]  # its days with counted holds, oldest first
    holds: int
    tenderness: TendernessChange
    release: ReleaseChange

    @property
    def day_count(self) -> int:
        """Days with a counted hold on it."""
        return len(self.days)

    @property
    def mean_before(self) -> float | None:
        """The average of every before-rating in the span (None: never rated)."""
        rated = self.rated
        return sum(f.before_sum for f in self.days) / rated if rated else None

    @property
    def rated(self) -> int:
        """How many of its holds were rated before."""
        return sum(f.rated for f in self.days)

    @property
    def first_day(self) -> date:
        """Its first day with a hold in the span."""
        return self.days[0].day

    @property
    def last_day(self) -> date:
        """Its latest day with a hold in the span."""
        return self.days[-1].day


_MEASURES = (
    "COUNT(*), COUNT(tenderness_before), TOTAL(tenderness_before),"
    " COUNT(tenderness_before - tenderness_after), TOTAL(tenderness_before - tenderness_after),"
    " COUNT(*) FILTER (WHERE outcome = 'released'),"
    " TOTAL(held_s) FILTER (WHERE outcome = 'released'),"
    " COUNT(tenderness_after), TOTAL(tenderness_after)"
)


def _limits(first: date | None, last: date | None) -> tuple[str, tuple[str, ...]]:
    """The condition on holds' local dates (our own text only), and its parameters."""
    where, params = "", []
    if first is not None:
        where += " AND local_date >= ?"
        params.append(first.isoformat())
    if last is not None:
        where += " AND local_date <= ?"
        params.append(last.isoformat())
    return where, tuple(params)


def _tuples(store: Store, sql: str, params: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """The rows as plain tuples: unpacked faster than sqlite3.Row, at 20 000 rows it shows."""
    with store.reading():
        cursor = store.cursor(sql, params)
        cursor.row_factory = None
        return cursor.fetchall()


def heat_spots(store: Store, first: date | None, last: date | None = None) -> list[HeatSpot]:
    """The spots with counted holds from ``first`` to ``last`` (None: no limit), with their days.

    One pass over the holds in the order of their index sums up each spot (SQL does the
    arithmetic, nothing is parsed); the few spots held on more than one day are summed
    again day by day. Rows are read by position: ten years are some 20 000 spots, and
    no collector passes while their records are made (a quarter of the time otherwise).
    """
    with collection_paused():
        return _read_heat_spots(store, first, last)


def _read_heat_spots(store: Store, first: date | None, last: date | None) -> list[HeatSpot]:
    since, params = _limits(first, last)
    counted = f"deleted = 0 AND outcome != 'cancelled' {since}"
    per_spot = _tuples(
        store,
        f"SELECT spot_id, min(local_date), max(local_date), {_MEASURES}"  # noqa: S608
        f" FROM holds WHERE {counted} GROUP BY spot_id",
        params,
    )
    several = [row[0] for row in per_spot if row[1] != row[2]]
    per_day = (
        _tuples(
            store,
            f"SELECT spot_id, local_date, local_date, {_MEASURES} FROM holds"  # noqa: S608
            f" WHERE {counted} AND spot_id IN (SELECT value FROM json_each(?))"
            " GROUP BY spot_id, local_date",
            (*params, json.dumps(several)),
        )
        if several
        else []
    )
    columns = "id, side, muscle, x, y, created_utc, utc_offset_s, note"
    spots = _tuples(
        store,
        f"SELECT {columns} FROM spots WHERE deleted = 0"  # noqa: S608
        + ("" if not params else f" AND id IN (SELECT spot_id FROM holds WHERE 1 {since})"),  # noqa: S608
        params,
    )
    with store.reading():
        return _heat_spots(spots, per_spot, per_day)


def _heat_spots(
    spots: list[tuple[Any, ...]], per_spot: list[tuple[Any, ...]], per_day: list[tuple[Any, ...]]
) -> list[HeatSpot]:
    # Some 3 650 days in ten years, each parsed once; the day's sums go into a DayFacts as
    # they come from the row (a named tuple: no per-field work, which 20 000 spots show).
    dates: dict[str, date] = {}
    days: dict[int, tuple[DayFacts, ...]] = {}
    for spot_id, day, last, *measures in per_spot:
        if day == last:  # else summed again day by day, in per_day
            when = dates.get(day) or dates.setdefault(day, date.fromisoformat(day))
            days[spot_id] = (DayFacts(when, *measures),)
    several: dict[int, list[DayFacts]] = {}
    for spot_id, day, _, *measures in per_day:
        when = dates.get(day) or dates.setdefault(day, date.fromisoformat(day))
        several.setdefault(spot_id, []).append(DayFacts(when, *measures))
    days.update((spot_id, tuple(sorted(f))) for spot_id, f in several.items())
    found = []
    for spot_id, side, muscle, x, y, created_utc, offset, note in spots:
        mine = days.get(spot_id)
        if mine is None:
            continue  # no counted hold in the span
        spot = _spot(spot_id, region_of(side, muscle), x, y, local_time(created_utc, offset), note)
        holds = mine[0].holds if len(mine) == 1 else sum(f.holds for f in mine)
        found.append(HeatSpot(spot, holds, mine))
    return found


# A Spot made without its frozen __init__, whose detour for every field shows over tens of
# thousands of them: each value goes straight into its slot, as that __init__ puts it.
_new = object.__new__
_S = tuple(getattr(Spot, name).__set__ for name in Spot.__slots__)


def _spot(*values: Any) -> Spot:
    """Spot(*values), all six given."""
    spot: Spot = _new(Spot)
    s0, s1, s2, s3, s4, s5 = _S
    v0, v1, v2, v3, v4, v5 = values
    s0(spot, v0)
    s1(spot, v1)
    s2(spot, v2)
    s3(spot, v3)
    s4(spot, v4)
    s5(spot, v5)
    return spot


def recurring_knots(spots: list[HeatSpot]) -> list[KnotSummary]:
    """Cluster the span's spots into knots (most held first), numbered from 1."""
    with collection_paused():
        return _summaries(spots)


def _summaries(spots: list[HeatSpot]) -> list[KnotSummary]:
    by_id = {s.spot.id: s for s in spots}
    knots = cluster_knots([s.spot for s in spots], {s.spot.id: s.holds for s in spots})
    summaries = []
    for number, knot in enumerate(knots, start=1):
        days = tuple(merge_days(by_id[spot.id].days for spot in knot.spots))
        summaries.append(
            KnotSummary(
                number=number,
                knot=knot,
                place=place_of(knot.region, knot.x, knot.y),
                days=days,
                holds=knot.holds,
                tenderness=compare_tenderness(days),
                release=compare_release(days),
            )
        )
    return summaries
