"""The flash: a brief coloured wash over the window when a hold ends."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget


class FlashOverlay(QWidget):
    """A brief coloured wash over the window: the end of a hold, seen from the corner of an eye."""

    DURATION_MS = 700

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.flashes = 0

    def flash(self) -> None:
        """Cover the parent for a moment."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.flashes += 1
        self.raise_()
        self.show()
        self._timer.start(self.DURATION_MS)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A translucent wash with a thick frame."""
        with QPainter(self) as painter:
            painter.fillRect(self.rect(), QColor(255, 193, 7, 110))
            painter.setPen(QPen(QColor("#ff8f00"), 14))
            painter.drawRect(self.rect().adjusted(7, 7, -7, -7))
