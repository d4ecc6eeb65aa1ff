"""Opening the Preferences dialog from the window and applying what the user chose."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from knotimer.ui.common.theme import apply_theme
from knotimer.ui.preferences.dialog import PreferencesDialog

if TYPE_CHECKING:
    from knotimer.ui.main.window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def edit_preferences(window: MainWindow) -> None:
    """Show the dialog; on OK store every value and apply it at once."""
    dialog = PreferencesDialog(
        window.settings,
        hold_s=window.panel.length_s(),
        cues=window.feedback.preferences,
        voices=window.speaker.voice_names() if window.feedback.preferences.speech else [],
        data_folder=window.store.path.parent,
        parent=window,
    )
    erase = QPushButton(_tr("Delete all my data…"), dialog)

    def erase_and_close() -> None:
        if window.edits.delete_everything():
            dialog.reject()

    erase.clicked.connect(erase_and_close)
    dialog.data_row.addWidget(erase)
    if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
        return
    chosen = dialog.store()
    window.panel.set_length(chosen.hold_s)
    window.set_cue_preferences(chosen.cues)
    window.cue_menu.show_preferences(chosen.cues)
    window.speaker.set_voice(chosen.voice)
    window.theme_actions[chosen.theme].setChecked(True)
    apply_theme(chosen.theme)
