"""The diagram's hit-test reads its mask's memory directly: the same regions as a QImage read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from knotimer.core.anatomy import ALL_REGIONS, Region
from knotimer.resources import asset
from knotimer.ui.diagram import canvas
from knotimer.ui.diagram.mask import RegionMask
from knotimer.ui.diagram.svg import load_svg, mask_svg
from knotimer.ui.diagram.widget import DiagramWidget


def pixel_read(rect: QRectF, size: QSize, ratio: float) -> list[list[Region | None]]:
    """The oracle: the mask rendered to a QImage and read pixel by pixel with Qt's calls."""
    image = QImage(
        max(1, round(size.width() * ratio)),
        max(1, round(size.height() * ratio)),
        QImage.Format.Format_RGB32,
    )
    image.fill(0)
    renderer = QSvgRenderer(QByteArray(mask_svg(load_svg(asset("diagram/calves.svg")))))
    with QPainter(image) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, on=False)
        painter.scale(ratio, ratio)
        renderer.render(painter, rect)
    found: list[list[Region | None]] = []
    for y in range(image.height()):
        row: list[Region | None] = []
        for x in range(image.width()):
            index = (image.pixel(x, y) & 0xFF) - 1
            row.append(ALL_REGIONS[index] if 0 <= index < len(ALL_REGIONS) else None)
        found.append(row)
    return found


def grid(size: QSize, step: float) -> list[QPointF]:
    """Points over the whole widget and a little beyond it, off the pixel centres too."""
    points = []
    y = -3.3
    while y < size.height() + 3:
        x = -3.7
        while x < size.width() + 3:
            points.append(QPointF(x, y))
            x += step
        y += step
    return points


def expected(oracle: list[list[Region | None]], point: QPointF, ratio: float) -> Region | None:
    x, y = int(point.x() * ratio), int(point.y() * ratio)
    inside = 0 <= y < len(oracle) and 0 <= x < len(oracle[0])
    return oracle[y][x] if inside else None


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_the_mask_finds_what_a_pixel_read_finds_on_a_grid(ratio: float) -> None:
    size = QSize(300, 420)
    rect = QRectF(12.5, 40.0, 270.0, 370.0)
    mask = RegionMask(load_svg(asset("diagram/calves.svg")))
    mask.rebuild(rect, size, ratio)
    oracle = pixel_read(rect, size, ratio)
    points = grid(size, 1.7)
    hits = 0
    for point in points:
        region = mask.region_at(point)
        assert region == expected(oracle, point, ratio), (point.x(), point.y())
        hits += region is not None
    assert len(ALL_REGIONS) * 20 < hits < len(points) / 2  # the grid crosses every muscle
    for x, y in ((0, 0), (150, 300), (len(oracle[0]) - 1, len(oracle) - 1), (-1, 5), (5, 9999)):
        found = expected(oracle, QPointF(x / ratio, y / ratio), ratio)
        assert mask.label_at(x, y) == (-1 if found is None else ALL_REGIONS.index(found))


def test_a_diagram_resized_while_hidden_hit_tests_at_its_new_size(qtbot: QtBot) -> None:
    """No resize event reaches a hidden widget: the size is checked at every lookup."""
    diagram = DiagramWidget(asset("diagram/calves.svg"))
    qtbot.addWidget(diagram)
    for width, height in ((300, 420), (640, 900), (900, 500)):
        diagram.resize(width, height)
        size = QSize(width, height)
        oracle = pixel_read(diagram.drawing_rect(), size, 1.0)
        for point in grid(size, 7.3):
            assert diagram.region_at(point) == expected(oracle, point, 1.0)


def test_a_new_device_pixel_ratio_renders_the_mask_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    diagram = DiagramWidget(asset("diagram/calves.svg"))
    qtbot.addWidget(diagram)
    diagram.resize(400, 560)
    size = QSize(400, 560)
    diagram.region_at(QPointF(1, 1))
    monkeypatch.setattr(canvas, "_pixel_ratio", lambda _widget: 2.0)  # moved to a HiDPI screen
    oracle = pixel_read(diagram.drawing_rect(), size, 2.0)
    for point in grid(size, 3.1):
        assert diagram.region_at(point) == expected(oracle, point, 2.0)
