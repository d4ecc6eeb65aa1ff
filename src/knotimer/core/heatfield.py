"""The heat map's field: a smooth grid over the drawing, normalised to the range it shows.

Each knot spreads its weight over the cells around it, about a knot's width across.
By holds, a cell's value is its share of the hottest cell's, on a square-root scale: the
hottest place is always 1, never more, and places held a tenth as often still show
(at about a third of the colour). By tenderness, a cell's value is the average
before-rating of the knots around it, from the lowest shown (0) to the highest (1),
faded where few rated holds lie near.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

GRID_W, GRID_H = 60, 90  # cells across and down the drawing: 10 x 10 drawing units each
REACH_CELLS = 4.0  # a knot warms the cells this near it, most at its centre, none beyond
SHOWN_FROM = 0.02  # cells below this value are left clear
TENDER_FLOOR = 0.15  # the least tender place shown still gets this much colour
PRESENT_FULL = 0.5  # a tenderness cell is opaque where the knots near it weigh this much
RATED_FULL = 5  # a knot rated this often weighs fully; one rated once shows faintly


class HeatBy(Enum):
    """What the heat map's colour means."""

    HOLDS = "holds"  # how often a place was held
    TENDERNESS = "tenderness"  # how tender it was before a hold, on average


@dataclass(frozen=True, slots=True)
class HeatPoint:
    """A knot as the heat map reads it."""

    x: float  # 0-1 of the drawing
    y: float
    holds: int
    rated: int = 0  # holds rated before
    tenderness: float | None = None  # the average before-rating


@dataclass(frozen=True, slots=True)
class HeatField:
    """The cells to colour: (x, y, value 0-1) at each cell's centre, and what 0 and 1 mean."""

    by: HeatBy
    cells: list[tuple[float, float, float]]
    low: float  # what value 0 stands for: holds, or a tenderness rating
    high: float  # ... and value 1

    @property
    def empty(self) -> bool:
        """Nothing to show."""
        return not self.cells


def _splat(points: Sequence[tuple[float, float, tuple[float, ...]]], n: int) -> list[list[float]]:
    """Sum each point's ``n`` weights over the cells in its reach: ``n`` grids, row by row.

    The kernel is (1 - (d/R)^2)^2 (a biweight): smooth, highest at the knot, and 0 at R,
    so no edge shows where a knot's reach ends.
    """
    grids = [[0.0] * (GRID_W * GRID_H) for _ in range(n)]
    reach2 = REACH_CELLS * REACH_CELLS
    span = math.ceil(REACH_CELLS)
    for x, y, weights in points:
        cx, cy = x * GRID_W - 0.5, y * GRID_H - 0.5
        ix, iy = round(cx), round(cy)
        columns = range(max(0, ix - span), min(GRID_W, ix + span + 1))
        for j in range(max(0, iy - span), min(GRID_H, iy + span + 1)):
            dy2 = (j - cy) ** 2
            row = j * GRID_W
            for i in columns:
                d2 = (i - cx) ** 2 + dy2
                if d2 >= reach2:
                    continue
                kernel = (1.0 - d2 / reach2) ** 2
                for grid, weight in zip(grids, weights, strict=True):
                    grid[row + i] += weight * kernel
    return grids


def _cells(values: list[float]) -> list[tuple[float, float, float]]:
    return [
        ((i % GRID_W + 0.5) / GRID_W, (i // GRID_W + 0.5) / GRID_H, value)
        for i, value in enumerate(values)
        if value >= SHOWN_FROM
    ]


def heat_field(points: Sequence[HeatPoint], by: HeatBy = HeatBy.HOLDS) -> HeatField:
    """The field of ``points`` coloured ``by`` holds or tenderness, normalised to what is shown."""
    if by is HeatBy.HOLDS:
        [density] = _splat([(p.x, p.y, (float(p.holds),)) for p in points if p.holds > 0], 1)
        peak = max(density, default=0.0)
        if peak <= 0:
            return HeatField(by, [], 0.0, 0.0)
        return HeatField(by, _cells([math.sqrt(d / peak) for d in density]), 0.0, peak)
    rated = [(p, p.tenderness) for p in points if p.rated > 0 and p.tenderness is not None]
    if not rated:
        return HeatField(by, [], 0.0, 0.0)
    low, high = min(t for _, t in rated), max(t for _, t in rated)
    # A knot rated a few times or more is present in full, one rated once only faintly (a
    # single rating is a guess at a place); its ratings weigh in the average by their number.
    present, weight, summed = _splat(
        [(p.x, p.y, (min(1.0, p.rated / RATED_FULL), p.rated, p.rated * t)) for p, t in rated], 3
    )
    spread = high - low
    values = []
    for here, total, value in zip(present, weight, summed, strict=True):
        if total <= 0:
            values.append(0.0)
            continue
        share = 0.5 if spread <= 0 else (value / total - low) / spread
        fade = min(1.0, here / PRESENT_FULL)
        values.append((TENDER_FLOOR + (1 - TENDER_FLOOR) * share) * fade)
    return HeatField(by, _cells(values), low, high)
