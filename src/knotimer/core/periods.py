"""A long period in weeks, months or years: what was done in each, for the report's table."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from knotimer.core.store import Store
from knotimer.core.tenderness import DayFacts


class Grouping(Enum):
    """How a period's table groups its days."""

    DAY = "day"
    WEEK = "week"  # Monday to Sunday
    MONTH = "month"
    YEAR = "year"


def grouping_for(first: date, last: date) -> Grouping:
    """Days up to two weeks, weeks up to half a year, months up to ten years, then years."""
    days = (last - first).days + 1
    if days <= 14:
        return Grouping.DAY
    if days <= 183:
        return Grouping.WEEK
    if days <= 3660:
        return Grouping.MONTH
    return Grouping.YEAR


def group_start(day: date, grouping: Grouping) -> date:
    """The first day of the week, month or year ``day`` is in."""
    if grouping is Grouping.WEEK:
        return day - timedelta(days=day.weekday())
    if grouping is Grouping.MONTH:
        return day.replace(day=1)
    if grouping is Grouping.YEAR:
        return day.replace(month=1, day=1)
    return day


def group_end(start: date, grouping: Grouping) -> date:
    """The last day of the group starting on ``start``."""
    if grouping is Grouping.WEEK:
        return start + timedelta(days=6)
    if grouping is Grouping.MONTH:
        following = start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
        return following - timedelta(days=1)
    if grouping is Grouping.YEAR:
        return start.replace(month=12, day=31)
    return start


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """One week, month or year of a period (cut to the period at its ends)."""

    first: date
    last: date
    days: int  # days with a counted hold
    holds: int  # counted holds
    cancelled: int
    held_s: float
    released: int  # holds that ended with the knot letting go
    spots: int  # spots held


def day_totals(
    store: Store, first: date, last: date
) -> list[tuple[date, int, int, float, int, int]]:
    """Per day with holds: (day, counted, cancelled, seconds held, released, spots held)."""
    rows = store.query(
        """
        SELECT h.local_date,
               COUNT(*) FILTER (WHERE h.outcome != 'cancelled'),
               COUNT(*) FILTER (WHERE h.outcome = 'cancelled'),
               TOTAL(h.held_s) FILTER (WHERE h.outcome != 'cancelled'),
               COUNT(*) FILTER (WHERE h.outcome = 'released'),
               COUNT(DISTINCT h.spot_id) FILTER (WHERE h.outcome != 'cancelled')
        FROM holds AS h JOIN spots AS s ON s.id = h.spot_id
        WHERE h.deleted = 0 AND s.deleted = 0 AND h.local_date BETWEEN ? AND ?
        GROUP BY h.local_date ORDER BY h.local_date
        """,
        (first.isoformat(), last.isoformat()),
    )
    with store.reading():
        return [(date.fromisoformat(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in rows]


def period_rows(
    totals: Iterable[tuple[date, int, int, float, int, int]],
    first: date,
    last: date,
    grouping: Grouping,
) -> list[PeriodRow]:
    """Every week, month or year from ``first`` to ``last`` that had holds, oldest first."""
    groups: dict[date, list[tuple[date, int, int, float, int, int]]] = {}
    for total in totals:
        groups.setdefault(group_start(total[0], grouping), []).append(total)
    return [
        PeriodRow(
            first=max(first, start),
            last=min(last, group_end(start, grouping)),
            days=sum(1 for t in days if t[1]),
            holds=sum(t[1] for t in days),
            cancelled=sum(t[2] for t in days),
            held_s=sum(t[3] for t in days),
            released=sum(t[4] for t in days),
            spots=sum(t[5] for t in days),
        )
        for start, days in sorted(groups.items())
    ]


def grouped_facts(days: Iterable[DayFacts], grouping: Grouping) -> list[tuple[date, DayFacts]]:
    """One knot's days summed per week, month or year: (first day of the group, its sums)."""
    groups: dict[date, DayFacts] = {}
    for facts in days:
        start = group_start(facts.day, grouping)
        had = groups.get(start)
        groups[start] = facts if had is None else had.combined(facts)
    return sorted(groups.items())
