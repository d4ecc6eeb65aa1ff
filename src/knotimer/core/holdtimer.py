"""The hold timer's state machine: start, pause, extend, release, cancel, complete, interrupted."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from knotimer.core.clock import Clock

MIN_HOLD_S = 10
MAX_HOLD_S = 30
DEFAULT_HOLD_S = 20
EXTEND_STEP_S = 10
MAX_EXTENDED_S = 90
# A gap this large between the suspend-aware clock and the monotonic one means the
# machine slept during the hold.
SUSPEND_THRESHOLD_S = 2.0


class HoldError(ValueError):
    """A request the hold timer cannot carry out in its current state, or a bad length."""


class Outcome(StrEnum):
    """How a hold ended."""

    COMPLETED = "completed"  # the planned time ran out
    RELEASED = "released"  # ended early on purpose: the knot let go
    CANCELLED = "cancelled"  # abandoned; kept in the record but not counted as treatment
    INTERRUPTED = "interrupted"  # the machine slept, or the app closed mid-hold


class HoldState(StrEnum):
    """Where the hold timer is."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"


@dataclass(frozen=True, slots=True)
class HoldResult:
    """A finished hold, ready to be stored."""

    started: datetime  # local wall time when it started (aware), a label only
    planned_s: float
    held_s: float  # time actually pressed, on the monotonic clock, pauses excluded
    paused_s: float
    pauses: int
    outcome: Outcome

    @property
    def counts_as_treatment(self) -> bool:
        """Cancelled holds are kept but not counted."""
        return self.outcome is not Outcome.CANCELLED


def validate_hold_length(
    value: float, shortest: float = MIN_HOLD_S, longest: float = MAX_HOLD_S
) -> float:
    """Return ``value`` if it is a hold length the app offers (10-30 s), else raise HoldError."""
    if not math.isfinite(value) or not shortest <= value <= longest:
        raise HoldError(f"a hold lasts from {shortest:g} to {longest:g} seconds, not {value:g}")
    return value


