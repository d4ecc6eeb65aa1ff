"""The calf drawing rendered from its SVG: cached per size, with its highlights and hints."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from knotimer.core.anatomy import ALL_REGIONS, Region, Side
from knotimer.ui.diagram.svg import (
    HINTS_ID,
    Hint,
    highlight_svg,
    hints,
    load_svg,
    only_ids,
    without_ids,
)

HIGHLIGHT = "#ffffff"


class CalfDrawing(QObject):
    """The SVG of both calves, its usual-knot hints, and one pixmap per size it is shown at."""

    def __init__(self, svg_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.svg = load_svg(svg_path)
        self._renderer = QSvgRenderer(QByteArray(without_ids(self.svg, {HINTS_ID})), self)
        if not self._renderer.isValid():
            raise ValueError(f"the calf diagram {svg_path} could not be read")
        self._hint_renderer = QSvgRenderer(QByteArray(only_ids(self.svg, {HINTS_ID})), self)
        self.hints: list[Hint] = hints(self.svg)
        self.view_box = self._renderer.viewBoxF()
        self.side_centres = {side: self._side_centre(side) for side in Side}
        self._highlights: dict[Region, QSvgRenderer] = {}
        self._pixmap = QPixmap()
        self._pixmap_key: tuple[int, int, float] | None = None

    @property
    def aspect(self) -> float:
        """Width over height of the drawing."""
        return self.view_box.width() / self.view_box.height()

    def pixmap(self, rect: QRectF, ratio: float) -> QPixmap:
        """The calves at this size, rendered once (re-rendering the SVG is most of a paint)."""
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

    def paint_highlight(self, painter: QPainter, region: Region, rect: QRectF) -> None:
        """A region lit up, as under the pointer."""
        renderer = self._highlights.get(region)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(highlight_svg(self.svg, region, HIGHLIGHT, 0.35)))
            self._highlights[region] = renderer
        renderer.render(painter, rect)

    def paint_hints(self, painter: QPainter, rect: QRectF) -> None:
        """The faint circles where calf knots are usually found."""
        self._hint_renderer.render(painter, rect)

    def _side_centre(self, side: Side) -> float:
        xs: list[float] = []
        for region in ALL_REGIONS:
            if region.side is side and self._renderer.elementExists(region.element_id):
                bounds = self._renderer.transformForElement(region.element_id).mapRect(
                    self._renderer.boundsOnElement(region.element_id)
                )
                xs += [bounds.left(), bounds.right()]
        box = self.view_box
        if not xs:
            xs = [box.width() * (0.25 if side is Side.LEFT else 0.75)]
        return ((min(xs) + max(xs)) / 2 - box.left()) / box.width()
