from __future__ import annotations

import copy
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QByteArray, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from knotimer.core.anatomy import ALL_REGIONS, Muscle, Region, Side
from knotimer.resources import asset
from knotimer.ui.diagram.mask import RegionMask
from knotimer.ui.diagram.svg import load_svg
from knotimer.ui.diagram.widget import DiagramWidget

# A point well inside each region of the LEFT leg, in viewBox units (600 x 900), given by
# the drawing's author; the right leg is its mirror image (x -> 600 - x).
INTERIOR_LEFT = {
    Muscle.POPLITEAL: (166, 105),
    Muscle.SOLEUS: (159, 522),
    Muscle.FIBULARIS: (69, 232),
    Muscle.GASTROCNEMIUS_LATERAL: (129, 240),
    Muscle.GASTROCNEMIUS_MEDIAL: (217, 258),
    Muscle.ACHILLES: (201, 588),
    Muscle.HEEL: (201, 841),
}
VIEW_W, VIEW_H = 600.0, 900.0
SIZES = [QSize(300, 420), QSize(640, 900), QSize(1000, 1400)]


def interior(region: Region) -> tuple[float, float]:
    x, y = INTERIOR_LEFT[region.muscle]
    if region.side is Side.RIGHT:
        x = VIEW_W - x
    return x / VIEW_W, y / VIEW_H


def fill_only_renderer(region: Region) -> QSvgRenderer:
    """The oracle: the region's own element from the asset, filled, no stroke, antialiased."""
    root = load_svg(asset("diagram/calves.svg"))
    layer = ET.Element(root.tag, dict(root.attrib))
    element = copy.deepcopy(next(e for e in root.iter() if e.get("id") == region.element_id))
    for part in element.iter():
        part.set("stroke", "none")
        part.set("fill", "#000000")
        part.attrib.pop("opacity", None)
    layer.append(element)
    return QSvgRenderer(QByteArray(ET.tostring(layer)))


def oracle_image(region: Region, rect: QRectF, size: QSize, ratio: float) -> QImage:
    image = QImage(
        round(size.width() * ratio), round(size.height() * ratio), QImage.Format.Format_ARGB32
    )
    image.fill(0)
    with QPainter(image) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(ratio, ratio)
        fill_only_renderer(region).render(painter, rect)
    return image


@pytest.fixture
def diagram(qtbot: QtBot) -> DiagramWidget:
    widget = DiagramWidget(asset("diagram/calves.svg"))
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("region", ALL_REGIONS, ids=lambda r: r.element_id)
def test_every_region_is_hit_at_its_centre(
    diagram: DiagramWidget, region: Region, size: QSize
) -> None:
    diagram.resize(size)
    point = diagram.to_widget(*interior(region))
    assert diagram.region_at(point) == region


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("region", ALL_REGIONS, ids=lambda r: r.element_id)
def test_borders_are_the_drawn_outline_not_a_box(
    diagram: DiagramWidget, region: Region, size: QSize, ratio: float
) -> None:
    """Walk right from the centre to the outline: 1.5 px inside is hit, 1.5 px outside is not."""
    diagram.resize(size)
    rect = diagram.drawing_rect()
    mask = RegionMask(load_svg(asset("diagram/calves.svg")))
    mask.rebuild(rect, size, ratio)
    oracle = oracle_image(region, rect, size, ratio)
    start = diagram.to_widget(*interior(region))
    y = round(start.y() * ratio)
    x = round(start.x() * ratio)
    assert oracle.pixelColor(x, y).alpha() == 255
    while oracle.pixelColor(x, y).alpha() > 0:
        x += 1
    edge = x  # first device pixel the outline does not touch at all
    inside = edge - 1 - round(1.5 * ratio)
    outside = edge + round(1.5 * ratio)
    assert oracle.pixelColor(inside, y).alpha() == 255
    assert mask.region_at(QPointF(inside / ratio, y / ratio)) == region
    assert mask.region_at(QPointF(outside / ratio, y / ratio)) != region


def test_outside_the_legs_there_is_no_region(diagram: DiagramWidget) -> None:
    diagram.resize(600, 900)
    between_ankles = diagram.to_widget(0.5, 0.75)
    for point in (QPointF(1, 1), between_ankles, diagram.to_widget(0.01, 0.5)):
        assert diagram.region_at(point) is None


def test_spot_positions_stay_on_the_same_anatomy_across_sizes(
    qtbot: QtBot, diagram: DiagramWidget
) -> None:
    requests: list[tuple[Region, float, float]] = []
    diagram.markRequested.connect(lambda r, x, y: requests.append((r, x, y)))
    diagram.resize(500, 700)
    diagram.show()
    qtbot.waitExposed(diagram)
    point = diagram.to_widget(*interior(Region(Side.RIGHT, Muscle.GASTROCNEMIUS_MEDIAL)))
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=point.toPoint())
    [(region, x, y)] = requests
    assert region == Region(Side.RIGHT, Muscle.GASTROCNEMIUS_MEDIAL)
    assert 0.5 < x < 1
    assert 0 < y < 1
    for width, height in ((300, 420), (1200, 1400), (900, 500)):
        diagram.resize(width, height)
        assert diagram.region_at(diagram.to_widget(x, y)) == region


def test_a_click_outside_asks_for_nothing(qtbot: QtBot, diagram: DiagramWidget) -> None:
    diagram.resize(500, 700)
    diagram.show()
    qtbot.waitExposed(diagram)
    with qtbot.assertNotEmitted(diagram.markRequested), qtbot.waitSignal(diagram.missed):
        qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))


HIDPI_SCRIPT = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from knotimer.core.anatomy import ALL_REGIONS
from knotimer.resources import asset
from knotimer.ui.diagram.widget import DiagramWidget
import json, sys
points = json.loads(sys.argv[1])
widget = DiagramWidget(asset("diagram/calves.svg"))
widget.resize(500, 760)
print(widget.devicePixelRatioF())
for region in ALL_REGIONS:
    found = widget.region_at(widget.to_widget(*points[region.element_id]))
    print(region.element_id, found.element_id if found else None)
"""


def test_hit_testing_at_device_pixel_ratio_two() -> None:
    import json

    points = {region.element_id: interior(region) for region in ALL_REGIONS}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    result = subprocess.run(
        [sys.executable, "-c", HIDPI_SCRIPT, json.dumps(points)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    ratio, *lines = result.stdout.strip().splitlines()
    assert float(ratio) == 2.0
    for line in lines:
        expected, found = line.split()
        assert found == expected