class HoldTimer:
    """One hold at a time, timed against a monotonic deadline on an injected clock.

    The timer never counts ticks: whoever drives it calls :meth:`poll` when the
    deadline (:attr:`deadline`) is due, and may call it at any other moment too.
    """

    def __init__(
        self,
        clock: Clock,
        *,
        shortest_s: float = MIN_HOLD_S,
        longest_s: float = MAX_HOLD_S,
        extend_limit_s: float = MAX_EXTENDED_S,
    ) -> None:
        """The limits default to a hold's; the guided routine times its steps with others."""
        self._clock = clock
        self._shortest_s = shortest_s
        self._longest_s = longest_s
        self._extend_limit_s = extend_limit_s
        self.state = HoldState.IDLE
        self.planned_s = 0.0
        self._started: datetime | None = None
        self._run_started_mono = 0.0  # when the current running stretch began
        self._run_started_boot = 0.0
        self._banked_s = 0.0  # held time from earlier running stretches
        self._paused_at = 0.0
        self._paused_s = 0.0
        self._pauses = 0
        self.runs_on = False  # press-and-hold: the hold goes on past its planned length

    # -- reading -----------------------------------------------------------
    @property
    def active(self) -> bool:
        """True while a hold is running or paused."""
        return self.state is not HoldState.IDLE

    def held(self) -> float:
        """Seconds held so far in this hold (pauses excluded)."""
        if self.state is HoldState.RUNNING:
            return self._banked_s + (self._clock.monotonic() - self._run_started_mono)
        return self._banked_s

    @property
    def started(self) -> datetime | None:
        """The local wall time the active hold started (None when idle)."""
        return self._started if self.active else None

    @property
    def pauses(self) -> int:
        """How often the active hold was paused."""
        return self._pauses

    def paused(self) -> float:
        """Seconds the active hold has spent paused so far."""
        if self.state is HoldState.PAUSED:
            return self._paused_s + (self._clock.monotonic() - self._paused_at)
        return self._paused_s

    def remaining(self) -> float:
        """Seconds left until the planned end (0 when idle)."""
        if not self.active:
            return 0.0
        return max(0.0, self.planned_s - self.held())

    @property
    def deadline(self) -> float | None:
        """The monotonic time at which the hold completes, while running."""
        if self.state is not HoldState.RUNNING:
            return None
        return self._run_started_mono + (self.planned_s - self._banked_s)

    @property
    def limit(self) -> float | None:
        """In a hold that runs on, the monotonic time it stops by itself (90 s held)."""
        if self.state is not HoldState.RUNNING or not self.runs_on:
            return None
        return self._run_started_mono + (self._extend_limit_s - self._banked_s)

    def when_remaining(self, seconds_left: float) -> float | None:
        """The monotonic time at which ``seconds_left`` will remain, while running."""
        deadline = self.deadline
        return None if deadline is None else deadline - seconds_left

    # -- commands ----------------------------------------------------------
    def start(self, planned_s: float, *, run_on: bool = False) -> None:
        """Begin a hold of ``planned_s`` seconds (10-30).

        With ``run_on`` (press-and-hold) it does not end at ``planned_s`` but goes on until
        :meth:`let_go`, or until 90 s are held.
        """
        if self.active:
            raise HoldError("a hold is already running")
        self.planned_s = validate_hold_length(planned_s, self._shortest_s, self._longest_s)
        self.runs_on = run_on
        self._started = self._clock.now()
        self._banked_s = 0.0
        self._paused_s = 0.0
        self._pauses = 0
        self._begin_stretch()
        self.state = HoldState.RUNNING

    def pause(self) -> HoldResult | None:
        """Pause a running hold. Returns a result if the hold had in fact already ended."""
        self._require(HoldState.RUNNING)
        ended = self.poll()
        if ended is not None:
            return ended
        self._banked_s = self.held()
        self._paused_at = self._clock.monotonic()
        self._pauses += 1
        self.state = HoldState.PAUSED
        return None

    def resume(self) -> None:
        """Continue a paused hold."""
        self._require(HoldState.PAUSED)
        self._paused_s += self._clock.monotonic() - self._paused_at
        self._begin_stretch()
        self.state = HoldState.RUNNING

    def extend(self, seconds: float = EXTEND_STEP_S) -> float:
        """Add time to an active hold, up to 90 s in all; returns the seconds actually added."""
        if not self.active:
            raise HoldError("no hold to extend")
        added = max(0.0, min(seconds, self._extend_limit_s - self.planned_s))
        self.planned_s += added
        return added

    def release(self) -> HoldResult:
        """End the hold early on purpose (the knot let go); the seconds held are kept."""
        return self._finish(Outcome.RELEASED)

    def let_go(self) -> HoldResult:
        """The hold key was let go: released before the planned length, completed after it."""
        if self.runs_on and self.held() >= self.planned_s:
            return self._finish(Outcome.COMPLETED)
        return self._finish(Outcome.RELEASED)

    def so_far(self) -> HoldResult:
        """The hold as it stands, completed at its planned length (it goes on running)."""
        return self._result(Outcome.COMPLETED, self.planned_s)

    def cancel(self) -> HoldResult:
        """Abandon the hold; it is recorded as cancelled."""
        return self._finish(Outcome.CANCELLED)

    def interrupt(self) -> HoldResult:
        """End the hold because the app is closing or the machine went away."""
        return self._finish(Outcome.INTERRUPTED)

    def poll(self) -> HoldResult | None:
        """Complete the hold if its deadline has passed; notice a suspend. None otherwise."""
        if self.state is not HoldState.RUNNING:
            return None
        mono = self._clock.monotonic()
        slept = (self._clock.boottime() - self._run_started_boot) - (mono - self._run_started_mono)
        if slept > SUSPEND_THRESHOLD_S:
            return self._finish(Outcome.INTERRUPTED)
        deadline = self.deadline
        assert deadline is not None
        limit = self.limit
        if mono >= deadline and (limit is None or mono >= limit):
            return self._finish(Outcome.COMPLETED)
        return None

    # -- internals ---------------------------------------------------------
    def _begin_stretch(self) -> None:
        self._run_started_mono = self._clock.monotonic()
        self._run_started_boot = self._clock.boottime()

    def _require(self, state: HoldState) -> None:
        if self.state is not state:
            raise HoldError(f"the hold is {self.state.value}, not {state.value}")

    def _finish(self, outcome: Outcome) -> HoldResult:
        if not self.active:
            raise HoldError("no hold is running")
        held = self.held()
        if self.state is HoldState.PAUSED:
            self._paused_s += self._clock.monotonic() - self._paused_at
        if outcome is Outcome.COMPLETED and not self.runs_on:
            held = self.planned_s  # the deadline was reached; lateness is not holding
        held = min(held, self._extend_limit_s if self.runs_on else self.planned_s)
        result = self._result(outcome, held)
        self.state = HoldState.IDLE
        self._banked_s = 0.0
        return result

    def _result(self, outcome: Outcome, held: float) -> HoldResult:
        assert self._started is not None
        return HoldResult(
            started=self._started,
            planned_s=self.planned_s,
            held_s=round(held, 3),
            paused_s=round(self._paused_s, 3),
            pauses=self._pauses,
            outcome=outcome,
        )
