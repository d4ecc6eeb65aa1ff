"""Knots told apart: a name says where on the muscle, and the table matches the drawing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtWidgets import QApplication

from knotimer.app.knotlabels import knot_name
from knotimer.core.anatomy import ALL_REGIONS, Muscle, Region, Side
from knotimer.core.knotnames import (
    PLACE_IDS,
    Edge,
    Level,
    distinct,
    place_of,
    region_box,
    trigger_points,
)
from knotimer.resources import asset
from knotimer.ui.diagram.mask import RegionMask
from knotimer.ui.diagram.svg import hints, load_svg

LEFT_MEDIAL = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
RIGHT_MEDIAL = Region(Side.RIGHT, Muscle.GASTROCNEMIUS_MEDIAL)
W, H = 600, 900  # the mask at the drawing's own units


@pytest.fixture(scope="module")
def labels(qapp: QApplication) -> list[list[int]]:
    mask = RegionMask(load_svg(asset("diagram/calves.svg")))
    mask.rebuild(QRectF(0, 0, W, H), QSize(W, H), 1.0)
    return [[mask.label_at(x, y) for x in range(W)] for y in range(H)]


def test_the_boxes_are_the_drawings_regions(labels: list[list[int]]) -> None:
    """Each region's box, measured on the mask with its outline trimmed (2 units)."""
    for index, region in enumerate(ALL_REGIONS):
        xs, ys = [], []
        for y in range(2, H - 2):
            row = labels[y]
            for x in range(2, W - 2):
                inner = row[x] == index and row[x - 2] == row[x + 2] == index
                if inner and labels[y - 2][x] == labels[y + 2][x] == index:
                    xs.append(x)
                    ys.append(y)
        left, top, right, bottom = region_box(region)
        assert min(xs) / W == pytest.approx(left, abs=0.004), region
        assert (max(xs) + 1) / W == pytest.approx(right, abs=0.004), region
        assert min(ys) / H == pytest.approx(top, abs=0.004), region
        assert (max(ys) + 1) / H == pytest.approx(bottom, abs=0.004), region


def test_the_usual_places_are_the_hints_and_lie_on_their_region(labels: list[list[int]]) -> None:
    drawn = {
        (h.side, h.point, round(h.x, 4), round(h.y, 4))
        for h in hints(load_svg(asset("diagram/calves.svg")))
    }
    listed = set()
    for region in ALL_REGIONS:
        for number, x, y in trigger_points(region):
            listed.add((region.side, number, round(x, 4), round(y, 4)))
            assert labels[round(y * H)][round(x * W)] == ALL_REGIONS.index(region)
    assert listed == drawn


def test_a_knot_at_a_usual_place_is_named_by_it() -> None:
    [(_, x, y)] = [tp for tp in trigger_points(LEFT_MEDIAL) if tp[0] == 1]
    assert place_of(LEFT_MEDIAL, x + 0.02, y + 0.01).id == "tp1"  # 12 and 9 units away
    assert place_of(LEFT_MEDIAL, x, y + 0.05).trigger_point is None  # 45 units below: not
    assert knot_name(LEFT_MEDIAL, place_of(LEFT_MEDIAL, x, y)) == (
        "Left · medial gastrocnemius · usual spot TP1"
    )


def test_upper_middle_lower_and_inner_outer_mirror_between_the_legs() -> None:
    left, top, right, bottom = region_box(LEFT_MEDIAL)
    high, low = top + 0.02, bottom - 0.02
    towards_middle, towards_side = right - 0.01, left + 0.01
    assert place_of(LEFT_MEDIAL, towards_middle, high).id == "upper-inner"
    assert place_of(LEFT_MEDIAL, towards_side, low).id == "lower-outer"
    assert place_of(LEFT_MEDIAL, (left + right) / 2, (top + bottom) / 2 + 0.05).id == "middle"
    # The right leg is the mirror image: its inner side faces the drawing's middle too.
    assert place_of(RIGHT_MEDIAL, 1 - towards_middle, high).edge is Edge.INNER
    assert place_of(RIGHT_MEDIAL, 1 - towards_side, low).edge is Edge.OUTER
    assert place_of(RIGHT_MEDIAL, 1 - towards_side, low).level is Level.LOWER


def test_two_knots_on_one_muscle_get_different_names() -> None:
    """The issue: #1 and #6 were both 'Left · medial gastrocnemius'."""
    left, top, right, bottom = region_box(LEFT_MEDIAL)
    upper = knot_name(LEFT_MEDIAL, place_of(LEFT_MEDIAL, (left + right) / 2, top + 0.03))
    lower = knot_name(LEFT_MEDIAL, place_of(LEFT_MEDIAL, (left + right) / 2, bottom - 0.03))
    assert upper != lower
    assert upper.startswith("Left · medial gastrocnemius · ")
    # Two knots at the same place of a muscle still differ, by a number.
    assert distinct([upper, lower, upper, upper]) == [upper, lower, f"{upper} (2)", f"{upper} (3)"]


def test_every_place_has_a_stable_id() -> None:
    assert len(set(PLACE_IDS)) == len(PLACE_IDS) == 13
    for region in ALL_REGIONS:
        left, top, right, bottom = region_box(region)
        for x in (left + 0.001, (left + right) / 2, right - 0.001):
            for y in (top + 0.001, (top + bottom) / 2, bottom - 0.001):
                assert place_of(region, x, y).id in PLACE_IDS
