"""The calf diagram widget: draws the SVG and the spot markers, turns clicks into spots."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from knotimer.core.anatomy import ALL_REGIONS, Region, Side
from knotimer.ui.diagramsvg import HINTS_ID, load_svg, only_ids, without_ids
from knotimer.ui.labels import side_name
from knotimer.ui.regionmask import RegionMask

LABEL_BAND = 30  # logical pixels above the drawing for the "Left" / "Right" labels
MARGIN = 8


@dataclass(frozen=True, slots=True)
class Marker:
    """A spot as the diagram draws it."""

    spot_id: int
    number: int
    x: float  # 0-1 of the drawing
    y: float


class DiagramWidget(QWidget):
    """Posterior view of both calves; a click on a muscle asks for a spot there."""

    markRequested = Signal(object, float, float)  # Region, x, y in 0-1 of the drawing
    spotClicked = Signal(int)  # an existing spot's id
    missed = Signal(str)  # why a click marked nothing

    def __init__(self, svg_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        svg = load_svg(svg_path)
        self._renderer = QSvgRenderer(QByteArray(without_ids(svg, {HINTS_ID})), self)
        if not self._renderer.isValid():
            raise ValueError(f"the calf diagram {svg_path} could not be read")
        self._hints = QSvgRenderer(QByteArray(only_ids(svg, {HINTS_ID})), self)
        self._show_hints = False
        self._mask = RegionMask(svg)
        self._view_box = self._renderer.viewBoxF()
        self._side_centres = {side: self._side_centre(side) for side in Side}
        self._markers: list[Marker] = []
        self._selected: int | None = None
        self._holding: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 300)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(QCoreApplication.translate("diagram", "Calf diagram"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "diagram", "Both calves seen from behind. Click a muscle to mark a knot."
            )
        )

    def sizeHint(self) -> QSize:
        """Tall enough to show the calves comfortably."""
        return QSize(420, 620)

    # -- geometry ----------------------------------------------------------
    def drawing_rect(self) -> QRectF:
        """Where the drawing sits in the widget: centred, aspect kept, below the labels."""
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN + LABEL_BAND, -MARGIN, -MARGIN)
        aspect = self._view_box.width() / self._view_box.height()
        width = min(area.width(), area.height() * aspect)
        height = width / aspect
        return QRectF(
            area.center().x() - width / 2, area.top() + (area.height() - height) / 2, width, height
        )

    def to_widget(self, x: float, y: float) -> QPointF:
        """A point of the drawing (0-1) in widget coordinates."""
        rect = self.drawing_rect()
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())

    def to_drawing(self, point: QPointF) -> tuple[float, float] | None:
        """A widget point as 0-1 of the drawing, or None outside it."""
        rect = self.drawing_rect()
        if rect.isEmpty() or not rect.contains(point):
            return None
        return (point.x() - rect.left()) / rect.width(), (point.y() - rect.top()) / rect.height()

    def region_at(self, point: QPointF) -> Region | None:
        """The region drawn under a widget point, to the pixel of its outline."""
        self._mask.rebuild(self.drawing_rect(), self.size(), self.devicePixelRatioF())
        return self._mask.region_at(point)

    def marker_radius(self) -> float:
        """Marker size follows the drawing so markers stay on the same anatomy."""
        return max(9.0, min(22.0, self.drawing_rect().height() * 0.02))

    def marker_at(self, point: QPointF) -> Marker | None:
        """The nearest marker within reach of a point (generous, for thumbs and mis-clicks)."""
        reach = self.marker_radius() + 6.0
        best: tuple[float, Marker] | None = None
        for marker in self._markers:
            centre = self.to_widget(marker.x, marker.y)
            distance = math.hypot(centre.x() - point.x(), centre.y() - point.y())
            if distance <= reach and (best is None or distance < best[0]):
                best = (distance, marker)
        return None if best is None else best[1]

    # -- state from the window --------------------------------------------
    def set_markers(self, markers: list[Marker]) -> None:
        """The spots to draw."""
        self._markers = list(markers)
        self.update()

    def markers(self) -> list[Marker]:
        """The spots drawn."""
        return list(self._markers)

    def set_selected(self, spot_id: int | None) -> None:
        """Which spot is selected (drawn with a ring)."""
        self._selected = spot_id
        self.update()

    def set_hints_visible(self, visible: bool) -> None:
        """Show or hide the faint hints where calf knots are usually found."""
        self._show_hints = visible
        self.update()

    def hints_visible(self) -> bool:
        """Whether the usual-knot hints are drawn."""
        return self._show_hints

    def selected(self) -> int | None:
        """The selected spot's id."""
        return self._selected

    def set_holding(self, spot_id: int | None) -> None:
        """Which spot is being held (drawn as a square)."""
        self._holding = spot_id
        self.update()

    # -- events ------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select a nearby spot, or ask for a new spot on the muscle under the pointer."""
        if event.button() is not Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position()
        marker = self.marker_at(point)
        if marker is not None:
            self.spotClicked.emit(marker.spot_id)
            return
        region = self.region_at(point)
        position = self.to_drawing(point)
        if region is None or position is None:
            self.missed.emit(
                QCoreApplication.translate(
                    "diagram", "Nothing marked: that spot is outside the calf muscles."
                )
            )
            return
        self.markRequested.emit(region, *position)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Markers follow the drawing; the hit-test mask is rebuilt lazily."""
        super().resizeEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The drawing, the side labels, then the markers."""
        rect = self.drawing_rect()
        with QPainter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer.render(painter, rect)
            if self._show_hints:
                self._hints.render(painter, rect)
            self._paint_side_labels(painter, rect)
            for marker in self._markers:
                self._paint_marker(painter, marker)

    # -- painting ----------------------------------------------------------
    def _side_centre(self, side: Side) -> float:
        xs: list[float] = []
        for region in ALL_REGIONS:
            if region.side is side and self._renderer.elementExists(region.element_id):
                bounds = self._renderer.transformForElement(region.element_id).mapRect(
                    self._renderer.boundsOnElement(region.element_id)
                )
                xs += [bounds.left(), bounds.right()]
        box = self._view_box
        centre = (
            (min(xs) + max(xs)) / 2 if xs else box.width() * (0.25 if side is Side.LEFT else 0.75)
        )
        return (centre - box.left()) / box.width()

    def _paint_side_labels(self, painter: QPainter, rect: QRectF) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(10.0, min(18.0, rect.height() * 0.025)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for side, centre in self._side_centres.items():
            x = rect.left() + centre * rect.width()
            box = QRectF(x - 80, rect.top() - LABEL_BAND, 160, LABEL_BAND)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, side_name(side))

    def _paint_marker(self, painter: QPainter, marker: Marker) -> None:
        centre = self.to_widget(marker.x, marker.y)
        radius = self.marker_radius()
        holding = marker.spot_id == self._holding
        selected = marker.spot_id == self._selected
        fill = QColor("#1565c0") if not holding else QColor("#e65100")
        painter.setPen(QPen(QColor("white"), max(1.5, radius * 0.15)))
        painter.setBrush(fill)
        if holding:  # a square: readable without colour
            painter.drawRoundedRect(
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), 3, 3
            )
        else:
            painter.drawEllipse(centre, radius, radius)
        if selected or holding:  # an outer ring marks the selected spot
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#111111"), max(2.0, radius * 0.2)))
            painter.drawEllipse(centre, radius * 1.55, radius * 1.55)
            painter.setPen(QPen(QColor("#ffd54f"), max(1.5, radius * 0.12)))
            painter.drawEllipse(centre, radius * 1.55, radius * 1.55)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(9, round(radius * 1.1)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(marker.number))
