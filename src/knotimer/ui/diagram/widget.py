"""The calf diagram widget: the drawing, plus clicks, drags and keys turned into requests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QToolTip

from knotimer.app.labels import hint_text, region_name
from knotimer.core.anatomy import ALL_REGIONS, Region
from knotimer.ui.diagram.canvas import DiagramCanvas, Marker

__all__ = ["DiagramWidget", "Marker"]

DRAG_START_PX = 5
KEY_STEP = 0.01  # arrow keys move the crosshair by 1 % of the drawing (Shift: 5 %)


class DiagramWidget(DiagramCanvas):
    """The calf diagram, and what the user does on it.

    A click on a muscle asks for a spot there; a click on a marker selects it (in the
    shared selection model); a drag moves it; arrow keys and Enter aim and mark.
    """

    markRequested = Signal(object, float, float)  # Region, x, y in 0-1 of the drawing
    spotClicked = Signal(int)  # an existing spot's id (it is selected too)
    spotMoved = Signal(int, object, float, float)  # spot id dragged to Region, x, y
    deleteRequested = Signal(int)  # Delete pressed on the selected spot
    missed = Signal(str)  # why a click marked nothing

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
            self.select(marker.spot_id)
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
                # The muscle lit up is the one the spot would land on, not the one it left.
                self._set_hover(self.region_at(point), None, point)
                self.update()
            return
        self._set_hover(self.region_at(point), event.globalPosition().toPoint(), point)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Drop a dragged spot where the pointer is, if that is on a muscle."""
        press, drop = self._press, self._drag_to
        self._press = self._drag_to = None
        if press is None or drop is None:
            return
        self._set_hover(self.region_at(event.position()), None, event.position())
        self.update()
        region = self.region_at(drop)
        position = self.to_drawing(drop)
        if region is None or position is None:
            self.missed.emit(
                QCoreApplication.translate(
                    "DiagramWidget",
                    "The spot stays where it was: that place is outside the calves.",
                )
            )
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
            self.missed.emit(
                QCoreApplication.translate(
                    "DiagramWidget", "Nothing marked: that spot is outside the calf muscles."
                )
            )
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
            aspect = 1 / self._drawing.aspect
            self._crosshair = (
                min(1.0, max(0.0, x + dx * size * aspect)),
                min(1.0, max(0.0, y + dy * size)),
            )
            region = self.region_at(self.to_widget(*self._crosshair))
            self.setAccessibleDescription(
                region_name(region)
                if region
                else QCoreApplication.translate("DiagramWidget", "outside")
            )
            self.update()
        elif self._read_only and key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._crosshair is not None:
            self._request_mark(self.to_widget(*self._crosshair))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected() is not None:
            self.deleteRequested.emit(self.selected())
        else:
            super().keyPressEvent(event)

    def _crosshair_start(self) -> tuple[float, float]:
        selected = self.selected()
        for marker in self.markers():
            if marker.spot_id == selected:
                return marker.x, marker.y
        return self.anchors()[ALL_REGIONS[4]]  # the left medial gastrocnemius

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab step through today's spots, then on to the next widget."""
        ids = [marker.spot_id for marker in self.markers()]
        selected = self.selected()
        if self.hasFocus() and ids:
            index = ids.index(selected) if selected in ids else None
            target = (0 if next else len(ids) - 1) if index is None else index + (1 if next else -1)
            if 0 <= target < len(ids):
                self._crosshair = None
                self.select(ids[target])
                self.spotClicked.emit(ids[target])
                return True
        return super().focusNextPrevChild(next)
