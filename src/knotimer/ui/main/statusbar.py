"""A status bar whose messages wrap instead of being cut, with room kept for two lines."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Slot
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QStatusBar, QWidget

MARGIN = 6
LINES = 2  # always reserved, so the window does not jump when a message comes


class WrappingStatusBar(QStatusBar):
    """QStatusBar's messages (``showMessage``, ``currentMessage``), word-wrapped to fit.

    Two lines are always reserved; a longer message makes the bar taller for as long as
    it shows, rather than losing its end.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.messageChanged.connect(self._fit)
        self._fit("")

    def _text_rect(self) -> QRect:
        right = self.width() - MARGIN
        for child in self.children():  # its own widgets only: the permanent ones at the right
            if not isinstance(child, QWidget):
                continue
            if child.isVisible() and child.geometry().left() > self.width() // 2:
                right = min(right, child.geometry().left() - MARGIN)
        return QRect(MARGIN, 0, max(10, right - MARGIN), self.height())

    def _lines_for(self, message: str) -> int:
        if not message:
            return LINES
        from PySide6.QtCore import Qt  # only with a message: not before the first frame

        metrics = QFontMetrics(self.font())
        width = self._text_rect().width()
        bounds = metrics.boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), message
        )
        return max(LINES, -(-bounds.height() // max(1, metrics.lineSpacing())))

    @Slot(str)
    def _fit(self, message: str) -> None:
        metrics = QFontMetrics(self.font())
        height = self._lines_for(message) * metrics.lineSpacing() + 2 * MARGIN
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)

    def sizeHint(self) -> QSize:
        """As tall as the message needs, two lines at least."""
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrower bar may need another line."""
        super().resizeEvent(event)
        self._fit(self.currentMessage())

    def paintEvent(self, event: QPaintEvent) -> None:
        """The message, wrapped, left of the permanent widgets."""
        message = self.currentMessage()
        if not message:
            super().paintEvent(event)
            return
        from PySide6.QtCore import Qt

        with QPainter(self) as painter:
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(
                self._text_rect(),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                | int(Qt.TextFlag.TextWordWrap),
                message,
            )
