"""Precise hit-testing of the diagram: an offscreen image with one flat colour per region."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from knotimer.core.anatomy import ALL_REGIONS, Region
from knotimer.ui.diagram.svg import mask_svg


class RegionMask:
    """Which region lies under a point of the drawing, to the pixel of the drawn outline.

    The mask is rendered once per placement; a lookup then reads one pixel straight from
    the image's memory (no Qt call), so a hit-test costs little more than converting the
    point.
    """

    def __init__(self, svg: ET.Element, regions: tuple[Region, ...] = ALL_REGIONS) -> None:
        self.regions = regions
        self._renderer = QSvgRenderer(QByteArray(mask_svg(svg, regions)))
        self._image = QImage()
        self._pixels: memoryview = memoryview(b"").cast("I")  # the image's, as 0xffRRGGBB
        self._width = self._height = 0
        self._target = QRectF()
        self._ratio = 1.0
        # A pixel's blue byte (its region's number + 1, or 0) -> the region, or None.
        self._by_value: tuple[Region | None, ...] = (None, *regions) + (None,) * (
            255 - len(regions)
        )

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
        # RGB32 rows are 4 * width bytes, no padding: pixel (x, y) is item y * width + x.
        self._pixels = memoryview(image.constBits()).cast("I")
        self._image = image  # keeps the memory the view reads
        self._width, self._height = width, height
        self._target = QRectF(target)
        self._ratio = device_pixel_ratio

    def label_at(self, x: int, y: int) -> int:
        """The region index at a device pixel of the mask, -1 for none."""
        if not (0 <= x < self._width and 0 <= y < self._height):
            return -1
        index = (self._pixels[y * self._width + x] & 0xFF) - 1
        return index if 0 <= index < len(self.regions) else -1

    def region_at(self, point: QPointF) -> Region | None:
        """The region at a widget position (logical pixels), or None."""
        x = int(point.x() * self._ratio)
        y = int(point.y() * self._ratio)
        width = self._width
        if 0 <= x < width and 0 <= y < self._height:
            return self._by_value[self._pixels[y * width + x] & 0xFF]
        return None


def region_anchors(svg: ET.Element, height: int = 240) -> dict[Region, tuple[float, float]]:
    """For each region, its point farthest from its own outline (0-1 of the drawing).

    That is where a name fits best and a click is safest. Computed on a small mask with a
    two-pass chamfer distance, so it costs a few tens of milliseconds, once.
    """
    _, _, view_w, view_h = (float(v) for v in svg.get("viewBox", "0 0 1 1").split())
    width = max(1, round(height * view_w / view_h))
    mask = RegionMask(svg)
    mask.rebuild(QRectF(0, 0, width, height), QSize(width, height), 1.0)
    labels = [[mask.label_at(x, y) for x in range(width)] for y in range(height)]
    far = float(width + height)
    distance = [[0.0 if label < 0 else far for label in row] for row in labels]

    def relax(x: int, y: int, nx: int, ny: int) -> None:
        inside = 0 <= nx < width and 0 <= ny < height and labels[ny][nx] == labels[y][x]
        step = distance[ny][nx] + 1 if inside else 1.0
        distance[y][x] = min(distance[y][x], step)

    for y in range(height):
        for x in range(width):
            if labels[y][x] >= 0:
                relax(x, y, x - 1, y)
                relax(x, y, x, y - 1)
    for y in reversed(range(height)):
        for x in reversed(range(width)):
            if labels[y][x] >= 0:
                relax(x, y, x + 1, y)
                relax(x, y, x, y + 1)
    best: dict[int, tuple[float, int, int]] = {}
    for y in range(height):
        for x in range(width):
            label = labels[y][x]
            if label >= 0 and distance[y][x] > best.get(label, (-1.0, 0, 0))[0]:
                best[label] = (distance[y][x], x, y)
    return {
        mask.regions[label]: ((x + 0.5) / width, (y + 0.5) / height)
        for label, (_, x, y) in best.items()
    }
