"""Like-for-like tenderness of one knot: before-ratings of its first week against its latest."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

WINDOW_DAYS = 7  # a knot's first week is compared with its latest week


@dataclass(frozen=True, slots=True)
class Observation:
    """One counted hold on a knot, as the comparisons read it."""

    day: date  # the local date it started
    before: int | None  # tenderness 0-10 just before the hold
    after: int | None  # ... and just after it
    release_s: float | None = None  # seconds until the knot let go (released holds only)


class DayFacts(NamedTuple):
    """A knot's (or spot's) counted holds on one day: sums of what was measured, and how many.

    Sums and counts rather than the values themselves, so that years of holds are read in
    one pass of the database and merged without keeping every rating. A named tuple: made
    straight from a row of sums, tens of thousands of times for a long record.
    """

    day: date
    holds: int
    rated: int = 0  # holds rated before
    before_sum: float = 0.0  # ... the sum of those ratings
    eased: int = 0  # holds rated before and after
    relief_sum: float = 0.0  # ... the sum of before - after over them
    released: int = 0  # holds that ended with the knot letting go
    release_sum: float = 0.0  # ... the sum of their times to release, in seconds
    rated_after: int = 0  # holds rated after
    after_sum: float = 0.0  # ... the sum of those ratings

    def combined(self, other: DayFacts) -> DayFacts:
        """Two spots' holds on the same day (or two days of one week) as one."""
        return DayFacts(
            self.day,
            self.holds + other.holds,
            self.rated + other.rated,
            self.before_sum + other.before_sum,
            self.eased + other.eased,
            self.relief_sum + other.relief_sum,
            self.released + other.released,
            self.release_sum + other.release_sum,
            self.rated_after + other.rated_after,
            self.after_sum + other.after_sum,
        )


def day_facts(observations: Iterable[Observation]) -> list[DayFacts]:
    """Holds grouped by day, oldest day first."""
    days: dict[date, DayFacts] = {}
    for o in observations:
        both = o.before is not None and o.after is not None
        one = DayFacts(
            o.day,
            1,
            int(o.before is not None),
            float(o.before or 0),
            int(both),
            float((o.before or 0) - (o.after or 0)) if both else 0.0,
            int(o.release_s is not None),
            o.release_s or 0.0,
            int(o.after is not None),
            float(o.after or 0),
        )
        had = days.get(o.day)
        days[o.day] = one if had is None else had.combined(one)
    return [days[day] for day in sorted(days)]


def merge_days(parts: Iterable[Iterable[DayFacts]]) -> list[DayFacts]:
    """The days of several spots (one knot) as one list, oldest day first."""
    merged: dict[date, DayFacts] = {}
    for days in parts:
        for facts in days:
            had = merged.get(facts.day)
            merged[facts.day] = facts if had is None else had.combined(facts)
    return [merged[day] for day in sorted(merged)]


@dataclass(frozen=True, slots=True)
class Group:
    """Values of one window (a week, or a day): the average of ``count`` values."""

    value: float
    count: int
    first: date
    last: date
    holds: int = 0  # the counted holds in the window (for 'released in 3 of 5')

    @property
    def is_summary(self) -> bool:
        """Whether the value is an average of several, not one reading."""
        return self.count > 1


@dataclass(frozen=True, slots=True)
class Comparison:
    """A knot's first window against its latest; ``weeks`` False: first day against latest."""

    early: Group | None
    late: Group | None  # None when there is only one window
    weeks: bool

    @property
    def change(self) -> float | None:
        """Latest minus first (negative: less tender, or released sooner)."""
        if self.early is None or self.late is None:
            return None
        return self.late.value - self.early.value


@dataclass(frozen=True, slots=True)
class TendernessChange:
    """Before-ratings, first against latest, and how much a hold eases the knot on average."""

    before: Comparison
    relief: float | None  # mean of (before - after) over holds rated both times
    relief_holds: int


def compare(
    days: Sequence[DayFacts], values_of: Callable[[DayFacts], tuple[int, float]]
) -> Comparison:
    """The average of the first window against the latest (days with values only).

    ``days`` are oldest first; ``values_of`` gives a day's (count, sum) of the values
    compared. Only the days inside the two windows are read, however long the record.
    """
    first = next((f.day for f in days if values_of(f)[0]), None)
    last = next((f.day for f in reversed(days) if values_of(f)[0]), None)
    if first is None or last is None:
        return Comparison(None, None, False)
    weeks = last - first >= timedelta(days=2 * WINDOW_DAYS - 1)
    window = timedelta(days=WINDOW_DAYS - 1 if weeks else 0)
    ordered = [f.day for f in days]

    def group(start: date, end: date) -> Group:
        inside = days[bisect.bisect_left(ordered, start) : bisect.bisect_right(ordered, end)]
        values = [values_of(f) for f in inside]
        count = sum(n for n, _ in values)
        valued = [f.day for f, (n, _) in zip(inside, values, strict=True) if n]
        holds = sum(f.holds for f in inside)  # every hold of the window, valued or not
        return Group(sum(v for _, v in values) / count, count, valued[0], valued[-1], holds)

    early = group(first, first + window)
    late = group(last - window, last) if last != first else None
    return Comparison(early, late, weeks)


def compare_tenderness(days: Sequence[DayFacts]) -> TendernessChange:
    """Before-ratings, first window against latest; each hold's own before - after, averaged."""
    eased = sum(f.eased for f in days)
    return TendernessChange(
        before=compare(days, lambda f: (f.rated, f.before_sum)),
        relief=sum(f.relief_sum for f in days) / eased if eased else None,
        relief_holds=eased,
    )
