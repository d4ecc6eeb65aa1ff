"""The guided calf routine: warm-up, cross-fibre strokes, find knots, hold each knot, per leg."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from knotimer.core.anatomy import Side

DEFAULT_STEP_S = {"warm-up": 60, "cross-fibre": 60, "find-knots": 60, "switch-legs": 10}
STEP_LIMITS_S = (10, 600)  # each timed step may be set from 10 s to 10 min


class Step(StrEnum):
    """One step of the routine."""

    WARM_UP = "warm-up"  # long, gentle strokes from ankle to the top of the calf
    CROSS_FIBRE = "cross-fibre"  # thumb strokes across the muscle, low to high
    FIND_KNOTS = "find-knots"  # press deeper, mark each knot on the diagram
    HOLD_KNOTS = "hold-knots"  # hold each marked knot, one after the other
    SWITCH_LEGS = "switch-legs"  # a short pause to change legs

    @property
    def timed(self) -> bool:
        """Timed steps count down; holding knots is a series of holds instead."""
        return self is not Step.HOLD_KNOTS


@dataclass(frozen=True, slots=True)
class Stage:
    """A step on one leg."""

    step: Step
    side: Side


def plan(sides: Iterable[Side]) -> list[Stage]:
    """The stages for one leg or both, with a switch between legs."""
    stages: list[Stage] = []
    for index, side in enumerate(sides):
        if index:
            stages.append(Stage(Step.SWITCH_LEGS, side))
        stages += [
            Stage(Step.WARM_UP, side),
            Stage(Step.CROSS_FIBRE, side),
            Stage(Step.FIND_KNOTS, side),
            Stage(Step.HOLD_KNOTS, side),
        ]
    return stages


def step_seconds(values: dict[str, object]) -> dict[Step, int]:
    """Step lengths from stored preferences, each kept within 10 s - 10 min."""
    low, high = STEP_LIMITS_S
    lengths: dict[Step, int] = {}
    for step in Step:
        if not step.timed:
            continue
        try:
            seconds = int(float(str(values.get(step.value, DEFAULT_STEP_S[step.value]))))
        except (ValueError, OverflowError):  # "abc", "nan", "inf"
            seconds = DEFAULT_STEP_S[step.value]
        lengths[step] = max(low, min(high, seconds))
    return lengths


@dataclass
class Routine:
    """Where the user is in the routine, and which knots are left to hold on this leg."""

    stages: list[Stage]
    index: int = 0
    knots: list[int] = field(default_factory=list)  # spot ids still to hold on this leg
    held: list[int] = field(default_factory=list)  # spot ids held in this stage, in order
    skipped: list[int] = field(default_factory=list)  # spot ids skipped in this stage

    @classmethod
    def for_sides(cls, sides: Iterable[Side]) -> Routine:
        """A routine for the given legs, in order."""
        stages = plan(sides)
        if not stages:
            raise ValueError("a routine needs at least one leg")
        return cls(stages)

    @property
    def current(self) -> Stage | None:
        """The stage now, or None when the routine is over."""
        return self.stages[self.index] if self.index < len(self.stages) else None

    @property
    def finished(self) -> bool:
        """True after the last stage."""
        return self.current is None

    def advance(self) -> Stage | None:
        """Go on to the next stage (also: skip this one)."""
        if self.current is not None:
            self.index += 1
        self.knots = []
        self.held = []
        self.skipped = []
        return self.current

    def leave(self) -> None:
        """Stop the routine here."""
        self.index = len(self.stages)
        self.knots = []

    # -- holding knots -----------------------------------------------------
    def start_knots(self, spot_ids: Iterable[int]) -> int | None:
        """Begin holding these spots in order; returns the first, or None if there are none."""
        self.knots = list(spot_ids)
        self.held = []
        self.skipped = []
        return self.current_knot

    @property
    def current_knot(self) -> int | None:
        """The spot to hold now."""
        return self.knots[0] if self.knots else None

    def knot_done(self) -> int | None:
        """This knot was held: move on to the next one; None when all are done."""
        if self.knots:
            self.held.append(self.knots.pop(0))
        return self.current_knot

    def skip_knot(self) -> int | None:
        """Leave this knot for now; the next one, or None."""
        if self.knots:
            self.skipped.append(self.knots.pop(0))
        return self.current_knot

    def knot_position(self) -> tuple[int, int]:
        """(this knot's number, how many knots this leg has): skipping keeps the count."""
        behind = len(self.held) + len(self.skipped)
        total = behind + len(self.knots)
        return min(behind + 1, total), total

    def forget_knot(self, spot_id: int) -> None:
        """A spot deleted during the routine is no longer a knot to hold."""
        for queue in (self.knots, self.held, self.skipped):
            while spot_id in queue:
                queue.remove(spot_id)

    def repeat_last(self) -> int | None:
        """Hold the knot just done once more (it goes back to the front of the queue)."""
        if self.held:
            self.knots.insert(0, self.held.pop())
        return self.current_knot

    def add_knot(self, spot_id: int) -> None:
        """A knot found during the holds joins the end of the queue."""
        if spot_id not in self.knots:
            self.knots.append(spot_id)
