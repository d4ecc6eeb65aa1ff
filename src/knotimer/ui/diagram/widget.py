"""The calf diagram widget: shows the calves and spots; turns clicks, drags and keys into edits."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from knotimer.app.labels import hint_text, region_name
from knotimer.core.anatomy import ALL_REGIONS, Region, Side
from knotimer.ui.diagram.mask import RegionMask, region_anchors
from knotimer.ui.diagram.paint import (
    LABEL_BAND,
    Marker,
    paint_crosshair,
    paint_focus_frame,
    paint_heat,
    paint_marker,
    paint_muscle_names,
    paint_side_labels,
    paint_stroke_guide,
)
from knotimer.ui.diagram.svg import (
    HINTS_ID,
    Hint,
    highlight_svg,
    hints,
    load_svg,
    only_ids,
    without_ids,
)

__all__ = ["DiagramWidget", "Marker"]

MARGIN = 8
DRAG_START_PX = 5
KEY_STEP = 0.01  # arrow keys move the crosshair by 1 % of the drawing (Shift: 5 %)
HIGHLIGHT = "#ffffff"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiagramWidget", text)


class DiagramWidget(QWidget):
    """Posterior view of both calves; a click on a muscle asks for a spot there."""

    markRequested = Signal(object, float, float)  # Region, x, y in 0-1 of the drawing
    spotClicked = Signal(int)  # an existing spot's id
    spotMoved = Signal(int, object, float, float)  # spot id dragged to Region, x, y
    deleteRequested = Signal(int)  # Delete pressed on the selected spot
    missed = Signal(str)  # why a click marked nothing

    def __init__(self, svg_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._svg = load_svg(svg_path)
        self._renderer = QSvgRenderer(QByteArray(without_ids(self._svg, {HINTS_ID})), self)
        if not self._renderer.isValid():
            raise ValueError(f"the calf diagram {svg_path} could not be read")
        self._hint_renderer = QSvgRenderer(QByteArray(only_ids(self._svg, {HINTS_ID})), self)
        self._hints: list[Hint] = hints(self._svg)
        self._mask = RegionMask(self._svg)
        self._view_box = self._renderer.viewBoxF()
        self._side_centres = {side: self._side_centre(side) for side in Side}
        self._anchors: dict[Region, tuple[float, float]] | None = None  # computed when needed
        self._highlights: dict[Region, QSvgRenderer] = {}
        self._pixmap = QPixmap()
        self._pixmap_key: tuple[int, int, float] | None = None
        self._markers: list[Marker] = []
        self._selected: int | None = None
        self._holding: int | None = None
        self._hover: Region | None = None
        self._show_hints = False
        self._show_names = False
        self._crosshair: tuple[float, float] | None = None
        self._guide: tuple[bool, Side] | None = None  # (cross-fibre?, leg) while a step shows
        self._heat: list[tuple[float, float, float]] = []  # x, y, weight 0-1
        self._read_only = False
        self._press: tuple[QPointF, Marker] | None = None
        self._drag_to: QPointF | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 300)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(_tr("Calf diagram"))
        self._describe()

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

    def anchors(self) -> dict[Region, tuple[float, float]]:
        """Each region's roomiest point (0-1 of the drawing), computed once on first use."""
        if self._anchors is None:
            self._anchors = region_anchors(self._svg)
        return self._anchors

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

    def hint_at(self, point: QPointF) -> Hint | None:
        """The usual-knot hint under a point, while hints are shown."""
        if not self._show_hints:
            return None
        rect = self.drawing_rect()
        for hint in self._hints:
            centre = self.to_widget(hint.x, hint.y)
            reach = max(8.0, hint.radius * rect.height() * 1.5)
            if math.hypot(centre.x() - point.x(), centre.y() - point.y()) <= reach:
                return hint
        return None

    # -- state from the window --------------------------------------------
    def set_markers(self, markers: list[Marker]) -> None:
        """The spots to draw."""
        self._markers = list(markers)
        self._describe()
        self.update()

    def markers(self) -> list[Marker]:
        """The spots drawn."""
        return list(self._markers)

    def set_selected(self, spot_id: int | None) -> None:
        """Which spot is selected (drawn with a ring)."""
        self._selected = spot_id
        self._describe()
        self.update()

    def selected(self) -> int | None:
        """The selected spot's id."""
        return self._selected

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

    # -- mouse -------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Remember a press on a spot (a click selects it, a drag moves it), or mark a spot."""
        if event.button() is not Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position()
        self._crosshair = None
        marker = self.marker_at(point)
        if marker is not None:
            if not self._read_only:
                self._press = (point, marker)
            self.spotClicked.emit(marker.spot_id)
            return
        if not self._read_only:
            self._request_mark(point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Drag a spot, or follow the pointer with the highlight and a tooltip."""
        point = event.position()
        if self._press is not None:
            start, _ = self._press
            if self._drag_to is not None or (point - start).manhattanLength() >= DRAG_START_PX:
                self._drag_to = point
                self.update()
            return
        self._set_hover(self.region_at(point), event.globalPosition().toPoint(), point)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Drop a dragged spot where the pointer is, if that is on a muscle."""
        press, drop = self._press, self._drag_to
        self._press = self._drag_to = None
        if press is None or drop is None:
            return
        self.update()
        region = self.region_at(drop)
        position = self.to_drawing(drop)
        if region is None or position is None:
            self.missed.emit(_tr("The spot stays where it was: that place is outside the calves."))
            return
        self.spotMoved.emit(press[1].spot_id, region, *position)

    def leaveEvent(self, event: object) -> None:
        """No highlight once the pointer has left."""
        self._set_hover(None, None, None)
        super().leaveEvent(event)  # type: ignore[arg-type]

    def _set_hover(self, region: Region | None, global_pos: object, point: QPointF | None) -> None:
        hint = None if point is None else self.hint_at(point)
        if region != self._hover:
            self._hover = region
            self.setCursor(
                Qt.CursorShape.CrossCursor if region is not None else Qt.CursorShape.ArrowCursor
            )
            self.update()
        text = (
            hint_text(hint.muscle, hint.point)
            if hint
            else (region_name(region) if region is not None else "")
        )
        if global_pos is not None and text != self.toolTip():
            self.setToolTip(text)
            QToolTip.showText(global_pos, text, self)  # type: ignore[arg-type]

    def _request_mark(self, point: QPointF) -> None:
        region = self.region_at(point)
        position = self.to_drawing(point)
        if region is None or position is None:
            self.missed.emit(_tr("Nothing marked: that spot is outside the calf muscles."))
            return
        self.markRequested.emit(region, *position)

    # -- keyboard ----------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move a crosshair, Enter marks a spot there, Delete removes the selected spot."""
        key = event.key()
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in steps:
            dx, dy = steps[key]  # type: ignore[index]
            size = KEY_STEP * (5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            x, y = self._crosshair or self._crosshair_start()
            aspect = self._view_box.height() / self._view_box.width()
            self._crosshair = (
                min(1.0, max(0.0, x + dx * size * aspect)),
                min(1.0, max(0.0, y + dy * size)),
            )
            region = self.region_at(self.to_widget(*self._crosshair))
            self.setAccessibleDescription(region_name(region) if region else _tr("outside"))
            self.update()
        elif self._read_only and key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._crosshair is not None:
            self._request_mark(self.to_widget(*self._crosshair))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected is not None:
            self.deleteRequested.emit(self._selected)
        else:
            super().keyPressEvent(event)

    def _crosshair_start(self) -> tuple[float, float]:
        for marker in self._markers:
            if marker.spot_id == self._selected:
                return marker.x, marker.y
        return self.anchors()[ALL_REGIONS[4]]  # the left medial gastrocnemius

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab step through today's spots, then on to the next widget."""
        ids = [marker.spot_id for marker in self._markers]
        if self.hasFocus() and ids:
            index = ids.index(self._selected) if self._selected in ids else None
            target = (0 if next else len(ids) - 1) if index is None else index + (1 if next else -1)
            if 0 <= target < len(ids):
                self._crosshair = None
                self.spotClicked.emit(ids[target])
                return True
        return super().focusNextPrevChild(next)

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
            painter.drawPixmap(rect.topLeft(), self._drawing_pixmap(rect))
            if self._hover is not None:
                self._highlight(self._hover).render(painter, rect)
            if self._show_hints:
                self._hint_renderer.render(painter, rect)
            if self._heat:
                paint_heat(painter, self._heat, self.to_widget, rect.height())
            paint_side_labels(painter, self, rect, self._side_centres)
            if self._guide is not None:
                cross_fibre, side = self._guide
                paint_stroke_guide(
                    painter,
                    cross_fibre,
                    self._side_centres[side],
                    self.to_widget,
                    self.marker_radius(),
                )
            if self._show_names:
                paint_muscle_names(painter, self, self.anchors(), self.to_widget, rect.height())
            radius = self.marker_radius()
            dragged = self._press[1].spot_id if self._press and self._drag_to else None
            for marker in self._markers:
                centre = self.to_widget(marker.x, marker.y)
                if marker.spot_id == dragged and self._drag_to is not None:
                    centre = self._drag_to
                paint_marker(
                    painter,
                    centre,
                    radius,
                    marker.number,
                    selected=marker.spot_id == self._selected,
                    holding=marker.spot_id == self._holding,
                )
            if self._crosshair is not None and self.hasFocus():
                paint_crosshair(painter, self.to_widget(*self._crosshair), radius)
            if self.hasFocus():
                paint_focus_frame(painter, self)

    def _drawing_pixmap(self, rect: QRectF) -> QPixmap:
        """The calves, rendered once per size (re-rendering the SVG is most of a paint)."""
        ratio = self.devicePixelRatioF()
        key = (round(rect.width()), round(rect.height()), ratio)
        if self._pixmap_key != key:
            pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            with QPainter(pixmap) as painter:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                self._renderer.render(painter, QRectF(0, 0, rect.width(), rect.height()))
            self._pixmap, self._pixmap_key = pixmap, key
        return self._pixmap

    def _highlight(self, region: Region) -> QSvgRenderer:
        renderer = self._highlights.get(region)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(highlight_svg(self._svg, region, HIGHLIGHT, 0.35)))
            self._highlights[region] = renderer
        return renderer

    def _side_centre(self, side: Side) -> float:
        xs: list[float] = []
        for region in ALL_REGIONS:
            if region.side is side and self._renderer.elementExists(region.element_id):
                bounds = self._renderer.transformForElement(region.element_id).mapRect(
                    self._renderer.boundsOnElement(region.element_id)
                )
                xs += [bounds.left(), bounds.right()]
        box = self._view_box
        if not xs:
            xs = [box.width() * (0.25 if side is Side.LEFT else 0.75)]
        return ((min(xs) + max(xs)) / 2 - box.left()) / box.width()

    def _describe(self) -> None:
        """What a screen reader hears: the diagram, then each spot."""
        parts = [
            _tr(
                "Both calves seen from behind. Click a muscle, or use the arrow keys "
                "and Enter, to mark a knot."
            )
        ]
        parts += [marker.description for marker in self._markers if marker.description]
        self.setAccessibleDescription(" ".join(parts))
