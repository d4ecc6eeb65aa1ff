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

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
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

    @staticmethod
    def ready(length_s: int) -> DialFace:
        """The dial before a hold: its length, ready."""
        caption = QCoreApplication.translate("HoldDisplay", "ready")
        return DialFace(str(length_s), caption, None, Tone.READY, length_s)


_ARC_TONES = {
    Tone.RUNNING: RING_RUNNING,
    Tone.LAST_SECONDS: RING_LAST,
    Tone.PAUSED: RING_PAUSED,
    Tone.STEP: RING_STEP,
}


def _still_part(face: DialFace) -> tuple[object, ...]:
    """Everything a face draws except where its arc ends."""
    return (face.big, face.caption, face.tone, face.seconds)


class CountdownDisplay(QWidget):
    """The dial, big enough to read from a metre away; larger windows, larger dial.

    Everything but the moving arc is drawn once into a pixmap (again when the second, the
    words, the size or the colours change); a tick repaints only the strip of the ring
    whose end moved, and only once it has moved by a pixel.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._face = DialFace("", "")
        self._drawn = self._face  # the face the last requested repaint shows
        self._layer: QPixmap | None = None
        self._layer_key: tuple[object, ...] = ()
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
        """Show ``face``; repaints only what changes: the second, or the ring by a pixel."""
        if face == self._face:
            return
        old, self._face = self._face, face
        if (old.big, old.caption) != (face.big, face.caption):
            self.setAccessibleName(f"{face.big} {face.caption}".strip())
        drawn = self._drawn
        if _still_part(drawn) == _still_part(face) and face.tone in _ARC_TONES:
            strip = self._moved_strip(drawn.fraction, face.fraction)
            if strip is None:
                return  # the arc's end is still on the same pixel
            self._drawn = face
            self.update(strip)
            return
        self._drawn = face
        self.update()

    def show_values(self, remaining: float, planned: float, caption: str, *, paused: bool) -> None:
        """A count of seconds with its ring (the mini timer and older callers)."""
        seconds = math.ceil(remaining - 1e-9) if remaining > 0 else 0
        fraction = max(0.0, min(1.0, remaining / planned)) if planned > 0 else None
        tone = Tone.PAUSED if paused else Tone.RUNNING if planned > 0 else Tone.READY
        self.show_face(DialFace(str(seconds), caption, fraction, tone, seconds))

    def _geometry(self, face: DialFace) -> tuple[QRectF, QRectF, float, float]:
        """The dial's square, its ring, the ring's pen width and the square's side."""
        side = min(self.width(), self.height()) - 12
        square = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        pen_width = max(6.0, side * 0.06)
        if face.tone is Tone.LAST_SECONDS:
            pen_width *= 1.5
        half = pen_width / 2
        return square, square.adjusted(half, half, -half, -half), pen_width, side

    def _moved_strip(self, before: float | None, after: float | None) -> QRect | None:
        """The rectangle covering the arc's end at both fractions; None if on the same pixel."""
        if before is None or after is None:
            return self.rect()
        _square, ring, width, _side = self._geometry(self._face)
        radius = ring.width() / 2
        turn = abs(after - before) * 2 * math.pi
        if turn * radius < 0.5:
            return None
        if turn > math.pi / 8:
            return self.rect()
        centre = ring.center()
        ends = [
            (
                centre.x() - radius * math.sin(f * 2 * math.pi),
                centre.y() - radius * math.cos(f * 2 * math.pi),
            )
            for f in (before, after)
        ]
        margin = width / 2 + 2 + radius * (1 - math.cos(turn / 2))
        xs, ys = [x for x, _ in ends], [y for _, y in ends]
        return QRectF(
            min(xs) - margin,
            min(ys) - margin,
            max(xs) - min(xs) + 2 * margin,
            max(ys) - min(ys) + 2 * margin,
        ).toAlignedRect()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The still layer (drawn again only when it changes), then the moving arc."""
        face = self._face
        layer = self._still_layer(face)
        with QPainter(self) as painter:
            painter.drawPixmap(0, 0, layer)
            if face.tone in _ARC_TONES and face.fraction is not None:
                _square, ring, width, _side = self._geometry(face)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                self._paint_arc(painter, ring, width, face)

    def _still_layer(self, face: DialFace) -> QPixmap:
        palette = self.palette()
        ratio = self.devicePixelRatioF()
        key = (
            self.size(),
            ratio,
            palette.color(QPalette.ColorRole.Window).rgba(),
            palette.color(QPalette.ColorRole.WindowText).rgba(),
            self.font().key(),
            _still_part(face),
        )
        if self._layer is not None and key == self._layer_key:
            return self._layer
        layer = QPixmap(self.size() * ratio)
        layer.setDevicePixelRatio(ratio)
        layer.fill(palette.color(QPalette.ColorRole.Window))
        square, ring, width, side = self._geometry(face)
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        with QPainter(layer) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if face.tone is Tone.RELEASE:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(RELEASE_FILL)
                painter.drawEllipse(square)
                text_colour = QColor("#ffffff")
            else:
                self._paint_track(painter, ring, width, face)
            self._paint_text(painter, square, side, face, text_colour)
        self._layer, self._layer_key = layer, key
        return layer

    def _paint_track(self, painter: QPainter, ring: QRectF, width: float, face: DialFace) -> None:
        painter.setPen(QPen(RING_TRACK, width if face.tone is not Tone.READY else width * 0.5))
        painter.drawEllipse(ring)
        if face.tone is Tone.ASK:
            painter.setPen(QPen(ASK_RING, width * 0.4))
            painter.drawEllipse(ring)
            inner = ring.adjusted(width * 1.2, width * 1.2, -width * 1.2, -width * 1.2)
            painter.drawEllipse(inner)
        if face.tone is Tone.LAST_SECONDS and face.seconds:
            self._paint_last_dots(painter, ring, width, face.seconds)

    @staticmethod
    def _paint_arc(painter: QPainter, ring: QRectF, width: float, face: DialFace) -> None:
        pen = QPen(_ARC_TONES[face.tone], width)
        pen.setCapStyle(
            Qt.PenCapStyle.FlatCap if face.tone is Tone.STEP else Qt.PenCapStyle.RoundCap
        )
        if face.tone is Tone.PAUSED:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawArc(ring, 90 * 16, round((face.fraction or 0.0) * 360 * 16))

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
