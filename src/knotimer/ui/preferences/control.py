"""Opening the Preferences dialog and handing back what the user chose."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from knotimer.app.session import Session
from knotimer.core.preferences import CuePreferences
from knotimer.ui.common.theme import apply_theme
from knotimer.ui.preferences.dialog import Chosen, PreferencesDialog


def edit_preferences(
    parent: QWidget,
    session: Session,
    *,
    cues: CuePreferences,
    voices: list[str],
    erase: Callable[[], bool],
    apply: Callable[[Chosen], None],
) -> Chosen | None:
    """Show the dialog; on OK store every value, apply the session's own and call ``apply``.

    ``erase`` asks and deletes all data (the dialog closes after it); ``apply`` shows the
    chosen cues, voice and theme in the caller's views.
    """
    dialog = PreferencesDialog(
        session.settings,
        hold_s=session.length_s,
        cues=cues,
        voices=voices,
        data_folder=session.store.path.parent,
        parent=parent,
    )
    button = QPushButton(QCoreApplication.translate("Preferences", "Delete all my data…"), dialog)

    def erase_and_close() -> None:
        if erase():
            dialog.reject()

    button.clicked.connect(erase_and_close)
    dialog.data_row.addWidget(button)
    if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
        return None
    chosen = dialog.store()
    session.set_length(chosen.hold_s)
    apply_theme(chosen.theme)
    apply(chosen)
    session.refresh()  # the idle gap may have changed today's sessions line
    return chosen
