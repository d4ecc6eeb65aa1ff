"""The big dial: seconds inside a ring, the end of a hold seen from a metre, and the flash.

Each state has its own shape as well as its own colour, so it reads without colour: a
thin ring (ready), a filled arc (holding), a dashed arc (paused), a thicker, warmer arc
with three dots for the last seconds, a filled disc (release), a double ring (the
question after a hold), a square-capped arc (a routine step).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

RING_TRACK = QColor(127, 127, 127, 70)
RING_RUNNING = QColor("#2e7d32")
RING_LAST = QColor("#d84315")
RING_PAUSED = QColor("#f9a825")
RING_STEP = QColor("#1565c0")
RELEASE_FILL = QColor("#6a1b9a")
ASK_RING = QColor("#1565c0")


class Tone(StrEnum):
    """How the dial is drawn."""

    READY = "ready"
    RUNNING = "running"
    LAST_SECONDS = "last-seconds"
    PAUSED = "paused"
    RELEASE = "release"
    ASK = "ask"
    STEP = "step"


@dataclass(frozen=True, slots=True)
class DialFace:
    """What the dial shows: a big text, a caption, how full the ring is, and how it looks."""

    big: str
    caption: str
    fraction: float | None = None  # 0-1 of the ring, None: no arc
    tone: Tone = Tone.READY
    seconds: int | None = None  # the whole seconds shown, when the big text is a count


class CountdownDisplay(QWidget):
    """The dial, big enough to read from a metre away; larger windows, larger dial."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._face = DialFace("", "")
        self.setMinimumSize(100, 100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # It paints its own background, so a tick repaints this widget alone, not its parents.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        """A generous square."""
        return QSize(300, 300)

    def face(self) -> DialFace:
        """What is shown now."""
        return self._face

    def seconds_shown(self) -> int:
        """The whole seconds on the dial (0 when it shows a word)."""
        return self._face.seconds or 0

    def caption(self) -> str:
        """The words under the big text."""
        return self._face.caption

    def show_face(self, face: DialFace) -> None:
        """Show ``face``; repaints only when what is drawn changes (the second, the ring)."""
        if face == self._face:
            return
        old, self._face = self._face, face
        if (old.big, old.caption) != (face.big, face.caption):
            self.setAccessibleName(f"{face.big} {face.caption}".strip())
        self.update()

    def show_values(self, remaining: float, planned: float, caption: str, *, paused: bool) -> None:
        """A count of seconds with its ring (the mini timer and older callers)."""
        seconds = math.ceil(remaining - 1e-9) if remaining > 0 else 0
        fraction = max(0.0, min(1.0, remaining / planned)) if planned > 0 else None
        tone = Tone.PAUSED if paused else Tone.RUNNING if planned > 0 else Tone.READY
        self.show_face(DialFace(str(seconds), caption, fraction, tone, seconds))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Ring or disc, the big text and the caption."""
        face = self._face
        side = min(self.width(), self.height()) - 12
        square = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        pen_width = max(6.0, side * 0.06)
        if face.tone is Tone.LAST_SECONDS:
            pen_width *= 1.5
        ring = square.adjusted(pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        with QPainter(self) as painter:
            painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if face.tone is Tone.RELEASE:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(RELEASE_FILL)
                painter.drawEllipse(square)
                text_colour = QColor("#ffffff")
            else:
                self._paint_ring(painter, ring, pen_width, face)
            self._paint_text(painter, square, side, face, text_colour)

    def _paint_ring(self, painter: QPainter, ring: QRectF, width: float, face: DialFace) -> None:
        painter.setPen(QPen(RING_TRACK, width if face.tone is not Tone.READY else width * 0.5))
        painter.drawEllipse(ring)
        if face.tone is Tone.ASK:
            painter.setPen(QPen(ASK_RING, width * 0.4))
            painter.drawEllipse(ring)
            inner = ring.adjusted(width * 1.2, width * 1.2, -width * 1.2, -width * 1.2)
            painter.drawEllipse(inner)
            return
        if face.fraction is None:
            return
        colours = {
            Tone.RUNNING: RING_RUNNING,
            Tone.LAST_SECONDS: RING_LAST,
            Tone.PAUSED: RING_PAUSED,
            Tone.STEP: RING_STEP,
        }
        pen = QPen(colours.get(face.tone, RING_RUNNING), width)
        pen.setCapStyle(
            Qt.PenCapStyle.FlatCap if face.tone is Tone.STEP else Qt.PenCapStyle.RoundCap
        )
        if face.tone is Tone.PAUSED:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawArc(ring, 90 * 16, round(face.fraction * 360 * 16))
        if face.tone is Tone.LAST_SECONDS and face.seconds:
            self._paint_last_dots(painter, ring, width, face.seconds)

    @staticmethod
    def _paint_last_dots(painter: QPainter, ring: QRectF, width: float, seconds: int) -> None:
        """One dot per second left (3, 2, 1), above the number: the end, seen coming."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(RING_LAST)
        radius = width * 0.45
        y = ring.top() + ring.height() * 0.22
        for index in range(min(3, seconds)):
            x = ring.center().x() + (index - (min(3, seconds) - 1) / 2) * radius * 3
            painter.drawEllipse(QRectF(x - radius, y - radius, 2 * radius, 2 * radius))

    def _paint_text(
        self, painter: QPainter, square: QRectF, side: float, face: DialFace, colour: QColor
    ) -> None:
        painter.setPen(colour)
        font = QFont(self.font())
        font.setBold(True)
        is_word = face.seconds is None and face.tone is not Tone.STEP
        if is_word:  # "Release", "How tender now?": as large as fits inside the ring
            box = QRectF(
                square.left() + side * 0.17, square.top() + side * 0.2, side * 0.66, side * 0.42
            )
            font.setPixelSize(max(12, round(side * 0.2)))
            font.setPixelSize(self._fitting(font, face.big, box))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        else:
            box = QRectF(square.left(), square.top(), side, square.height() * 0.76)
            font.setPixelSize(max(12, round(side * (0.3 if face.tone is Tone.STEP else 0.38))))
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        painter.setFont(font)
        painter.drawText(box, flags, face.big)
        small = QFont(self.font())
        small.setPixelSize(max(11, round(side * (0.06 if is_word else 0.075))))
        small.setBold(face.tone in (Tone.RELEASE, Tone.ASK))
        painter.setFont(small)
        caption_box = QRectF(
            square.left() + side * 0.2,
            square.top() + side * (0.64 if is_word else 0.74),
            side * 0.6,
            side * 0.16,
        )
        painter.drawText(
            caption_box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, face.caption
        )

    @staticmethod
    def _fitting(font: QFont, text: str, box: QRectF) -> int:
        """The largest pixel size (at most the font's) at which ``text`` fits in ``box``."""
        size = font.pixelSize()
        probe = QFont(font)
        while size > 12:
            probe.setPixelSize(size)
            bounds = QFontMetricsF(probe).boundingRect(
                box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text
            )
            if bounds.width() <= box.width() and bounds.height() <= box.height():
                break
            size -= 2
        return size


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
