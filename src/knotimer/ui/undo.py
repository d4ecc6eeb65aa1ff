"""Every edit as an undoable command: spots marked, moved, deleted; holds, days, notes, ratings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from knotimer.core.anatomy import Region
from knotimer.core.edits import (
    DayContents,
    Placement,
    day_contents,
    move_spot,
    rate_hold,
    set_day_deleted,
    set_hold_deleted,
    set_note,
    set_spot_deleted,
)
from knotimer.core.store import StoreError
from knotimer.ui.labels import region_name

if TYPE_CHECKING:
    from knotimer.ui.mainwindow import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class StoreCommand(QUndoCommand):
    """A command whose redo and undo write to the store, then refresh the window."""

    def __init__(self, window: MainWindow, text: str) -> None:
        super().__init__(text)
        self.window = window

    def redo(self) -> None:
        """Do (or do again) the edit."""
        self._guarded(self.apply)

    def undo(self) -> None:
        """Take the edit back."""
        self._guarded(self.revert)

    def apply(self) -> None:
        """The edit itself."""
        raise NotImplementedError

    def revert(self) -> None:
        """Its opposite."""
        raise NotImplementedError

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except StoreError as error:
            self.setObsolete(True)  # the stack drops a command that could not be done
            self.window.say(_tr("Could not save this change: {error}").format(error=error))
            return
        self.window.refresh_today()


class MarkSpot(StoreCommand):
    """A new spot where the user clicked."""

    def __init__(self, window: MainWindow, region: Region, x: float, y: float) -> None:
        super().__init__(window, _tr("Mark a spot on {name}").format(name=region_name(region)))
        self.region, self.x, self.y = region, x, y
        self.spot_id: int | None = None

    def apply(self) -> None:
        """Store the spot the first time; afterwards bring it back."""
        if self.spot_id is None:
            spot = self.window.store.add_spot(self.region, self.x, self.y, self.window.clock.now())
            self.spot_id = spot.id
        else:
            set_spot_deleted(self.window.store, self.spot_id, False)

    def revert(self) -> None:
        """Hide the spot again."""
        if self.spot_id is not None:
            set_spot_deleted(self.window.store, self.spot_id, True)


class MoveSpot(StoreCommand):
    """A spot dragged to where the knot really is."""

    def __init__(self, window: MainWindow, spot_id: int, old: Placement, new: Placement) -> None:
        super().__init__(
            window, _tr("Move the spot to {name}").format(name=region_name(new.region))
        )
        self.spot_id, self.old, self.new = spot_id, old, new

    def apply(self) -> None:
        """To the new place."""
        move_spot(self.window.store, self.spot_id, self.new)

    def revert(self) -> None:
        """Back to the old place."""
        move_spot(self.window.store, self.spot_id, self.old)


class DeleteSpot(StoreCommand):
    """A spot, and its holds with it."""

    def __init__(self, window: MainWindow, spot_id: int, name: str) -> None:
        super().__init__(window, _tr("Delete {name}").format(name=name))
        self.spot_id = spot_id

    def apply(self) -> None:
        """Hide it."""
        set_spot_deleted(self.window.store, self.spot_id, True)

    def revert(self) -> None:
        """Bring it back."""
        set_spot_deleted(self.window.store, self.spot_id, False)


class DeleteHold(StoreCommand):
    """One hold."""

    def __init__(self, window: MainWindow, hold_id: int, name: str) -> None:
        super().__init__(window, _tr("Delete the hold {name}").format(name=name))
        self.hold_id = hold_id

    def apply(self) -> None:
        """Hide it."""
        set_hold_deleted(self.window.store, self.hold_id, True)

    def revert(self) -> None:
        """Bring it back."""
        set_hold_deleted(self.window.store, self.hold_id, False)


class DeleteDay(StoreCommand):
    """Every spot and hold of one day."""

    def __init__(self, window: MainWindow, day: date) -> None:
        super().__init__(window, _tr("Delete {day}").format(day=day.isoformat()))
        self.day = day
        self.contents: DayContents | None = None

    def apply(self) -> None:
        """Hide the day's spots and holds (remembering exactly which)."""
        if self.contents is None:
            self.contents = day_contents(self.window.store, self.day)
        set_day_deleted(self.window.store, self.contents, True)

    def revert(self) -> None:
        """Bring exactly those back."""
        if self.contents is not None:
            set_day_deleted(self.window.store, self.contents, False)


class EditNote(StoreCommand):
    """A spot's note."""

    def __init__(self, window: MainWindow, spot_id: int, old: str, new: str) -> None:
        super().__init__(window, _tr("Edit the note"))
        self.spot_id, self.old, self.new = spot_id, old, new

    def apply(self) -> None:
        """The new text."""
        set_note(self.window.store, self.spot_id, self.new)

    def revert(self) -> None:
        """The old text."""
        set_note(self.window.store, self.spot_id, self.old)


class RateHold(StoreCommand):
    """Tenderness before or after a hold."""

    def __init__(
        self, window: MainWindow, hold_id: int, *, after: bool, old: int | None, new: int | None
    ) -> None:
        text = _tr("Rate tenderness after: {n}") if after else _tr("Rate tenderness before: {n}")
        super().__init__(window, text.format(n=_tr("none") if new is None else new))
        self.hold_id, self.after, self.old, self.new = hold_id, after, old, new

    def apply(self) -> None:
        """The new rating."""
        rate_hold(self.window.store, self.hold_id, after=self.after, value=self.new)

    def revert(self) -> None:
        """The old rating."""
        rate_hold(self.window.store, self.hold_id, after=self.after, value=self.old)
