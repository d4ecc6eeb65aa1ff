"""The hold commands (start, pause, release, cancel, extend, again) and saving each result."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from knotimer.app.holdclock import HoldClock
from knotimer.app.labels import outcome_name, seconds_text
from knotimer.app.unsaved import UnsavedHolds
from knotimer.core.holdtimer import EXTEND_STEP_S, HoldError, HoldResult, HoldState
from knotimer.core.running import HEARTBEAT_S


class HoldFlow(QObject):
    """Which spot is being held, and what happens to a hold when it ends."""

    message = Signal(str)  # something to tell the user in the status bar
    holdingChanged = Signal(object)  # the spot id being held, or None
    holdEnded = Signal(int, object, bool)  # spot id, HoldResult, saved already

    def __init__(self, hold: HoldClock, unsaved: UnsavedHolds, parent: QObject | None = None):
        super().__init__(parent)
        self.hold = hold
        self.unsaved = unsaved
        self.holding_spot: int | None = None
        self.last_held_spot: int | None = None
        self._before: int | None = None
        self._running_id: int | None = None
        # The running hold is written every few seconds, so a crash keeps what was held.
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(HEARTBEAT_S * 1000))
        self._heartbeat.setTimerType(Qt.TimerType.CoarseTimer)
        self._heartbeat.timeout.connect(self._beat)
        hold.finished.connect(self._finished)

    @property
    def active(self) -> bool:
        """True while a hold runs or is paused."""
        return self.hold.state is not HoldState.IDLE

    def start_or_pause(
        self,
        spot_id: int | None,
        length_s: int,
        tenderness_before: int | None = None,
        *,
        run_on: bool = False,
    ) -> None:
        """Space: hold ``spot_id`` for ``length_s``, or pause / resume the running hold.

        ``run_on``: press-and-hold, the hold goes on past ``length_s`` until the key is let go.
        """
        if self.active:
            self.hold.toggle_pause()
            return
        if spot_id is None:
            self.message.emit(
                QCoreApplication.translate(
                    "HoldFlow", "First click the knot on the diagram, then press Space."
                )
            )
            return
        try:
            self.hold.start(length_s, run_on=run_on)
        except HoldError as error:
            self.message.emit(str(error))
            return
        self.holding_spot = spot_id
        self._before = tenderness_before
        self._running_id = self.unsaved.begin(spot_id, self.hold.core, tenderness_before)
        self._heartbeat.start()
        self.holdingChanged.emit(spot_id)
        self.message.emit(
            QCoreApplication.translate(
                "HoldFlow",
                "Holding… press Space to pause, Enter if the knot lets go, Esc to cancel.",
            )
        )

    @Slot()
    def release(self) -> None:
        """Enter: the knot let go early; the seconds held are kept."""
        if self.active:
            self.hold.release()

    @Slot()
    def cancel(self) -> None:
        """Esc: stop without counting the hold."""
        if self.active:
            self.hold.cancel()

    @Slot()
    def extend(self) -> None:
        """+: ten more seconds, up to 90 in all."""
        if self.active and self.hold.extend(EXTEND_STEP_S) == 0:
            self.message.emit(
                QCoreApplication.translate("HoldFlow", "A hold can last up to 90 seconds.")
            )

    def interrupt(self) -> None:
        """The app is closing: record the running hold as interrupted."""
        if self.active:
            self.hold.interrupt()

    @Slot()
    def _beat(self) -> None:
        if self._running_id is not None and self.active:
            self.unsaved.beat(self._running_id, self.hold.core)

    @Slot(object)
    def _finished(self, result: HoldResult) -> None:
        spot_id = self.holding_spot
        running_id, self._running_id = self._running_id, None
        self._heartbeat.stop()
        self.holding_spot = None
        self.holdingChanged.emit(None)
        if spot_id is None:
            return
        self.last_held_spot = spot_id
        before, self._before = self._before, None
        saved = self.unsaved.save(spot_id, result, before, running_id)
        self.holdEnded.emit(spot_id, result, saved)
        if saved:
            self.message.emit(
                QCoreApplication.translate(
                    "HoldFlow", "Saved: {held} on this spot ({outcome})."
                ).format(held=seconds_text(result.held_s), outcome=outcome_name(result.outcome))
            )
