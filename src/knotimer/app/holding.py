"""The hold commands of a session: start or pause, released early, cancel, +10 s, again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from knotimer.core.holdtimer import HoldResult

if TYPE_CHECKING:
    from knotimer.app.session import Session


class HoldCommands(QObject):
    """What Space, Enter, Esc, + and R do, in the free timer and in the routine."""

    holdEnded = Signal(int, object, bool)  # spot id, HoldResult, saved: after the list updated

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._session = session

    @Slot()
    def start_or_pause(self) -> None:
        """Space: start holding the selected spot, or pause / resume the running hold."""
        session = self._session
        if session.guide.space(session.select):
            return
        flow = session.flow
        if flow.active:
            flow.start_or_pause(None, 0)  # pause or resume
            return
        spot_id = session.selected_spot()
        if spot_id is not None and not self._holdable(spot_id):
            session.message.emit(
                self.tr("The heel is bone: there is no knot to hold there. Choose a muscle.")
            )
            return
        flow.start_or_pause(spot_id, session.length_s, session.tenderness.before)
        if flow.active:
            session.tenderness.hold_started()

    def _holdable(self, spot_id: int) -> bool:
        row = self._session.today.row_of(spot_id)
        return row is None or self._session.today.summary(row).spot.region.holdable

    @Slot()
    def release(self) -> None:
        """Enter: the knot let go early; the seconds held are kept."""
        self._session.flow.release()

    @Slot()
    def cancel_or_leave(self) -> None:
        """Esc: cancel the running hold; with none running, leave the routine."""
        session = self._session
        if session.flow.active:
            session.flow.cancel()
        elif session.guide.active:
            session.guide.leave()

    @Slot()
    def extend(self) -> None:
        """+: ten more seconds, up to 90 in all."""
        self._session.flow.extend()

    @Slot()
    def hold_again(self) -> None:
        """R: hold the last held spot once more (in the routine: the knot just done)."""
        session = self._session
        if session.guide.active:
            session.guide.repeat()
            return
        spot_id = session.flow.last_held_spot
        if session.flow.active or spot_id is None or session.today.row_of(spot_id) is None:
            return
        session.select(spot_id)
        self.start_or_pause()

    @Slot(int, object, bool)
    def after_hold(self, spot_id: int, result: HoldResult, saved: bool) -> None:
        """A hold was saved (or kept for later): ratings, today's list, then the views."""
        self._session.edits.hold_ended(result, saved)
        self._session.refresh()
        self.holdEnded.emit(spot_id, result, saved)
