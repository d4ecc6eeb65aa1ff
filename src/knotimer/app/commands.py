"""Every edit as an undoable command: spots marked, moved, deleted; holds, days, notes, ratings.

A command changes the record through ``apply`` and ``revert``, each one transaction that
raises StoreError and changes nothing when it fails. The edit history (edithistory.py)
runs them and moves the undo stack only once the record has changed.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from knotimer.app.labels import region_name
from knotimer.core.anatomy import Region
from knotimer.core.edits import (
    Deletion,
    Placement,
    day_deletion,
    hold_count,
    hold_deletion,
    move_spot,
    rate_hold,
    set_deleted,
    set_note,
    spot_day_deletion,
    spot_deletion,
)
from knotimer.core.store import Store

RATING_MERGE_ID = 1


class Editor(Protocol):
    """What a command needs: the record, the time, and who is being held right now."""

    @property
    def store(self) -> Store:
        """The record."""
        ...

    def now(self) -> datetime:
        """The local time, aware."""
        ...

    def held_spot(self) -> int | None:
        """The spot of the running hold, if any."""
        ...


class RecordCommand(QUndoCommand):
    """A command whose do and undo are transactions on the record."""

    def __init__(self, editor: Editor, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self._done_already = False

    @property
    def store(self) -> Store:
        """The record the command changes."""
        return self.editor.store

    def apply(self) -> None:
        """The edit itself (StoreError if it could not be saved: then nothing changed)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Its opposite (StoreError if it could not be saved: then nothing changed)."""
        raise NotImplementedError

    def refusal(self, undoing: bool) -> str:
        """Why this command may not be undone (or redone) now; '' when it may."""
        return ""

    def mark_done(self) -> None:
        """The edit history has run apply or revert already: the stack only moves."""
        self._done_already = True

    def redo(self) -> None:
        """Called by QUndoStack; the work was done by the edit history before it."""
        if self._done_already:
            self._done_already = False
            return
        self.apply()

    def undo(self) -> None:
        """Called by QUndoStack; the work was done by the edit history before it."""
        if self._done_already:
            self._done_already = False
            return
        self.revert()

    def _refuse_if_held(self, spot_ids: tuple[int, ...]) -> str:
        held = self.editor.held_spot()
        if held is not None and held in spot_ids:
            return QCoreApplication.translate(
                "Undo", "That spot is being held: finish the hold first."
            )
        return ""


class MarkSpot(RecordCommand):
    """A new spot where the user clicked."""

    def __init__(self, editor: Editor, region: Region, x: float, y: float) -> None:
        super().__init__(
            editor,
            QCoreApplication.translate("Undo", "Mark a spot on {name}").format(
                name=region_name(region)
            ),
        )
        self.region, self.x, self.y = region, x, y
        self.spot_id: int | None = None

    def apply(self) -> None:
        """Store the spot the first time; afterwards bring it back."""
        if self.spot_id is None:
            spot = self.store.add_spot(self.region, self.x, self.y, self.editor.now())
            self.spot_id = spot.id
        else:
            set_deleted(self.store, Deletion((self.spot_id,)), False)

    def revert(self) -> None:
        """Take the spot away again."""
        if self.spot_id is not None:
            set_deleted(self.store, Deletion((self.spot_id,)), True)

    def refusal(self, undoing: bool) -> str:
        """A spot that is being held, or has holds, stays: undo would take its holds too."""
        if not undoing or self.spot_id is None:
            return ""
        held = self._refuse_if_held((self.spot_id,))
        if held:
            return held
        if hold_count(self.store, self.spot_id):
            return QCoreApplication.translate(
                "Undo",
                "The spot stays: it has holds now. Select it and press Delete to remove it.",
            )
        return ""


class MoveSpot(RecordCommand):
    """A spot dragged to where the knot really is."""

    def __init__(self, editor: Editor, spot_id: int, old: Placement, new: Placement) -> None:
        super().__init__(
            editor,
            QCoreApplication.translate("Undo", "Move the spot to {name}").format(
                name=region_name(new.region)
            ),
        )
        self.spot_id, self.old, self.new = spot_id, old, new

    def apply(self) -> None:
        """To the new place."""
        move_spot(self.store, self.spot_id, self.new)

    def revert(self) -> None:
        """Back to the old place."""
        move_spot(self.store, self.spot_id, self.old)


class DeleteRows(RecordCommand):
    """Hide some spots and holds; undo brings back exactly those."""

    def __init__(self, editor: Editor, text: str) -> None:
        super().__init__(editor, text)
        self.deletion = Deletion()

    def compute(self) -> Deletion:
        """What the delete takes with it now (worked out afresh at every do)."""
        raise NotImplementedError

    def apply(self) -> None:
        """Hide them."""
        deletion = self.compute()
        set_deleted(self.store, deletion, True)
        self.deletion = deletion

    def revert(self) -> None:
        """Bring them back."""
        set_deleted(self.store, self.deletion, False)

    def refusal(self, undoing: bool) -> str:
        """A spot that is being held is never deleted."""
        return "" if undoing else self._refuse_if_held(self.compute().spot_ids)


class DeleteSpot(DeleteRows):
    """A spot, and every hold on it (or only its holds of one day, with ``day``)."""

    def __init__(self, editor: Editor, spot_id: int, name: str, day: date | None = None) -> None:
        text = (
            QCoreApplication.translate("Undo", "Delete {name}")
            if day is None
            else QCoreApplication.translate("Undo", "Delete the holds of {name} on this day")
        )
        super().__init__(editor, text.format(name=name))
        self.spot_id, self.day = spot_id, day

    def compute(self) -> Deletion:
        """The spot and its holds, or its holds of the day."""
        if self.day is None:
            return spot_deletion(self.store, self.spot_id)
        return spot_day_deletion(self.store, self.spot_id, self.day)


class DeleteHold(DeleteRows):
    """One hold."""

    def __init__(self, editor: Editor, hold_id: int, name: str) -> None:
        super().__init__(
            editor, QCoreApplication.translate("Undo", "Delete the hold {name}").format(name=name)
        )
        self.hold_id = hold_id

    def compute(self) -> Deletion:
        """Just that hold."""
        return hold_deletion(self.hold_id)


class DeleteDay(DeleteRows):
    """One day's holds, and the spots that have none on other days."""

    def __init__(self, editor: Editor, day: date, name: str) -> None:
        super().__init__(
            editor, QCoreApplication.translate("Undo", "Delete {day}").format(day=name)
        )
        self.day = day

    def compute(self) -> Deletion:
        """The day's holds and its spots with nothing elsewhere."""
        return day_deletion(self.store, self.day)


