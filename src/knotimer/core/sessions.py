"""Sessions: one sitting of holds, ended by a long pause or midnight (a restart continues it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from knotimer.core.records import Hold

DEFAULT_IDLE_GAP = timedelta(minutes=45)


@dataclass(frozen=True, slots=True)
class Session:
    """Holds close together in time, on one day (across restarts of the app)."""

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

    A new session starts after a pause longer than ``idle_gap`` or on a new local day.
    A restart of the app within the idle gap continues the session: someone who closes
    and reopens knotimer mid-massage is still in the same sitting. ``run_of`` (the app run
    a hold was recorded in) is accepted for the callers that pass it; a change of run
    alone no longer starts a session, since the gap already tells a new sitting apart.
    """
    del run_of  # see above: a restart within the gap is the same sitting
    ordered = sorted(holds, key=lambda h: (h.started, h.id))
    groups: list[tuple[list[Hold], datetime]] = []  # holds, and when the last of them ended
    for hold in ordered:
        if groups:
            members, end = groups[-1]
            same_day = hold.started.date() == members[-1].started.date()
            if same_day and hold.started - end <= idle_gap:
                members.append(hold)
                groups[-1] = (members, max(end, hold_end(hold)))
                continue
        groups.append(([hold], hold_end(hold)))
    return [
        Session(number, members[0].started, end, tuple(members))
        for number, (members, end) in enumerate(groups, start=1)
    ]
