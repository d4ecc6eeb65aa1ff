"""Changes to today's spots, through the undo history: mark, move, delete, notes, ratings.

Each command is refused with one line when it must not happen now (a spot being held is
never deleted), and says what it did only once the record has really changed.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from knotimer.app.commands import (
    DeleteDay,
    DeleteHold,
    DeleteSpot,
    EditNote,
    MarkSpot,
    MoveSpot,
    RateHold,
)
from knotimer.app.holdrecord import HoldSaved
from knotimer.app.labels import advice_text, region_name
from knotimer.app.tenderness import Moment
from knotimer.core.anatomy import Advice, Region
from knotimer.core.edits import Placement, holds_elsewhere, placement
from knotimer.core.erase import erase_everything
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.core.store import DatabaseDamagedError, StoreError

if TYPE_CHECKING:
    from knotimer.app.session import Session


class SpotEdits(QObject):
    """The session's edits of the record; every one is undoable but erasing everything."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._session = session

    def mark(self, region: Region, x: float, y: float) -> int | None:
        """A click on a muscle: a new spot there, selected; its id (None if refused)."""
        session = self._session
        if session.flow.active:
            session.message.emit(self.tr("A hold is running: finish it before marking a new spot."))
            return None
        command = MarkSpot(session, region, x, y)
        if not session.history.push(command) or command.spot_id is None:
            return None
        session.select(command.spot_id)
        session.guide.add_knot(command.spot_id, region.side)
        number = session.today.row_of(command.spot_id)
        hint = "" if region.advice is Advice.NONE else " " + advice_text(region.advice)
        session.message.emit(
            self.tr("Spot {number} marked: {name}. Press Space to hold it.").format(
                number=(number or 0) + 1, name=region_name(region)
            )
            + hint
        )
        return command.spot_id

    def move(self, spot_id: int, region: Region, x: float, y: float) -> bool:
        """A spot dragged to where the knot really is."""
        try:
            old = placement(self._session.store, spot_id)
        except KeyError:
            return False
        return self._session.history.push(
            MoveSpot(self._session, spot_id, old, Placement(region, x, y))
        )

    def holds_elsewhere(self, spot_id: int) -> int:
        """How many of a spot's holds are on other days than today (the window asks first)."""
        return holds_elsewhere(self._session.store, spot_id, self._session.day)

    def delete_spot(self, spot_id: int | None, *, only_today: bool = False) -> bool:
        """Delete a spot with its holds (or only today's holds); undo brings them back."""
        session = self._session
        if spot_id is None:
            session.message.emit(self.tr("Select a spot first, then press Delete."))
            return False
        name = session.spot_name(spot_id)
        command = DeleteSpot(session, spot_id, name, session.day if only_today else None)
        if not session.history.push(command):
            return False
        session.message.emit(self.tr("{name} deleted. Ctrl+Z brings it back.").format(name=name))
        return True

    def delete_hold(self, hold_id: int, name: str) -> bool:
        """Delete one hold (undoable)."""
        if not self._session.history.push(DeleteHold(self._session, hold_id, name)):
            return False
        self._session.message.emit(
            self.tr("Hold {name} deleted. Ctrl+Z brings it back.").format(name=name)
        )
        return True

    def delete_day(self, day: date, name: str) -> bool:
        """Delete a day's holds and the spots that have none on other days (undoable)."""
        if not self._session.history.push(DeleteDay(self._session, day, name)):
            return False
        self._session.message.emit(
            self.tr("{day} deleted. Ctrl+Z brings it back.").format(day=name)
        )
        return True

    def set_note(self, spot_id: int, text: str) -> bool:
        """Write (or change) the note on a spot."""
        try:
            old = self._session.store.spot(spot_id).note
        except KeyError:
            return False
        if text == old:
            return False
        return self._session.history.push(EditNote(self._session, spot_id, old, text))

    def digit(self, number: int) -> None:
        """0-9 (and 1 then 0 for ten): tenderness before the next hold, or after the last."""
        session = self._session
        keys = session.tenderness
        moment, hold_id, old = keys.moment, keys.after_hold, keys.after
        rating = keys.digit(number)
        if rating is None:
            return
        if moment is Moment.DURING:
            session.message.emit(
                self.tr("How it feels now: {n} of 10, saved with this hold when it ends.").format(
                    n=rating
                )
            )
        elif moment is Moment.AFTER and hold_id is not None:
            command = RateHold(session, hold_id, after=True, old=old, new=rating)
            if session.history.push(command):
                session.message.emit(
                    self.tr("Tenderness after this hold: {n} of 10.").format(n=rating)
                )
        else:
            session.message.emit(
                self.tr("Tenderness before the hold: {n} of 10. Press Space.").format(n=rating)
            )

    def hold_ended(self, result: HoldResult, saved: bool) -> None:
        """After a counted hold, the next digit says how it feels now."""
        session = self._session
        last = session.unsaved.last_saved
        counted = result.outcome in (Outcome.COMPLETED, Outcome.RELEASED, Outcome.INTERRUPTED)
        hold_id = last.id if saved and last is not None else None
        if last is not None and hold_id is not None:  # any saved hold, a cancelled one too
            session.history.push_done(HoldSaved(session, hold_id, session.spot_name(last.spot_id)))
        during = session.tenderness.hold_ended(hold_id, counted)
        if during is not None and hold_id is not None:
            session.history.push(RateHold(session, hold_id, after=True, old=None, new=during))

    def erase_everything(self) -> bool:
        """Every spot, hold, note and copy of them, gone for good (the caller asked first)."""
        session = self._session
        if session.flow.active:
            session.flow.cancel()
        try:
            erase_everything(session.store)
        except (StoreError, OSError) as error:
            if isinstance(error, DatabaseDamagedError):
                raise
            session.message.emit(
                self.tr(
                    "Could not delete everything ({error}). knotimer finishes it at the next start."
                ).format(error=error)
            )
            session.history.clear()
            session.refresh()
            return False
        session.history.clear()
        session.refresh()
        session.message.emit(self.tr("All your knotimer data has been deleted."))
        return True
