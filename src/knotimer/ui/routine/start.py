"""Starting the guided routine: the safety check first, then which leg or both."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from knotimer.core.anatomy import Side
from knotimer.core.safety import needs_check
from knotimer.ui.dialogs.safety import SafetyDialog, explain_red_flags, load_check, save_check
from knotimer.ui.preferences.dialog import stored_step_seconds


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoutineStart", text)


def run_safety_check(parent: QWidget, settings: QSettings, today: date) -> bool | None:
    """Ask the questions now; True if all clear, False if a yes, None if dismissed."""
    dialog = SafetyDialog(today, parent)
    if dialog.exec() != SafetyDialog.DialogCode.Accepted:
        return None
    check = dialog.result_check()
    save_check(settings, check)
    if not check.clear:
        explain_red_flags(parent)
    return check.clear


def safety_allows_routine(parent: QWidget, settings: QSettings, today: date) -> bool:
    """The routine starts only after a clear check (asked again after a long absence)."""
    stored = load_check(settings)
    if needs_check(stored, today):
        return run_safety_check(parent, settings, today) is True
    assert stored is not None
    if not stored.clear:
        explain_red_flags(parent)
        return False
    return True


def ask_sides(parent: QWidget) -> tuple[Side, ...] | None:
    """Left, right, or both legs (None if the user changes their mind)."""
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("Guided routine"))
    box.setText(_tr("Which calf would you like to massage?"))
    left = box.addButton(_tr("&Left"), QMessageBox.ButtonRole.AcceptRole)
    right = box.addButton(_tr("&Right"), QMessageBox.ButtonRole.AcceptRole)
    both = box.addButton(_tr("&Both, left first"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(both)
    box.exec()
    chosen = box.clickedButton()
    if chosen is left:
        return (Side.LEFT,)
    if chosen is right:
        return (Side.RIGHT,)
    if chosen is both:
        return (Side.LEFT, Side.RIGHT)
    return None


__all__ = ["ask_sides", "run_safety_check", "safety_allows_routine", "stored_step_seconds"]
