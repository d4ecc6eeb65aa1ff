"""The heat map's painting: a smooth field of colour, only inside the legs' outline.

The diagram's ``set_heat`` takes the cells of a field (core/heatfield.py): (x, y, value
0-1) at each cell's centre. They are coloured through one sequential ramp (pale yellow
to deep red, lighter to darker, so it reads without colour too), scaled up smoothly to
the drawing's size, and cut to the silhouette of the legs. The result is kept until the
cells or the size change, so repainting a marker costs nothing here.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from knotimer.core.heatfield import GRID_H, GRID_W
from knotimer.resources import asset
from knotimer.ui.diagram.svg import load_svg, only_ids

SILHOUETTE_ID = "silhouette"
# The ramp: (value, red, green, blue, opacity 0-255), darker and more opaque as it rises.
STOPS = (
    (0.0, 255, 236, 150, 60),
    (0.3, 253, 190, 80, 125),
    (0.6, 238, 110, 40, 170),
    (0.85, 196, 40, 30, 200),
    (1.0, 125, 0, 35, 215),
)


def heat_colour(value: float) -> QColor:
    """The ramp's colour for a value 0-1 (clamped), with its opacity."""
    value = min(1.0, max(0.0, value))
    for (v0, *c0), (v1, *c1) in itertools.pairwise(STOPS):
        if value <= v1:
            share = 0.0 if v1 == v0 else (value - v0) / (v1 - v0)
            r, g, b, a = (round(p + (q - p) * share) for p, q in zip(c0, c1, strict=True))
            return QColor(r, g, b, a)
    return QColor(*STOPS[-1][1:])


def _premultiplied(colour: QColor) -> bytes:
    alpha = colour.alpha()
    channels = (colour.blue(), colour.green(), colour.red())  # ARGB32 in memory: B, G, R, A
    return bytes(round(c * alpha / 255) for c in channels) + bytes((alpha,))


_LUT = [_premultiplied(heat_colour(i / 255)) for i in range(256)]


def cells_image(points: list[tuple[float, float, float]]) -> QImage:
    """The field at its own size, one pixel per cell (clear where there is no cell)."""
    pixels = bytearray(GRID_W * GRID_H * 4)
    for x, y, value in points:
        column = min(GRID_W - 1, max(0, int(x * GRID_W)))
        row = min(GRID_H - 1, max(0, int(y * GRID_H)))
        at = (row * GRID_W + column) * 4
        pixels[at : at + 4] = _LUT[min(255, max(0, round(value * 255)))]
    image = QImage(
        bytes(pixels), GRID_W, GRID_H, GRID_W * 4, QImage.Format.Format_ARGB32_Premultiplied
    )
    return image.copy()  # owns its pixels


@dataclass
class _Cache:
    points: list[tuple[float, float, float]] | None = None
    size: QSize | None = None
    image: QImage | None = None
    outline: QImage | None = None
    outline_size: QSize | None = None


_cache = _Cache()
_silhouette: list[QSvgRenderer] = []


def _outline(size: QSize) -> QImage:
    """The legs' silhouette at ``size``: opaque inside, clear outside."""
    if _cache.outline is None or _cache.outline_size != size:
        if not _silhouette:
            svg = load_svg(asset("diagram/calves.svg"))
            _silhouette.append(QSvgRenderer(QByteArray(only_ids(svg, {SILHOUETTE_ID}))))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        with QPainter(image) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            _silhouette[0].render(painter, QRectF(0, 0, size.width(), size.height()))
        _cache.outline, _cache.outline_size = image, QSize(size)
    return _cache.outline


def heat_image(points: list[tuple[float, float, float]], size: QSize) -> QImage:
    """The field scaled smoothly to ``size`` (device pixels) and cut to the legs' outline."""
    if _cache.points is points and _cache.size == size and _cache.image is not None:
        return _cache.image
    scaled = cells_image(points).scaled(
        size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    with QPainter(scaled) as painter:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
        painter.drawImage(0, 0, _outline(size))
    _cache.points, _cache.size, _cache.image = points, QSize(size), scaled
    return scaled


def paint_heat(
    painter: QPainter,
    points: list[tuple[float, float, float]],
    to_widget: Callable[[float, float], QPointF],
    height: float,
) -> None:
    """The heat map over the drawing, from its top-left (0, 0) to its bottom-right (1, 1)."""
    del height  # the drawing's own corners say where it goes
    rect = QRectF(to_widget(0.0, 0.0), to_widget(1.0, 1.0))
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    size = QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
    painter.drawImage(rect, heat_image(points, size))
