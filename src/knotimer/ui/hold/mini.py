"""A compact, always-on-top countdown to keep beside whatever else is on screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from knotimer.ui.common.countdown import CountdownDisplay

GEOMETRY_KEY = "mini/geometry"


class MiniTimerWindow(QWidget):
    """The countdown and the spot's name, small, staying above other windows."""

    def __init__(
        self, settings: QSettings, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(QCoreApplication.translate("MiniTimerWindow", "knotimer"))
        self.setAccessibleName(QCoreApplication.translate("MiniTimerWindow", "Mini timer"))
        self._settings = settings
        self.countdown = CountdownDisplay(self)
        self.countdown.setMinimumSize(120, 120)
        self.spot_label = QLabel(self)
        self.spot_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.spot_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.countdown, 1)
        layout.addWidget(self.spot_label)
        self.addActions(actions)  # Space, Enter, Esc, + work here too
        self.resize(190, 220)
        saved = settings.value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray):
            self.restoreGeometry(saved)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember where the user put it."""
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

    def hideEvent(self, event: object) -> None:
        """Remember where the user put it, also when hidden from the menu."""
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().hideEvent(event)  # type: ignore[arg-type]
