"""The calf diagram's drawing: the calves, their regions and a marker per row of a model."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelectionModel,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from knotimer.core.anatomy import Region, Side
from knotimer.ui.diagram.drawing import CalfDrawing
from knotimer.ui.diagram.heat import paint_heat
from knotimer.ui.diagram.markers import ModelMarkers
from knotimer.ui.diagram.mask import RegionMask, region_anchors
from knotimer.ui.diagram.paint import (
    LABEL_BAND,
    Marker,
    paint_crosshair,
    paint_focus_frame,
    paint_marker,
    paint_muscle_names,
    paint_side_labels,
    paint_stroke_guide,
)
from knotimer.ui.diagram.svg import Hint

__all__ = ["DiagramCanvas", "Marker"]

MARGIN = 8
# Called through the class: a method looked up on a widget costs more than the call itself.
_width, _height, _pixel_ratio = QWidget.width, QWidget.height, QWidget.devicePixelRatioF


class DiagramCanvas(QWidget):
    """Posterior view of both calves, with a marker per row of a model; a view, not a store.

    Which spots exist and which is selected is always read from the model and the
    selection model (ui/diagram/markers.py). DiagramWidget adds the mouse and keys.
    """

    def __init__(self, svg_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drawing = CalfDrawing(svg_path, self)
        self._rect, self._rect_for = QRectF(), QSize()  # the drawing's place, and for what size
        self._mask = RegionMask(self._drawing.svg)
        self._mask_for: tuple[int, int, float] | None = None  # widget size and ratio
        self._anchors: dict[Region, tuple[float, float]] | None = None  # computed when needed
        self._spots = ModelMarkers(self)
        self._spots.changed.connect(self._spots_changed)
        self._spots.selectionChanged.connect(self.update)
        self._holding: int | None = None
        self._hover: Region | None = None
        self._show_hints = False
        self._show_names = False
        self._crosshair: tuple[float, float] | None = None
        self._guide: tuple[bool, Side] | None = None  # (cross-fibre?, leg) while a step shows
        self._heat: list[tuple[float, float, float]] = []  # x, y, weight 0-1
        self._read_only = False
        # Input state, kept here because painting shows it (ui/diagram/widget.py sets it).
        self._press: tuple[QPointF, Marker] | None = None
        self._drag_to: QPointF | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 300)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(QCoreApplication.translate("DiagramWidget", "Calf diagram"))
        self._describe()

    def sizeHint(self) -> QSize:
        """Tall enough to show the calves comfortably."""
        return QSize(420, 620)

    # -- geometry ----------------------------------------------------------
    def drawing_rect(self) -> QRectF:
        """Where the drawing sits in the widget: centred, aspect kept, below the labels."""
        size = self.size()
        if self._rect_for != size:  # worked out once per size (every lookup and marker asks)
            area = QRectF(self.rect()).adjusted(MARGIN, MARGIN + LABEL_BAND, -MARGIN, -MARGIN)
            aspect = self._drawing.aspect
            width = min(area.width(), area.height() * aspect)
            height = width / aspect
            self._rect = QRectF(
                area.center().x() - width / 2,
                area.top() + (area.height() - height) / 2,
                width,
                height,
            )
            self._rect_for = size
        return QRectF(self._rect)

    def drawing_picture(self) -> tuple[QRectF, QPixmap]:
        """Where the calves are drawn, and their picture at this size (as painted)."""
        rect = self.drawing_rect()
        return rect, self._drawing.pixmap(rect, self.devicePixelRatioF())

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
        now = (_width(self), _height(self), _pixel_ratio(self))
        if now != self._mask_for:  # a new size or screen: the mask is rendered again
            self._mask.rebuild(self.drawing_rect(), self.size(), now[2])
            self._mask_for = now
        return self._mask.region_at(point)

    def anchors(self) -> dict[Region, tuple[float, float]]:
        """Each region's roomiest point (0-1 of the drawing), computed once on first use."""
        if self._anchors is None:
            self._anchors = region_anchors(self._drawing.svg)
        return self._anchors

    def marker_radius(self) -> float:
        """Marker size follows the drawing so markers stay on the same anatomy."""
        return max(9.0, min(22.0, self.drawing_rect().height() * 0.02))

    def marker_at(self, point: QPointF) -> Marker | None:
        """The nearest marker within reach of a point (generous, for thumbs and mis-clicks)."""
        reach = self.marker_radius() + 6.0
        best: tuple[float, Marker] | None = None
        for marker in self.markers():
            centre = self.to_widget(marker.x, marker.y)
            distance = math.hypot(centre.x() - point.x(), centre.y() - point.y())
            if distance <= reach and (best is None or distance < best[0]):
                best = (distance, marker)
        return None if best is None else best[1]

    def hint_at(self, point: QPointF) -> Hint | None:
        """The usual-knot hint under a point, while hints are shown."""
        if not self._show_hints:
            return None
        rect = self.drawing_rect()
        for hint in self._drawing.hints:
            centre = self.to_widget(hint.x, hint.y)
            reach = max(8.0, hint.radius * rect.height() * 1.5)
            if math.hypot(centre.x() - point.x(), centre.y() - point.y()) <= reach:
                return hint
        return None

    # -- what it shows ------------------------------------------------------
    def set_model(self, model: QAbstractItemModel, selection: QItemSelectionModel) -> None:
        """Draw one marker per row of ``model``; the selected one is ``selection``'s current."""
        self._spots.bind(model, selection)

    def markers(self) -> list[Marker]:
        """The spots drawn, read from the model."""
        return self._spots.markers()

    def selected(self) -> int | None:
        """The selected spot's id (the selection model's current row)."""
        return self._spots.selected()

    def select(self, spot_id: int | None) -> None:
        """Select a spot, in every view that shares the selection model."""
        self._spots.select(spot_id)

    @Slot()
    def _spots_changed(self) -> None:
        self._describe()
        self.update()

    def set_holding(self, spot_id: int | None) -> None:
        """Which spot is being held (drawn as a square)."""
        self._holding = spot_id
        self.update()

    def set_hints_visible(self, visible: bool) -> None:
        """Show or hide the faint hints where calf knots are usually found."""
        self._show_hints = visible
        self.update()

    def hints_visible(self) -> bool:
        """Whether the usual-knot hints are drawn."""
        return self._show_hints

    def set_names_visible(self, visible: bool) -> None:
        """Show or hide the muscle names on the drawing."""
        self._show_names = visible
        self.update()

    def names_visible(self) -> bool:
        """Whether muscle names are drawn."""
        return self._show_names

    def set_stroke_guide(self, guide: tuple[bool, Side] | None) -> None:
        """Arrows on one leg for the routine's strokes (cross-fibre or not), or None."""
        self._guide = guide
        self.update()

    def stroke_guide(self) -> tuple[bool, Side] | None:
        """The stroke arrows shown, if any."""
        return self._guide

    def set_heat(self, points: list[tuple[float, float, float]]) -> None:
        """A heat map: (x, y, weight 0-1) per recurring knot, drawn as warm translucent discs."""
        self._heat = list(points)
        self.update()

    def heat(self) -> list[tuple[float, float, float]]:
        """The heat-map points shown."""
        return list(self._heat)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only diagram selects spots but never marks, moves or deletes them."""
        self._read_only = read_only

    def hovered(self) -> Region | None:
        """The region under the mouse pointer."""
        return self._hover

    def crosshair(self) -> tuple[float, float] | None:
        """Where the keyboard crosshair is (0-1 of the drawing), if it is shown."""
        return self._crosshair

    # -- painting ----------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Markers follow the drawing; the hit-test mask is rebuilt lazily."""
        super().resizeEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Drawing, highlight, hints, labels, names, markers, crosshair, focus frame."""
        rect = self.drawing_rect()
        with QPainter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawPixmap(rect.topLeft(), self._drawing.pixmap(rect, self.devicePixelRatioF()))
            if self._hover is not None:
                self._drawing.paint_highlight(painter, self._hover, rect)
            if self._show_hints:
                self._drawing.paint_hints(painter, rect)
            if self._heat:
                paint_heat(painter, self._heat, self.to_widget, rect.height())
            centres = self._drawing.side_centres
            paint_side_labels(painter, self, rect, centres)
            if self._guide is not None:
                cross_fibre, side = self._guide
                paint_stroke_guide(
                    painter, cross_fibre, centres[side], self.to_widget, self.marker_radius()
                )
            radius = self.marker_radius()
            if self._show_names:
                covers = [
                    QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)
                    for marker in self.markers()
                    for point in [self.to_widget(marker.x, marker.y)]
                ]
                paint_muscle_names(
                    painter, self, self.anchors(), self.to_widget, rect.height(), markers=covers
                )
            dragged = self._press[1].spot_id if self._press and self._drag_to else None
            selected = self.selected()
            for marker in self.markers():
                centre = self.to_widget(marker.x, marker.y)
                if marker.spot_id == dragged and self._drag_to is not None:
                    centre = self._drag_to
                paint_marker(
                    painter,
                    centre,
                    radius,
                    marker.number,
                    selected=marker.spot_id == selected,
                    holding=marker.spot_id == self._holding,
                )
            if self._crosshair is not None and self.hasFocus():
                paint_crosshair(painter, self.to_widget(*self._crosshair), radius)
            if self.hasFocus():
                paint_focus_frame(painter, self)

    def _describe(self) -> None:
        """What a screen reader hears: the diagram, then each spot."""
        parts = [
            QCoreApplication.translate(
                "DiagramWidget",
                "Both calves seen from behind. Click a muscle, or use the arrow keys "
                "and Enter, to mark a knot.",
            )
        ]
        parts += [marker.description for marker in self.markers() if marker.description]
        self.setAccessibleDescription(" ".join(parts))
