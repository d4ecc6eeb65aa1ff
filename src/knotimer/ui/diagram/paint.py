"""Painting the diagram's layers over the drawing: labels, names, markers, crosshair, focus."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QWidget

from knotimer.app.labels import short_muscle_name, side_name
from knotimer.core.anatomy import Region, Side

LABEL_BAND = 30  # logical pixels above the drawing for the "Left" / "Right" labels

# Marker fills; shape and number tell them apart too, so colour is never the only cue.
SPOT_FILL = QColor("#1565c0")
HOLD_FILL = QColor("#e65100")
RING_DARK = QColor("#111111")
RING_LIGHT = QColor("#ffd54f")


@dataclass(frozen=True, slots=True)
class Marker:
    """A spot as the diagram draws it."""

    spot_id: int
    number: int
    x: float  # 0-1 of the drawing
    y: float
    description: str = ""  # what a screen reader says, e.g. "Spot 2, Left · soleus, 3 holds"


def paint_side_labels(
    painter: QPainter, widget: QWidget, rect: QRectF, centres: dict[Side, float]
) -> None:
    """'Left' and 'Right' above each leg: the user's own sides."""
    font = QFont(widget.font())
    font.setPointSizeF(max(10.0, min(18.0, rect.height() * 0.025)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(widget.palette().color(QPalette.ColorRole.WindowText))
    for side, centre in centres.items():
        x = rect.left() + centre * rect.width()
        box = QRectF(x - 80, rect.top() - LABEL_BAND, 160, LABEL_BAND)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, side_name(side))


def paint_muscle_names(
    painter: QPainter,
    widget: QWidget,
    anchors: dict[Region, tuple[float, float]],
    to_widget: Callable[[float, float], QPointF],
    height: float,
    *,
    markers: Sequence[QRectF] = (),
) -> None:
    """Each region's short name at its roomiest point, with a halo to read on any colour.

    A name a marker would cover moves just below it (or above, if that is free).
    """
    font = QFont(widget.font())
    font.setPixelSize(max(9, min(16, round(height * 0.016))))
    font.setBold(True)
    halo = QPen(QColor(255, 255, 255, 215), 3.0)
    ink = QColor("#3b1f1a")
    for region, (x, y) in anchors.items():
        centre = to_widget(x, y)
        lines = short_muscle_name(region.muscle).split("\n")
        line_height = font.pixelSize() * 1.15
        top = centre.y() - line_height * (len(lines) - 1) / 2
        paths = []
        for index, line in enumerate(lines):
            path = QPainterPath()
            path.addText(0, 0, font, line)
            box = path.boundingRect()
            path.translate(
                centre.x() - box.center().x(), top + index * line_height - box.center().y()
            )
            paths.append(path)
        shift = _clear_of(paths, markers)
        for path in paths:
            path.translate(0, shift)
            painter.strokePath(path, halo)
            painter.fillPath(path, ink)


def _clear_of(paths: list[QPainterPath], markers: Sequence[QRectF]) -> float:
    """How far to move a label down (or up, negative) so no marker covers it."""
    label = QRectF()
    for path in paths:
        label = label.united(path.boundingRect())
    hits = [box for box in markers if box.intersects(label)]
    if not hits:
        return 0.0
    below = max(box.bottom() for box in hits) - label.top() + 2
    above = min(box.top() for box in hits) - label.bottom() - 2
    moved_down = label.translated(0, below)
    if not any(box.intersects(moved_down) for box in markers):
        return below
    return above


def paint_marker(
    painter: QPainter, centre: QPointF, radius: float, number: int, *, selected: bool, holding: bool
) -> None:
    """A numbered marker: a circle; a square while held; an outer ring when selected."""
    painter.setPen(QPen(QColor("white"), max(1.5, radius * 0.15)))
    painter.setBrush(HOLD_FILL if holding else SPOT_FILL)
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    if holding:
        painter.drawRoundedRect(box, 3, 3)
    else:
        painter.drawEllipse(centre, radius, radius)
    if selected or holding:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(RING_DARK, max(2.0, radius * 0.2)))
        painter.drawEllipse(centre, radius * 1.55, radius * 1.55)
        painter.setPen(QPen(RING_LIGHT, max(1.5, radius * 0.12)))
        painter.drawEllipse(centre, radius * 1.55, radius * 1.55)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(9, round(radius * 1.1)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))


