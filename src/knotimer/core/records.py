"""What the store keeps: spots on the diagram, the holds on them, and a day's summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from knotimer.core.anatomy import Region
from knotimer.core.holdtimer import Outcome


@dataclass(frozen=True, slots=True)
class Spot:
    """A knot the user marked: where on the diagram (0-1 of the drawing) and on which muscle."""

    id: int
    region: Region
    x: float
    y: float
    created: datetime  # local, aware
    note: str = ""


@dataclass(frozen=True, slots=True)
class Hold:
    """One stored hold on a spot."""

    id: int
    spot_id: int
    started: datetime  # local, aware: UTC instant with the offset in force then
    planned_s: float
    held_s: float
    paused_s: float
    pauses: int
    outcome: Outcome
    tenderness_before: int | None = None  # 0-10
    tenderness_after: int | None = None
    run_id: str | None = None  # the run of the app that recorded it

    @property
    def local_date(self) -> date:
        """The user's own date when the hold started."""
        return self.started.date()

    @property
    def release_s(self) -> float | None:
        """Seconds until the knot let go (ended with Enter), None for any other ending."""
        return self.held_s if self.outcome is Outcome.RELEASED else None


@dataclass(frozen=True, slots=True)
class SpotSummary:
    """One row of a day's list: a spot and what was done on it that day."""

    spot: Spot
    holds: int  # holds that count as treatment (cancelled ones excluded)
    cancelled: int
    held_s: float
    last_hold: datetime | None
    tenderness_before: float | None = None  # mean of the day's ratings, where given
    tenderness_after: float | None = None


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One hold, flattened for CSV and JSON export."""

    hold_id: int
    spot_id: int
    local_date: str
    local_start: str
    utc_start: str
    side: str
    muscle: str
    x: float
    y: float
    planned_s: float
    held_s: float
    outcome: str
    note: str
    tenderness_before: int | None = None  # 0-10, as the user rated it before the hold
    tenderness_after: int | None = None  # 0-10, after the end cue
    place: str = ""  # where on its muscle the spot lies: 'tp1', 'upper-inner', 'middle', ...
    release_s: float | None = None  # released holds: seconds until the knot let go
