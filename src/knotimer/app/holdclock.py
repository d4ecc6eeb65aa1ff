"""Drive the core HoldTimer from Qt's event loop: a precise deadline timer and signals."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from knotimer.core.clock import Clock
from knotimer.core.holdtimer import MAX_HOLD_S, MIN_HOLD_S, HoldResult, HoldState, HoldTimer

# While a hold runs the display is refreshed this often; nothing runs while idle.
DISPLAY_INTERVAL_MS = 100
# Seconds left at which secondsLeft is emitted (spoken "ten seconds left", ticks at 3-2-1).
MILESTONES_S = (10, 3, 2, 1)
# The moment timer fires this much before each moment; check() sleeps the rest away.
EARLY_WAKE_MS = 4


class HoldClock(QObject):
    """A HoldTimer with a precise single-shot timer armed for its next moment.

    The timer is re-armed from the monotonic clock every time, never by
    counting ticks, so pauses and a busy event loop cannot make it drift. Its
    next moment is the deadline, or an earlier milestone (10, 3, 2, 1 s left).
    """

    started = Signal()
    changed = Signal()  # state or planned length changed (not the passing of time)
    ticked = Signal()  # time passed while running: the display's moment to look again
    secondsLeft = Signal(int)  # a milestone was reached
    # A hold ends: ``ending`` first (the end cue, flash and speech belong there, on time),
    # then ``finished`` (saving and refreshing the views, which may take a disk's while).
    ending = Signal(object)  # HoldResult
    finished = Signal(object)  # HoldResult

    def __init__(
        self,
        clock: Clock,
        parent: QObject | None = None,
        *,
        shortest_s: float = MIN_HOLD_S,
        longest_s: float = MAX_HOLD_S,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.core = HoldTimer(
            clock, shortest_s=shortest_s, longest_s=longest_s, extend_limit_s=max(longest_s, 90)
        )
        self._pending: set[int] = set()
        self._reached = False  # a hold that runs on has passed its planned length
        self._moment = QTimer(self)
        self._moment.setSingleShot(True)
        self._moment.setTimerType(Qt.TimerType.PreciseTimer)
        self._moment.timeout.connect(self.check)
        self._display = QTimer(self)
        self._display.setInterval(DISPLAY_INTERVAL_MS)
        self._display.setTimerType(Qt.TimerType.PreciseTimer)
        self._display.timeout.connect(self.check)

    @property
    def state(self) -> HoldState:
        """The core's state."""
        return self.core.state

    def armed_ms(self) -> int | None:
        """The wait the moment timer was last armed with, None when it is not armed."""
        return self._moment.interval() if self._moment.isActive() else None

    def ticking(self) -> bool:
        """True while any timer of the hold is running (never while idle)."""
        return self._moment.isActive() or self._display.isActive()

    def start(self, planned_s: float, *, run_on: bool = False) -> None:
        """Start a hold (HoldError if one is active or the length is out of range).

        With ``run_on`` (press-and-hold) ``ending`` comes at the planned length, the end
        cue's moment, and the hold runs on until :meth:`let_go` (or 90 s held).
        """
        self.core.start(planned_s, run_on=run_on)
        self._reached = False
        self._plan_milestones()
        self._arm()
        self.started.emit()
        self.changed.emit()

    def toggle_pause(self) -> None:
        """Pause a running hold, or resume a paused one."""
        if self.core.state is HoldState.RUNNING:
            result = self.core.pause()
            if result is not None:
                self._end(result)
                return
        elif self.core.state is HoldState.PAUSED:
            self.core.resume()
        self._arm()
        self.changed.emit()

    def extend(self, seconds: float) -> float:
        """Add seconds to the active hold (capped by the core); returns what was added."""
        added = self.core.extend(seconds)
        self._reached = self._reached and self.core.remaining() <= 0
        self._plan_milestones()
        self._arm()
        self.changed.emit()
        return added

    def release(self) -> None:
        """End the hold early as released."""
        self._end(self.core.release())

    def let_go(self) -> None:
        """The hold key was let go: released before the planned length, completed after."""
        self._end(self.core.let_go())

    def cancel(self) -> None:
        """Cancel the hold."""
        self._end(self.core.cancel())

    def abandon(self) -> None:
        """Stop without a result (a routine step that was skipped): no finished signal."""
        if self.core.active:
            self.core.cancel()
        self._moment.stop()
        self._display.stop()
        self._pending.clear()
        self.changed.emit()

    def interrupt(self) -> None:
        """End the hold as interrupted (the app is closing)."""
        self._end(self.core.interrupt())

    @Slot()
    def check(self) -> None:
        """Announce milestones that are due, complete the hold at its deadline, re-arm."""
        if self.core.state is not HoldState.RUNNING:
            return
        now = self._clock.monotonic()
        moment = self._next_moment()
        if moment is not None and 0 < moment - now <= (EARLY_WAKE_MS + 1) / 1000:
            # Woken a little early on purpose (a busy event loop makes timers late):
            # wait out the last milliseconds here, so the cue is neither early nor late.
            time.sleep(moment - now)
            now = self._clock.monotonic()
        for seconds in sorted(self._pending, reverse=True):
            moment = self.core.when_remaining(seconds)
            if moment is not None and moment <= now:
                self._pending.discard(seconds)
                self.secondsLeft.emit(seconds)
        deadline = self.core.deadline
        if self.core.runs_on and not self._reached and deadline is not None and deadline <= now:
            self._reached = True
            self.ending.emit(self.core.so_far())  # the end cue, on time; the hold runs on
        result = self.core.poll()
        if result is not None:
            self._end(result)
            return
        self._arm()
        self.ticked.emit()

    def _plan_milestones(self) -> None:
        remaining = self.core.remaining()
        self._pending = {s for s in MILESTONES_S if s < remaining}

    def _next_moment(self) -> float | None:
        deadline = self.core.limit if self._reached else self.core.deadline
        if deadline is None:
            return None
        moments = [deadline]
        moments += [m for s in self._pending if (m := self.core.when_remaining(s)) is not None]
        return min(moments)

    def _arm(self) -> None:
        moment = self._next_moment()
        if moment is None:
            self._moment.stop()
            self._display.stop()
            return
        # Wake EARLY_WAKE_MS before the moment (rounded up: never earlier than that);
        # check() waits out the rest, so the cue is on time even when the loop is busy.
        wait_ms = math.ceil((moment - self._clock.monotonic()) * 1000.0) - EARLY_WAKE_MS
        self._moment.start(max(0, wait_ms))
        if not self._display.isActive():
            self._display.start()

    def _end(self, result: HoldResult) -> None:
        self._moment.stop()
        self._display.stop()
        self._pending.clear()
        if not self._reached:  # a hold that ran on had its end cue at the planned length
            self.ending.emit(result)
        self._reached = False
        self.changed.emit()
        self.finished.emit(result)
