"""The About box: version, licence, and the reminder that this is self-care, not diagnosis."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from knotimer import __version__


def about_text() -> str:
    """The About box's text (rich text)."""
    return QCoreApplication.translate(
        "About",
        "<p><b>knotimer {version}</b></p><p>A hold timer for calf self-massage. "
        "It is a self-care aid, not medical advice: if a calf is swollen, warm, red "
        "or suddenly painful, please see a doctor before massaging it.</p>"
        "<p>MIT licence.</p>",
    ).format(version=__version__)


def show_about(parent: QWidget) -> None:
    """Show the About box."""
    QMessageBox.about(parent, QCoreApplication.translate("About", "About knotimer"), about_text())