class EditNote(RecordCommand):
    """A spot's note."""

    def __init__(self, editor: Editor, spot_id: int, old: str, new: str) -> None:
        super().__init__(editor, QCoreApplication.translate("Undo", "Edit the note"))
        self.spot_id, self.old, self.new = spot_id, old, new

    def apply(self) -> None:
        """The new text."""
        set_note(self.store, self.spot_id, self.new)

    def revert(self) -> None:
        """The old text."""
        set_note(self.store, self.spot_id, self.old)


class RateHold(RecordCommand):
    """Tenderness before or after a hold; "1" then "0" (ten) is one edit."""

    def __init__(
        self, editor: Editor, hold_id: int, *, after: bool, old: int | None, new: int | None
    ) -> None:
        super().__init__(editor, _rating_text(after, new))
        self.hold_id, self.after, self.old, self.new = hold_id, after, old, new

    def apply(self) -> None:
        """The new rating."""
        rate_hold(self.store, self.hold_id, after=self.after, value=self.new)

    def revert(self) -> None:
        """The old rating."""
        rate_hold(self.store, self.hold_id, after=self.after, value=self.old)

    def id(self) -> int:
        """Ratings of one hold merge: the undo goes back to the rating before them."""
        return RATING_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take in a rating of the same hold that replaced this one (1, then 0 for ten)."""
        if not isinstance(other, RateHold) or (other.hold_id, other.after) != (
            self.hold_id,
            self.after,
        ):
            return False
        self.new = other.new
        self.setText(_rating_text(self.after, self.new))
        return True


def _rating_text(after: bool, value: int | None) -> str:
    shown = QCoreApplication.translate("Undo", "none") if value is None else str(value)
    if after:
        return QCoreApplication.translate("Undo", "Rate tenderness after: {n}").format(n=shown)
    return QCoreApplication.translate("Undo", "Rate tenderness before: {n}").format(n=shown)
