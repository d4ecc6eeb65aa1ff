"""The edits that ask first: a note, a spot with holds on other days, erasing everything."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from knotimer.app.session import Session

DIGIT_KEYS = [Qt.Key(Qt.Key.Key_0.value + n) for n in range(10)]


class EditDialogs(QObject):
    """Asks the user what a dialog must ask, then hands the edit to the session."""

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self.digit_actions: list[QAction] = []
        for number, key in enumerate(DIGIT_KEYS):
            action = QAction(str(number), window)
            action.setObjectName("tenderness-digit")  # one line for all ten in the help
            action.setShortcuts(
                [QKeySequence(key), QKeySequence(Qt.KeyboardModifier.KeypadModifier | key)]
            )
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, number=number: session.edits.digit(number))
            window.addAction(action)
            self.digit_actions.append(action)

    @Slot()
    def delete_selected(self) -> None:
        """Delete: the selected spot and its holds; asked first when some are on other days."""
        session = self._session
        spot_id = session.selected_spot()
        if spot_id is None:
            session.edits.delete_spot(None)
            return
        if session.held_spot() == spot_id:
            session.message.emit(self.tr("That spot is being held: finish the hold first."))
            return
        elsewhere = session.edits.holds_elsewhere(spot_id)
        only_today = False
        if elsewhere:
            choice = self.ask_about_other_days(session.spot_name(spot_id), elsewhere)
            if choice is None:
                return
            only_today = choice
        session.edits.delete_spot(spot_id, only_today=only_today)

    def ask_about_other_days(self, name: str, elsewhere: int) -> bool | None:
        """A spot with holds on other days: True for only today's, False for all, None: keep."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete this spot?"),
            self.tr(
                "{name} also has %n hold(s) on other days. Delete the spot with all its "
                "holds, or only today's holds (the spot stays in those days' lists)?",
                None,
                elsewhere,
            ).format(name=name),
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        everything = box.addButton(
            self.tr("Delete &everything"), QMessageBox.ButtonRole.DestructiveRole
        )
        today = box.addButton(self.tr("Only &today's holds"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is everything:
            return False
        return True if clicked is today else None

    @Slot()
    def edit_note(self) -> None:
        """F2: a note on the selected spot."""
        session = self._session
        spot_id = session.selected_spot()
        if spot_id is None:
            session.message.emit(self.tr("Select a spot first to write a note on it."))
            return
        old = session.store.spot(spot_id).note
        text, accepted = QInputDialog.getMultiLineText(
            self._window,
            self.tr("Note"),
            self.tr("A note on {name}:").format(name=session.spot_name(spot_id)),
            old,
        )
        if accepted:
            session.edits.set_note(spot_id, text)

    def delete_everything(self) -> bool:
        """After a plain confirmation: every spot, hold and backup, gone for good."""
        answer = QMessageBox.warning(
            self._window,
            self.tr("Delete all your data?"),
            self.tr(
                "This deletes every spot and hold knotimer has recorded, and its backups. "
                "It cannot be undone. Export or print a report first if you want to keep "
                "a copy."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._session.edits.erase_everything()
