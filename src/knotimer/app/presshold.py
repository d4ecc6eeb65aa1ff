"""Press-and-hold: a hold runs while the hold key is down and ends when it is let go."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from knotimer.app.settings import PRESS_AND_HOLD_KEY, press_and_hold
from knotimer.core.holdtimer import HoldState

if TYPE_CHECKING:
    from knotimer.app.session import Session


class PressHold(QObject):
    """Turns the hold key's down and up into the session's hold commands.

    Key down starts a hold of the chosen length on the selected spot (or takes over the
    running one). Let go before the planned length, the hold is 'released'; after it,
    'completed' (the end cue sounded at the planned length, and the hold ran on, up to 90 s).
    """

    enabledChanged = Signal(bool)
    letGo = Signal()  # the key was let go (or focus lost) while it held a hold

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._session = session
        self.enabled = press_and_hold(session.settings)
        self.pressing = False  # the hold key is down and a hold belongs to it

    def set_enabled(self, enabled: bool, *, remember: bool = True) -> None:
        """Turn press-and-hold on or off (``remember``: also for the next start)."""
        if remember:
            self._session.settings.setValue(PRESS_AND_HOLD_KEY, enabled)
        if enabled != self.enabled:
            self.enabled = enabled
            self.enabledChanged.emit(enabled)

    @Slot()
    def press(self) -> None:
        """The hold key went down (auto-repeat is not a press): start or take over a hold."""
        session = self._session
        flow = session.flow
        if self.pressing:
            return
        if flow.active:
            self.pressing = True
            if session.hold.state is HoldState.PAUSED:
                flow.start_or_pause(None, 0)  # resume
            return
        if session.guide.space(session.select):
            return  # a timed step of the routine was paused or resumed
        flow.start_or_pause(
            session.selected_spot(), session.length_s, session.tenderness.before, run_on=True
        )
        if flow.active:
            self.pressing = True
            session.tenderness.hold_started()
            session.message.emit(
                self.tr("Holding while the key is down: let go when the knot has had enough.")
            )

    @Slot()
    def let_go(self) -> None:
        """The hold key came up, or the window lost the keyboard: end the key's hold."""
        if not self.pressing:
            return
        self.pressing = False
        if self._session.flow.active:
            self._session.hold.let_go()
        self.letGo.emit()
