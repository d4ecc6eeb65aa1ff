"""A quiet offer of the "before you start" check, shown on the first run and after long breaks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class SafetyBanner(QFrame):
    """'Before you start: five quick questions' with Take the check / Not now."""

    checkRequested = Signal()
    notNow = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(QCoreApplication.translate("SafetyBanner", "Before you start"))
        text = QLabel(
            QCoreApplication.translate(
                "SafetyBanner",
                "<b>Before you start:</b> five quick questions about signs that need a "
                "doctor rather than massage (about 20 seconds).",
            ),
            self,
        )
        text.setWordWrap(True)
        take = QPushButton(QCoreApplication.translate("SafetyBanner", "Take the check"), self)
        later = QPushButton(QCoreApplication.translate("SafetyBanner", "Not now"), self)
        for button in (take, later):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(take)
        buttons.addWidget(later)
        column = QVBoxLayout(self)
        column.addWidget(text)
        column.addLayout(buttons)
        take.clicked.connect(self.checkRequested)
        later.clicked.connect(self.notNow)
