"""What the big dial shows: ready, the hold, "Release" at its end, then "How tender now?".

One dial for everything that counts down: a hold, or the guided routine's step. The end of
a hold stays in view for a few seconds (RELEASE), then the dial asks for the after-rating
(ASK) until a digit, another action, or a while without an answer.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from knotimer.app.holdclock import HoldClock
from knotimer.app.tenderness import Moment, TendernessKeys
from knotimer.core.holdtimer import HoldResult, HoldState, Outcome

RELEASE_MS = 3000  # the end of a hold, large and in its own colour
ASK_MS = 45_000  # then "How tender now?" until answered, or this long


class DialMode(StrEnum):
    """The dial's states, in the order a hold goes through them."""

    READY = "ready"
    HOLDING = "holding"
    PAUSED = "paused"
    RELEASE = "release"  # the hold reached its end: let go now
    RELEASED = "released"  # the knot let go early (Enter)
    ASK = "ask"  # how tender is it now?
    STEP = "step"  # a timed step of the routine
    NEXT_KNOT = "next-knot"  # the routine's moment to move the thumb


class DialState(QObject):
    """The dial's mode, from the hold clock, the routine's step clock and the ratings."""

    changed = Signal()  # the mode, or what the mode shows, changed
    ticked = Signal()  # only time passed: the seconds and the ring move on

    def __init__(
        self,
        hold: HoldClock,
        step_clock: HoldClock,
        tenderness: TendernessKeys,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hold = hold
        self._step = step_clock
        self._tenderness = tenderness
        self._ended: DialMode | None = None  # RELEASE or RELEASED while the end is shown
        self._asking = False
        self.moving_on = False  # set by the session: the step clock times a move to a knot
        self.end_timer = self._single_shot(self._end_shown)
        self.ask_timer = self._single_shot(self.stop_asking)
        hold.started.connect(self.stop_asking)
        hold.ending.connect(self._hold_ending)
        hold.changed.connect(self.changed)
        step_clock.changed.connect(self.changed)
        hold.ticked.connect(self.ticked)
        step_clock.ticked.connect(self.ticked)
        tenderness.rated.connect(self._rated)

    def _single_shot(self, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.CoarseTimer)
        timer.timeout.connect(slot)
        return timer

    @property
    def mode(self) -> DialMode:
        """What the dial shows now."""
        state = self._hold.state
        if state is HoldState.RUNNING:
            return DialMode.HOLDING
        if state is HoldState.PAUSED:
            return DialMode.PAUSED
        if self._ended is not None:
            return self._ended
        if self._asking:
            return DialMode.ASK
        if self._step.state is not HoldState.IDLE:
            return DialMode.NEXT_KNOT if self.moving_on else DialMode.STEP
        return DialMode.READY

    @Slot(object)
    def _hold_ending(self, result: HoldResult) -> None:
        if result.outcome is Outcome.COMPLETED:
            self._ended = DialMode.RELEASE
        elif result.outcome is Outcome.RELEASED:
            self._ended = DialMode.RELEASED
        else:
            self._ended = None
            self.changed.emit()
            return
        self.end_timer.start(RELEASE_MS)
        self.changed.emit()

    @Slot()
    def _end_shown(self) -> None:
        self._ended = None
        self._asking = self._tenderness.moment is Moment.AFTER and self._tenderness.after is None
        if self._asking:
            self.ask_timer.start(ASK_MS)
        self.changed.emit()

    @Slot(str, int)
    def _rated(self, moment: str, rating: int) -> None:
        if moment == Moment.AFTER.value and self._asking:
            self.stop_asking()  # answered (during the end's seconds, no question follows)

    @Slot()
    def stop_asking(self) -> None:
        """Another action: the end and the question give way to the dial's usual face."""
        if self._asking or self._ended is not None:
            self._asking = False
            self._ended = None
            self.end_timer.stop()
            self.ask_timer.stop()
            self.changed.emit()
