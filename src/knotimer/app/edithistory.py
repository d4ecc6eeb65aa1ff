"""The undo stack, moved only once the record has really changed, and telling what it did.

Qt's QUndoStack calls a command's redo() and undo() and moves on whatever happens. Here
the edit is carried out first: only when its transaction has committed is the command
pushed (or the stack moved), so a failed edit changes nothing, keeps its place on the
stack, and says in one line what failed — with no success message after it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from knotimer.app.commands import RecordCommand
from knotimer.core.store import DatabaseDamagedError, StoreError


class EditHistory(QObject):
    """Runs every edit, keeps the undo stack true to the record, and offers Undo and Redo."""

    changed = Signal()  # the record changed through an edit, an undo or a redo
    message = Signal(str)  # what happened, or what failed, in one line

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.undo_action = QAction(self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts(
            [
                QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y),
            ]
        )
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        self.stack.indexChanged.connect(self._update_actions)
        self.stack.undoTextChanged.connect(self._update_actions)
        self.stack.redoTextChanged.connect(self._update_actions)
        self._update_actions()

    def push(self, command: RecordCommand) -> bool:
        """Carry out a new edit; True once it is saved (and on the stack)."""
        refusal = command.refusal(undoing=False)
        if refusal:
            self.message.emit(refusal)
            return False
        try:
            command.apply()
        except StoreError as error:
            if isinstance(error, DatabaseDamagedError):
                raise  # the application recovers the record (ui/start/damagewatch.py)
            self._failed(error)
            return False
        command.mark_done()
        self.stack.push(command)
        self.changed.emit()
        return True

    def push_done(self, command: RecordCommand) -> None:
        """Put an edit that has already happened (a hold just saved) on the stack."""
        command.mark_done()
        self.stack.push(command)

    @Slot()
    def undo(self) -> bool:
        """Take back the last edit; True if it was taken back."""
        index = self.stack.index()
        if index == 0:
            return False
        command = self.stack.command(index - 1)
        if not isinstance(command, RecordCommand):
            return False
        return self._move(command, undoing=True)

    @Slot()
    def redo(self) -> bool:
        """Do again what was undone; True if it was done."""
        index = self.stack.index()
        if index >= self.stack.count():
            return False
        command = self.stack.command(index)
        if not isinstance(command, RecordCommand):
            return False
        return self._move(command, undoing=False)

    def clear(self) -> None:
        """Forget every edit (after 'delete all my data', or when the window closes)."""
        self.stack.clear()

    def _move(self, command: RecordCommand, *, undoing: bool) -> bool:
        refusal = command.refusal(undoing=undoing)
        if refusal:
            self.message.emit(refusal)
            return False
        try:
            command.revert() if undoing else command.apply()
        except StoreError as error:
            if isinstance(error, DatabaseDamagedError):
                raise  # the application recovers the record (ui/start/damagewatch.py)
            self._failed(error)
            return False
        text = command.text()
        command.mark_done()
        if undoing:
            self.stack.undo()
            self.message.emit(
                QCoreApplication.translate("EditHistory", "Undone: {what}.").format(what=text)
            )
        else:
            self.stack.redo()
            self.message.emit(
                QCoreApplication.translate("EditHistory", "Redone: {what}.").format(what=text)
            )
        self.changed.emit()
        return True

    def _failed(self, error: StoreError) -> None:
        self.message.emit(
            QCoreApplication.translate(
                "EditHistory", "Could not save this change, so nothing changed: {error}"
            ).format(error=error)
        )

    @Slot()
    def _update_actions(self) -> None:
        stack = self.stack
        can_undo, can_redo = stack.canUndo(), stack.canRedo()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        undo_text = QCoreApplication.translate("EditHistory", "&Undo")
        redo_text = QCoreApplication.translate("EditHistory", "&Redo")
        if can_undo:
            undo_text += " " + stack.undoText()
        if can_redo:
            redo_text += " " + stack.redoText()
        self.undo_action.setText(undo_text)
        self.redo_action.setText(redo_text)
