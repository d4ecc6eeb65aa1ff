"""The guided routine, driven in Qt: step timers, the queue of knots to hold, and its cues."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from knotimer.app.holdclock import HoldClock
from knotimer.app.holdflow import HoldFlow
from knotimer.app.routinetexts import step_instruction, step_name, step_title
from knotimer.core.anatomy import Side
from knotimer.core.clock import Clock
from knotimer.core.holdtimer import HoldResult, HoldState, Outcome
from knotimer.core.routine import STEP_LIMITS_S, Routine, Stage, Step

MOVE_ON_S = 5  # seconds to move the thumb to the next knot before its hold starts


class RoutineGuide(QObject):
    """Runs one routine: times the steps, then holds each marked knot of the leg in turn."""

    stageChanged = Signal()  # a new stage, a new knot, or the routine ended
    message = Signal(str)

    def __init__(
        self,
        clock: Clock,
        flow: HoldFlow,
        *,
        spots_on: Callable[[Side], list[int]],
        hold_length: Callable[[], int],
        step_seconds: Callable[[Step], int],
        starts_by_itself: Callable[[int], bool] = lambda _spot: True,
        parent: QObject | None = None,
    ) -> None:
        """``starts_by_itself(spot)`` says whether the routine may start a hold there itself."""
        super().__init__(parent)
        self.flow = flow
        self._spots_on = spots_on
        self._starts_by_itself = starts_by_itself
        self.waiting_for_space = False  # a knot the user must start (behind the knee, say)
        self._hold_length = hold_length
        self._step_seconds = step_seconds
        self.routine: Routine | None = None
        self.moving_on = False  # the short pause between two knots
        self.step_clock = HoldClock(clock, self, shortest_s=1, longest_s=STEP_LIMITS_S[1])
        self.step_clock.finished.connect(self._step_clock_ended)
        flow.holdEnded.connect(self._hold_ended)

    # -- state -------------------------------------------------------------
    @property
    def active(self) -> bool:
        """True while a routine runs."""
        return self.routine is not None and not self.routine.finished

    @property
    def stage(self) -> Stage | None:
        """The current stage."""
        return None if self.routine is None else self.routine.current

    @property
    def current_knot(self) -> int | None:
        """The spot being held or next to hold, in step 4."""
        return None if self.routine is None else self.routine.current_knot

    # -- commands ----------------------------------------------------------
    def space(self, select: Callable[[int | None], None]) -> bool:
        """Space in a routine between holds: pause a step (True), or hold this knot again.

        Returns False when Space should start (or pause) a hold as usual; the knot to hold
        is selected first (``select``) after a cancelled hold.
        """
        if not self.active or self.flow.active:
            return False
        if self.step_clock.state is not HoldState.IDLE:
            self.toggle_pause()  # a timed step, or the moment between knots
            return True
        knot = self.current_knot
        if knot is not None:
            select(knot)
        return False

    def start(self, sides: tuple[Side, ...]) -> None:
        """Begin a routine for one leg or both."""
        self.routine = Routine.for_sides(sides)
        self._enter_stage()

    @Slot()
    def toggle_pause(self) -> None:
        """Space in a timed step (or between knots): pause or go on."""
        if self.step_clock.state is not HoldState.IDLE:
            self.step_clock.toggle_pause()
            self.stageChanged.emit()

    @Slot()
    def next(self) -> None:
        """N: skip this step, or this knot in step 4."""
        if not self.active:
            return
        stage = self.stage
        assert stage is not None
        assert self.routine is not None
        if stage.step is Step.HOLD_KNOTS and self.routine.current_knot is not None:
            if self.flow.active:
                self.flow.cancel()  # the hold is kept as cancelled; then on to the next knot
            self._stop_step_clock()
            self.routine.skip_knot()
            self._next_knot()
            return
        self._stop_step_clock()
        self.routine.advance()
        self._enter_stage()

    @Slot()
    def repeat(self) -> None:
        """R in step 4: hold the knot just done once more."""
        if self.active and self.stage and self.stage.step is Step.HOLD_KNOTS and self.routine:
            if self.flow.active or not self.routine.held:
                return
            self._stop_step_clock()
            self.routine.repeat_last()
            self._hold_current()

    def add_knot(self, spot_id: int, side: Side) -> None:
        """A spot marked during step 4 on this leg is held too, after the others."""
        stage = self.stage
        if self.routine and stage and stage.step is Step.HOLD_KNOTS and stage.side is side:
            self.routine.add_knot(spot_id)
            if not self.flow.active and not self.moving_on:
                self._hold_current()
            self.stageChanged.emit()

    def forget(self, spot_id: int) -> None:
        """A spot was deleted: it is no knot to hold any more."""
        if self.routine is not None and not (
            self.flow.active and self.flow.holding_spot == spot_id
        ):
            self.routine.forget_knot(spot_id)
            self.stageChanged.emit()

    @Slot()
    def leave(self) -> None:
        """Stop the routine (holds already made stay saved)."""
        if self.routine is None:
            return
        self._stop_step_clock()
        if self.flow.active:
            self.flow.cancel()
        self.routine.leave()
        self.routine = None
        self.message.emit(
            QCoreApplication.translate(
                "RoutineGuide", "You left the routine. The free timer is yours again."
            )
        )
        self.stageChanged.emit()

    # -- internals ---------------------------------------------------------
    def _enter_stage(self) -> None:
        stage = self.stage
        if stage is None:
            self.routine = None
            self.message.emit(
                QCoreApplication.translate(
                    "RoutineGuide", "Routine done. Well done — take it easy for a moment."
                )
            )
            self.stageChanged.emit()
            return
        if stage.step.timed:
            self.step_clock.start(self._step_seconds(stage.step))
        else:
            assert self.routine is not None
            self.routine.start_knots(self._spots_on(stage.side))
            if self.routine.current_knot is None:
                self.message.emit(
                    QCoreApplication.translate(
                        "RoutineGuide", "No knots marked on this leg: moving on."
                    )
                )
                self.routine.advance()
                self._enter_stage()
                return
            self._hold_current()
        self.stageChanged.emit()

    def _hold_current(self) -> None:
        knot = self.current_knot
        if knot is None:
            return
        self.moving_on = False
        if not self._starts_by_itself(knot):
            # Behind the knee, on the Achilles tendon or the heel: shown with its note, and
            # held only if the user chooses to, with Space.
            self.waiting_for_space = True
            self.message.emit(
                QCoreApplication.translate(
                    "RoutineGuide",
                    "This knot needs care (see the note): press Space to hold it gently "
                    "yourself, or N to skip it.",
                )
            )
            self.stageChanged.emit()
            return
        self.waiting_for_space = False
        self.flow.start_or_pause(knot, self._hold_length())
        self.stageChanged.emit()

    def _next_knot(self) -> None:
        if self.current_knot is None:
            assert self.routine is not None
            self.routine.advance()
            self._enter_stage()
            return
        self.moving_on = True
        self.step_clock.start(MOVE_ON_S)
        self.message.emit(
            QCoreApplication.translate(
                "RoutineGuide", "Move your thumb to the next knot; the hold starts by itself."
            )
        )
        self.stageChanged.emit()

    def _stop_step_clock(self) -> None:
        self.waiting_for_space = False
        self.step_clock.abandon()
        self.moving_on = False

    @Slot(object)
    def _step_clock_ended(self, result: HoldResult) -> None:
        if result.outcome is not Outcome.COMPLETED or not self.active:
            return
        if self.moving_on:
            self._hold_current()
            return
        assert self.routine is not None
        self.routine.advance()
        self._enter_stage()

    @Slot(int, object, bool)
    def _hold_ended(self, spot_id: int, result: HoldResult, saved: bool) -> None:
        if not self.active or self.routine is None or spot_id != self.current_knot:
            return
        if result.outcome in (Outcome.COMPLETED, Outcome.RELEASED):
            self.routine.knot_done()
            self._next_knot()
        else:
            self.message.emit(
                QCoreApplication.translate(
                    "RoutineGuide", "Hold cancelled: Space holds this knot again, N skips it."
                )
            )
            self.stageChanged.emit()


__all__ = ["MOVE_ON_S", "RoutineGuide", "step_instruction", "step_name", "step_title"]