def paint_crosshair(painter: QPainter, centre: QPointF, radius: float) -> None:
    """The keyboard's pointer: a ring with a cross, dark and light so it shows anywhere."""
    for colour, width in ((RING_DARK, 4.0), (RING_LIGHT, 2.0)):
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius, radius)
        painter.drawLine(
            QPointF(centre.x() - radius * 1.6, centre.y()),
            QPointF(centre.x() - radius * 0.4, centre.y()),
        )
        painter.drawLine(
            QPointF(centre.x() + radius * 0.4, centre.y()),
            QPointF(centre.x() + radius * 1.6, centre.y()),
        )
        painter.drawLine(
            QPointF(centre.x(), centre.y() - radius * 1.6),
            QPointF(centre.x(), centre.y() - radius * 0.4),
        )
        painter.drawLine(
            QPointF(centre.x(), centre.y() + radius * 0.4),
            QPointF(centre.x(), centre.y() + radius * 1.6),
        )


def paint_focus_frame(painter: QPainter, widget: QWidget) -> None:
    """A visible frame while the diagram has the keyboard focus."""
    pen = QPen(widget.palette().color(QPalette.ColorRole.Highlight), 2)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(1, 1, -1, -1), 6, 6)


def _arrow(painter: QPainter, start: QPointF, end: QPointF, head: float) -> None:
    painter.drawLine(start, end)
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = max(1e-6, (dx * dx + dy * dy) ** 0.5)
    ux, uy = dx / length, dy / length
    for side in (1, -1):
        painter.drawLine(
            end,
            QPointF(
                end.x() - head * (ux + side * uy * 0.6), end.y() - head * (uy - side * ux * 0.6)
            ),
        )


def paint_stroke_guide(
    painter: QPainter,
    cross_fibre: bool,
    leg_x: float,
    to_widget: Callable[[float, float], QPointF],
    size: float,
) -> None:
    """Arrows for the strokes: long ones up the calf (warm-up) or short ones across it."""
    pen = QPen(QColor(20, 90, 160, 200), max(3.0, size * 0.25))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    head = max(8.0, size * 0.9)
    if not cross_fibre:
        for offset in (-0.06, 0.0, 0.06):
            _arrow(painter, to_widget(leg_x + offset, 0.8), to_widget(leg_x + offset, 0.2), head)
        return
    for level in (0.66, 0.56, 0.46, 0.36, 0.26):
        left, right = to_widget(leg_x - 0.09, level), to_widget(leg_x + 0.09, level)
        _arrow(painter, left, right, head * 0.7)
        _arrow(painter, right, left, head * 0.7)
    faint = QPen(QColor(20, 90, 160, 110), max(2.0, size * 0.15))
    painter.setPen(faint)
    _arrow(painter, to_widget(leg_x + 0.13, 0.7), to_widget(leg_x + 0.13, 0.24), head * 0.8)


def paint_heat(
    painter: QPainter,
    points: list[tuple[float, float, float]],
    to_widget: Callable[[float, float], QPointF],
    height: float,
) -> None:
    """Warm discs: bigger and stronger where a knot was held more often."""
    painter.setPen(Qt.PenStyle.NoPen)
    for x, y, weight in sorted(points, key=lambda p: p[2]):
        strength = max(0.15, min(1.0, weight))
        radius = height * (0.018 + 0.03 * strength)
        colour = QColor(230, 81, 0, round(60 + 140 * strength))
        painter.setBrush(colour)
        painter.drawEllipse(to_widget(x, y), radius, radius)
