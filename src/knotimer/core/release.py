"""Time to release: how long a knot took to let go (holds ended with Enter), first week vs latest.

A hold ended with Enter ('the knot let go') is stored as released, with the seconds held
until then; that is the knot's time to release. A knot that lets go sooner than it used to
is easing. Holds that ran their full time did not release within it and give no time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from knotimer.core.tenderness import Comparison, DayFacts, compare


@dataclass(frozen=True, slots=True)
class ReleaseChange:
    """A knot's average time to release, first window against latest, and how often it let go."""

    times: Comparison  # averages of the times to release
    released: int  # holds that ended with the knot letting go
    holds: int  # counted holds


def compare_release(days: Sequence[DayFacts]) -> ReleaseChange:
    """Average time to release of the first window against the latest one."""
    return ReleaseChange(
        times=compare(days, lambda f: (f.released, f.release_sum)),
        released=sum(f.released for f in days),
        holds=sum(f.holds for f in days),
    )


def mean_release(days: Iterable[DayFacts]) -> float | None:
    """The average time to release over these days (None when the knot never let go)."""
    facts = list(days)
    released = sum(f.released for f in facts)
    return sum(f.release_sum for f in facts) / released if released else None
