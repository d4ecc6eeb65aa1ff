"""Precise hit-testing of the diagram: an offscreen image with one flat colour per region."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from knotimer.core.anatomy import ALL_REGIONS, Region
from knotimer.ui.diagramsvg import mask_svg


class RegionMask:
    """Which region lies under a point of the drawing, to the pixel of the drawn outline."""

    def __init__(self, svg: ET.Element, regions: tuple[Region, ...] = ALL_REGIONS) -> None:
        self.regions = regions
        self._renderer = QSvgRenderer(QByteArray(mask_svg(svg, regions)))
        self._image = QImage()
        self._target = QRectF()
        self._ratio = 1.0

    def rebuild(self, target: QRectF, size: QSize, device_pixel_ratio: float) -> None:
        """Render the mask for a drawing placed at ``target`` in a widget of ``size``."""
        if (
            target == self._target
            and self._ratio == device_pixel_ratio
            and not self._image.isNull()
        ):
            return
        width = max(1, round(size.width() * device_pixel_ratio))
        height = max(1, round(size.height() * device_pixel_ratio))
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(0)
        with QPainter(image) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, on=False)
            painter.scale(device_pixel_ratio, device_pixel_ratio)
            self._renderer.render(painter, target)
        self._image = image
        self._target = QRectF(target)
        self._ratio = device_pixel_ratio

    def region_at(self, point: QPointF) -> Region | None:
        """The region at a widget position (logical pixels), or None."""
        x = int(point.x() * self._ratio)
        y = int(point.y() * self._ratio)
        if not self._image.valid(x, y):
            return None
        index = (self._image.pixel(x, y) & 0xFF) - 1
        if 0 <= index < len(self.regions):
            return self.regions[index]
        return None
