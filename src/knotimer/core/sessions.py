"""Sessions: one sitting of holds, ended by a long pause, midnight, or the app closing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from knotimer.core.records import Hold

DEFAULT_IDLE_GAP = timedelta(minutes=45)


@dataclass(frozen=True, slots=True)
class Session:
    """Holds close together in time, on one day, in one run of the app."""

    number: int  # 1, 2, ... within the list it came from
    start: datetime
    end: datetime
    holds: tuple[Hold, ...]

    @property
    def held_s(self) -> float:
        """Seconds held in this session (cancelled holds excluded)."""
        return sum(h.held_s for h in self.holds if h.outcome.value != "cancelled")


def hold_end(hold: Hold) -> datetime:
    """When a hold ended: its start plus the time held and paused."""
    return hold.started + timedelta(seconds=hold.held_s + hold.paused_s)


def split_sessions(
    holds: Sequence[Hold],
    idle_gap: timedelta = DEFAULT_IDLE_GAP,
    run_of: Callable[[Hold], object] | None = None,
) -> list[Session]:
    """Group holds (any order) into sessions.

    A new session starts after a pause longer than ``idle_gap``, on a new local day, or
    when ``run_of`` (the app run a hold was recorded in) changes, i.e. the app was restarted.
    """
    ordered = sorted(holds, key=lambda h: (h.started, h.id))
    groups: list[list[Hold]] = []
    for hold in ordered:
        if groups:
            last = groups[-1][-1]
            same_run = run_of is None or run_of(hold) == run_of(last)
            same_day = hold.started.date() == last.started.date()
            close = hold.started - hold_end(last) <= idle_gap
            if same_run and same_day and close:
                groups[-1].append(hold)
                continue
        groups.append([hold])
    return [
        Session(number, group[0].started, max(hold_end(h) for h in group), tuple(group))
        for number, group in enumerate(groups, start=1)
    ]
