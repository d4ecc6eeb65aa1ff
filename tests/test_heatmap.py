"""The heat map: normalised to what it shows (never saturated), and only inside the legs."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from knotimer.core.heatfield import GRID_H, GRID_W, SHOWN_FROM, HeatBy, HeatPoint, heat_field
from knotimer.core.recurring import heat_spots, recurring_knots
from knotimer.core.store import Store
from knotimer.resources import asset
from knotimer.ui.diagram.heat import heat_colour
from knotimer.ui.diagram.widget import DiagramWidget
from knotimer.ui.history.knots import heat_points

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def value_at(cells: list[tuple[float, float, float]], x: float, y: float) -> float:
    """The field's value in the cell holding (x, y) (0 where nothing is shown)."""
    column, row = int(x * GRID_W), int(y * GRID_H)
    for cx, cy, value in cells:
        if int(cx * GRID_W) == column and int(cy * GRID_H) == row:
            return value
    return 0.0


def test_the_busiest_place_is_one_and_a_place_held_a_thousandth_as_often_still_shows() -> None:
    places = [(0.36, 0.30, 10_000), (0.22, 0.30, 1_000), (0.36, 0.60, 100), (0.80, 0.30, 10)]
    field = heat_field([HeatPoint(x, y, holds) for x, y, holds in places])
    values = [value_at(field.cells, x, y) for x, y, _ in places]
    assert max(v for _, _, v in field.cells) == pytest.approx(1.0)
    assert values[0] == pytest.approx(1.0, abs=0.02)
    assert values == sorted(values, reverse=True)
    assert values[-1] >= SHOWN_FROM  # ten holds beside ten thousand: still on the map
    colours = [heat_colour(v).name(QColor.NameFormat.HexArgb) for v in values]
    assert len(set(colours)) == 4  # and each in a colour of its own
    # Ten times more holds everywhere changes nothing: the colours are relative to what is shown.
    tenfold = heat_field([HeatPoint(x, y, holds * 10) for x, y, holds in places])
    assert [round(v, 9) for *_, v in tenfold.cells] == [round(v, 9) for *_, v in field.cells]
    assert tenfold.high == pytest.approx(10 * field.high)


def test_by_tenderness_the_least_and_most_tender_places_span_the_colours() -> None:
    points = [HeatPoint(0.36, 0.30, 50, 40, 2.0), HeatPoint(0.80, 0.30, 5, 5, 7.0)]
    field = heat_field(points, HeatBy.TENDERNESS)
    assert (field.low, field.high) == (2.0, 7.0)
    mild, sore = value_at(field.cells, 0.36, 0.30), value_at(field.cells, 0.80, 0.30)
    assert 0 < mild < sore <= 1.0  # the rarely held but tender place is the darker one
    assert heat_field([HeatPoint(0.36, 0.30, 50)], HeatBy.TENDERNESS).empty  # nothing rated
    assert heat_field([], HeatBy.HOLDS).empty


def _grab(widget: DiagramWidget) -> QImage:
    QApplication.sendPostedEvents()
    return widget.grab().toImage()


def test_the_heat_is_drawn_inside_the_legs_outline_only(qtbot: QtBot) -> None:
    diagram = DiagramWidget(asset("diagram/calves.svg"))
    qtbot.addWidget(diagram)
    diagram.resize(360, 520)
    diagram.show()
    plain = _grab(diagram)
    everywhere = [
        ((i + 0.5) / GRID_W, (j + 0.5) / GRID_H, 1.0) for i in range(GRID_W) for j in range(GRID_H)
    ]
    diagram.set_heat(everywhere)
    heated = _grab(diagram)
    ratio = plain.devicePixelRatio()

    def pixel(image: QImage, x: float, y: float) -> int:
        point = diagram.to_widget(x, y)
        return image.pixel(round(point.x() * ratio), round(point.y() * ratio))

    for outside in ((0.5, 0.5), (0.02, 0.4), (0.98, 0.7), (0.5, 0.05)):  # between, beside
        assert pixel(heated, *outside) == pixel(plain, *outside), outside
    for inside in ((0.36, 0.30), (0.22, 0.35), (0.64, 0.30), (0.33, 0.75)):  # muscle, tendon
        assert pixel(heated, *inside) != pixel(plain, *inside), inside


@pytest.mark.slow
def test_on_the_100_000_hold_record_the_hot_places_stand_out_and_the_rest_stays_apart(
    tmp_path: Path, qapp: QApplication
) -> None:
    """Ten years of heavy use: not one orange mass, but many shades with the top knots hottest."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import make_history
    finally:
        sys.path.remove(str(BENCHMARKS))
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    make_history.generate(folder / "knotimer.sqlite3", date(2026, 11, 25))
    store = Store.in_folder(folder)
    try:
        knots = recurring_knots(heat_spots(store, None))
    finally:
        store.close()
    assert sum(k.holds for k in knots) > 90_000
    field = heat_field(heat_points(knots))
    shown = [v for *_, v in field.cells]
    assert max(shown) == pytest.approx(1.0)
    assert sum(v >= 0.95 for v in shown) / len(shown) < 0.02  # the hottest place, not a mass
    assert len({round(v * 255) for v in shown}) >= 100  # and a wide range of shades besides
    median = sorted(shown)[len(shown) // 2]
    for knot in knots[:20]:  # the most held knots are all warmer than the typical place
        assert value_at(field.cells, knot.knot.x, knot.knot.y) > median, knot.number
