"""The large countdown with its progress ring, and the flash shown when a hold ends."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

RING_TRACK = QColor(127, 127, 127, 70)
RING_RUNNING = QColor("#2e7d32")
RING_PAUSED = QColor("#f9a825")


class CountdownDisplay(QWidget):
    """Whole seconds left, big enough to read from a metre away, inside a progress ring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remaining = 0.0
        self._planned = 0.0
        self._caption = ""
        self._paused = False
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # It paints its own background, so a tick repaints this widget alone, not its parents.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        """A generous square."""
        return QSize(300, 300)

    def seconds_shown(self) -> int:
        """The number on the display: whole seconds left, rounded up (never shows 0 early)."""
        return math.ceil(self._remaining - 1e-9) if self._remaining > 0 else 0

    def caption(self) -> str:
        """The word under the number."""
        return self._caption

    def show_values(self, remaining: float, planned: float, caption: str, *, paused: bool) -> None:
        """Update the display; repaints only when what is drawn changes."""
        if (remaining, planned, caption, paused) == (
            self._remaining,
            self._planned,
            self._caption,
            self._paused,
        ):
            return
        self._remaining, self._planned, self._caption, self._paused = (
            remaining,
            planned,
            caption,
            paused,
        )
        self.setAccessibleName(f"{self.seconds_shown()} {caption}")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Ring, number and caption."""
        side = min(self.width(), self.height()) - 16
        square = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        pen_width = max(8.0, side * 0.06)
        ring = square.adjusted(pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        with QPainter(self) as painter:
            painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(RING_TRACK, pen_width))
            painter.drawEllipse(ring)
            if self._planned > 0:
                fraction = max(0.0, min(1.0, self._remaining / self._planned))
                colour = RING_PAUSED if self._paused else RING_RUNNING
                arc_pen = QPen(colour, pen_width)
                arc_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(arc_pen)
                painter.drawArc(ring, 90 * 16, round(fraction * 360 * 16))
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(max(24, round(side * 0.38)))
            painter.setFont(font)
            painter.setPen(text_colour)
            number_box = QRectF(square.left(), square.top(), square.width(), square.height() * 0.78)
            painter.drawText(
                number_box,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(self.seconds_shown()),
            )
            small = QFont(self.font())
            small.setPixelSize(max(12, round(side * 0.075)))
            painter.setFont(small)
            caption_box = QRectF(
                square.left(), square.top() + square.height() * 0.74, square.width(), side * 0.14
            )
            painter.drawText(caption_box, Qt.AlignmentFlag.AlignCenter, self._caption)


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
