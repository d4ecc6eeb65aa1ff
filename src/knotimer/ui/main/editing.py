"""Edits from the window: undo and redo, marking, moving, deleting, notes and tenderness keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from knotimer.app.commands import DeleteSpot, EditNote, MarkSpot, MoveSpot, RateHold
from knotimer.app.edithistory import EditHistory
from knotimer.app.labels import advice_text, region_name
from knotimer.app.tenderness import Moment, TendernessKeys
from knotimer.core.anatomy import Advice, Region
from knotimer.core.edits import Placement, holds_elsewhere, placement
from knotimer.core.erase import erase_everything
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.core.store import DatabaseDamagedError, StoreError

if TYPE_CHECKING:
    from knotimer.ui.main.window import MainWindow

DIGIT_KEYS = [Qt.Key(Qt.Key.Key_0.value + n) for n in range(10)]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class EditControl(QObject):
    """Owns the undo stack; every change to the record from the window passes through here."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.history = EditHistory(self)
        self.stack = self.history.stack
        self.undo_action = self.history.undo_action
        self.redo_action = self.history.redo_action
        for action in (self.undo_action, self.redo_action):
            window.addAction(action)
        self.history.message.connect(window.say)
        self.history.changed.connect(window.refresh_today)
        self.tenderness = TendernessKeys(window.clock, self)
        self.digit_actions: list[QAction] = []
        for number, key in enumerate(DIGIT_KEYS):
            action = QAction(str(number), window)
            action.setObjectName("tenderness-digit")  # one line for all ten in the help
            action.setShortcuts(
                [QKeySequence(key), QKeySequence(Qt.KeyboardModifier.KeypadModifier | key)]
            )
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, number=number: self.digit(number))
            window.addAction(action)
            self.digit_actions.append(action)

    # -- spots -------------------------------------------------------------
    @Slot(object, float, float)
    def mark(self, region: Region, x: float, y: float) -> None:
        """A click on a muscle: a new spot there (undoable), selected."""
        window = self.window
        if window.flow.active:
            window.say(_tr("A hold is running: finish it before marking a new spot."))
            return
        command = MarkSpot(window, region, x, y)
        if not self.history.push(command) or command.spot_id is None:
            return
        window.select_spot(command.spot_id)
        window.guide.add_knot(command.spot_id, region.side)
        number = window.model.row_of(command.spot_id)
        hint = "" if region.advice is Advice.NONE else " " + advice_text(region.advice)
        window.say(
            _tr("Spot {number} marked: {name}. Press Space to hold it.").format(
                number=(number or 0) + 1, name=region_name(region)
            )
            + hint
        )

    @Slot(int, object, float, float)
    def move(self, spot_id: int, region: Region, x: float, y: float) -> None:
        """A spot dragged to where the knot really is."""
        try:
            old = placement(self.window.store, spot_id)
        except KeyError:
            return
        self.history.push(MoveSpot(self.window, spot_id, old, Placement(region, x, y)))

    @Slot()
    def delete_selected(self) -> None:
        """Delete: the selected spot and its holds (undo brings them back)."""
        window = self.window
        spot_id = window.selected_spot
        if spot_id is None:
            window.say(_tr("Select a spot first, then press Delete."))
            return
        if window.flow.active and window.flow.holding_spot == spot_id:
            window.say(_tr("That spot is being held: finish the hold first."))
            return
        name = window.spot_name(spot_id)
        try:
            elsewhere = holds_elsewhere(window.store, spot_id, window.shown_day)
        except StoreError as error:
            if isinstance(error, DatabaseDamagedError):
                raise
            window.say(_tr("Could not read the record: {error}").format(error=error))
            return
        only_today = False
        if elsewhere:
            choice = self._ask_about_other_days(name, elsewhere)
            if choice is None:
                return
            only_today = choice
        command = DeleteSpot(window, spot_id, name, window.shown_day if only_today else None)
        if self.history.push(command):
            window.say(_tr("{name} deleted. Ctrl+Z brings it back.").format(name=name))

    def _ask_about_other_days(self, name: str, elsewhere: int) -> bool | None:
        """A spot with holds on other days: True for only today's, False for all, None: keep."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Delete this spot?"),
            _tr(
                "{name} also has {n} hold(s) on other days. Delete the spot with all its "
                "holds, or only today's holds (the spot stays in those days' lists)?"
            ).format(name=name, n=elsewhere),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        everything = box.addButton(
            _tr("Delete &everything"), QMessageBox.ButtonRole.DestructiveRole
        )
        today = box.addButton(_tr("Only &today's holds"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is everything:
            return False
        return True if clicked is today else None

    @Slot()
    def edit_note(self) -> None:
        """F2: a note on the selected spot."""
        window = self.window
        spot_id = window.selected_spot
        if spot_id is None:
            window.say(_tr("Select a spot first to write a note on it."))
            return
        old = window.store.spot(spot_id).note
        text, accepted = QInputDialog.getMultiLineText(
            window,
            _tr("Note"),
            _tr("A note on {name}:").format(name=window.spot_name(spot_id)),
            old,
        )
        if accepted and text != old:
            self.history.push(EditNote(window, spot_id, old, text))

    def delete_everything(self) -> bool:
        """After a plain confirmation: every spot, hold and backup, gone for good."""
        window = self.window
        answer = QMessageBox.warning(
            window,
            _tr("Delete all your data?"),
            _tr(
                "This deletes every spot and hold knotimer has recorded, and its backups. "
                "It cannot be undone. Export or print a report first if you want to keep "
                "a copy."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if window.flow.active:
            window.flow.cancel()
        try:
            erase_everything(window.store)
        except (StoreError, OSError) as error:
            if isinstance(error, DatabaseDamagedError):
                raise
            window.say(
                _tr(
                    "Could not delete everything ({error}). knotimer finishes it at the next start."
                ).format(error=error)
            )
            self.history.clear()
            window.refresh_today()
            return False
        self.history.clear()
        window.refresh_today()
        window.say(_tr("All your knotimer data has been deleted."))
        return True

    # -- tenderness --------------------------------------------------------
    def digit(self, number: int) -> None:
        """0-9 (and 1 then 0 for ten): tenderness before the next hold, or after the last."""
        window = self.window
        keys = self.tenderness
        moment = keys.moment
        hold_id = keys.after_hold
        old = keys.after
        rating = keys.digit(number, holding=window.flow.active)
        if rating is None:
            return
        if moment is Moment.AFTER and hold_id is not None:
            if self.history.push(RateHold(window, hold_id, after=True, old=old, new=rating)):
                window.say(_tr("Tenderness after this hold: {n} of 10.").format(n=rating))
        else:
            window.say(_tr("Tenderness before the hold: {n} of 10. Press Space.").format(n=rating))

    def hold_ended(self, result: HoldResult, saved: bool) -> None:
        """After a counted hold, the next digit says how it feels now."""
        last = self.window.unsaved.last_saved
        counted = result.outcome in (Outcome.COMPLETED, Outcome.RELEASED, Outcome.INTERRUPTED)
        self.tenderness.hold_ended(last.id if saved and last else None, counted)
