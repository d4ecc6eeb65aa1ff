"""Starting the guided routine: the safety check first, then which leg or both."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from knotimer.app.safety import SafetyState
from knotimer.core.anatomy import Side
from knotimer.ui.dialogs.safety import explain_red_flags, run_safety_check


def safety_allows_routine(parent: QWidget, safety: SafetyState) -> bool:
    """The routine starts only after a clear check (asked again after a long absence)."""
    if safety.due():
        return run_safety_check(parent, safety) is True
    check = safety.check
    if check is not None and not check.clear:
        explain_red_flags(parent)
        return False
    return True


def ask_sides(parent: QWidget) -> tuple[Side, ...] | None:
    """Left, right, or both legs (None if the user changes their mind)."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("RoutineStart", "Guided routine"))
    box.setText(QCoreApplication.translate("RoutineStart", "Which calf would you like to massage?"))
    left = box.addButton(
        QCoreApplication.translate("RoutineStart", "&Left"), QMessageBox.ButtonRole.AcceptRole
    )
    right = box.addButton(
        QCoreApplication.translate("RoutineStart", "&Right"), QMessageBox.ButtonRole.AcceptRole
    )
    both = box.addButton(
        QCoreApplication.translate("RoutineStart", "&Both, left first"),
        QMessageBox.ButtonRole.AcceptRole,
    )
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
