"""A saved hold as an undoable edit: Ctrl+Z right after an accidental Enter or Esc takes it back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from knotimer.app.commands import Editor, RecordCommand
from knotimer.core.edits import hold_deletion, set_deleted


class HoldSaved(RecordCommand):
    """The hold just saved; undo hides it (removed for good when the app closes), redo restores."""

    def __init__(self, editor: Editor, hold_id: int, spot_name: str) -> None:
        text = QCoreApplication.translate("Undo", "Hold on {name}").format(name=spot_name)
        super().__init__(editor, text)
        self.hold_id = hold_id

    def apply(self) -> None:
        """Bring the hold back (it was saved before this command was pushed)."""
        set_deleted(self.store, hold_deletion(self.hold_id), False)

    def revert(self) -> None:
        """Take the hold out of the record."""
        set_deleted(self.store, hold_deletion(self.hold_id), True)
