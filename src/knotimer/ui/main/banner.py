"""A quiet offer of the "before you start" check, shown on the first run and after long breaks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("SafetyBanner", text)


class SafetyBanner(QFrame):
    """'Before you start: five quick questions' with Take the check / Not now."""

    checkRequested = Signal()
    notNow = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_tr("Before you start"))
        text = QLabel(
            _tr(
                "<b>Before you start:</b> five quick questions about signs that need a "
                "doctor rather than massage (about 20 seconds)."
            ),
            self,
        )
        text.setWordWrap(True)
        take = QPushButton(_tr("Take the check"), self)
        later = QPushButton(_tr("Not now"), self)
        for button in (take, later):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        row = QHBoxLayout(self)
        row.addWidget(text, 1)
        row.addWidget(take)
        row.addWidget(later)
        take.clicked.connect(self.checkRequested)
        later.clicked.connect(self.notNow)
