"""Where on its muscle a spot or knot lies: upper, middle or lower, inner or outer, or a TP."""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from knotimer.core.anatomy import Muscle, Region, Side

# Each region of the LEFT leg on the drawing (0-1 of it): left, top, right, bottom, measured
# on the diagram's region mask with its outline trimmed (tests/test_knotnames.py checks them
# against assets/diagram/calves.svg). The right leg is the mirror image (x -> 1 - x).
LEFT_BOXES: dict[Muscle, tuple[float, float, float, float]] = {
    Muscle.POPLITEAL: (0.210, 0.053, 0.343, 0.178),
    Muscle.SOLEUS: (0.145, 0.308, 0.463, 0.718),
    Muscle.FIBULARIS: (0.087, 0.142, 0.150, 0.491),
    Muscle.GASTROCNEMIUS_LATERAL: (0.165, 0.121, 0.272, 0.482),
    Muscle.GASTROCNEMIUS_MEDIAL: (0.285, 0.121, 0.438, 0.532),
    Muscle.ACHILLES: (0.297, 0.621, 0.377, 0.880),
    Muscle.HEEL: (0.277, 0.903, 0.398, 0.967),
}
# The usual trigger-point places of the diagram's hints layer, left leg, in drawing units
# (600 x 900), with the region each lies on (Travell & Simons; hints only).
LEFT_TRIGGER_POINTS: tuple[tuple[Muscle, int, float, float], ...] = (
    (Muscle.GASTROCNEMIUS_MEDIAL, 1, 228.0, 262.0),
    (Muscle.GASTROCNEMIUS_LATERAL, 2, 128.0, 268.0),
    (Muscle.GASTROCNEMIUS_MEDIAL, 3, 218.0, 150.0),
    (Muscle.GASTROCNEMIUS_LATERAL, 4, 124.0, 152.0),
    (Muscle.SOLEUS, 1, 210.0, 522.0),
    (Muscle.SOLEUS, 2, 98.0, 356.0),
    (Muscle.SOLEUS, 3, 152.0, 480.0),
)
DRAWING_W, DRAWING_H = 600.0, 900.0
TRIGGER_POINT_REACH = 24.0  # drawing units: a knot this close to a usual place is named by it


class Level(StrEnum):
    """Up or down the muscle: its upper, middle or lower third."""

    UPPER = "upper"
    MIDDLE = "middle"
    LOWER = "lower"


class Edge(StrEnum):
    """Across the muscle: towards the other leg (inner), the middle third, or away (outer)."""

    INNER = "inner"
    CENTRE = "centre"
    OUTER = "outer"


@dataclass(frozen=True, slots=True)
class Place:
    """Where a spot lies on its muscle; a usual trigger point (1-4) names it first."""

    level: Level
    edge: Edge
    trigger_point: int | None = None

    @property
    def id(self) -> str:
        """A stable id, as exported: 'tp1', 'upper-inner', 'middle', 'lower-outer'."""
        if self.trigger_point is not None:
            return f"tp{self.trigger_point}"
        if self.edge is Edge.CENTRE:
            return self.level.value
        return f"{self.level.value}-{self.edge.value}"


PLACE_IDS: tuple[str, ...] = (
    *(f"tp{n}" for n in range(1, 5)),
    *(Place(level, edge).id for level in Level for edge in (Edge.INNER, Edge.CENTRE, Edge.OUTER)),
)


def region_box(region: Region) -> tuple[float, float, float, float]:
    """The region's extent on the drawing (0-1): left, top, right, bottom."""
    left, top, right, bottom = LEFT_BOXES[region.muscle]
    if region.side is Side.RIGHT:
        left, right = 1.0 - right, 1.0 - left
    return left, top, right, bottom


def trigger_points(region: Region) -> list[tuple[int, float, float]]:
    """The usual trigger points on a region: (number, x, y) in 0-1 of the drawing."""
    found = []
    for muscle, number, x, y in LEFT_TRIGGER_POINTS:
        if muscle is region.muscle:
            ux = x / DRAWING_W if region.side is Side.LEFT else 1.0 - x / DRAWING_W
            found.append((number, ux, y / DRAWING_H))
    return found


def _third(value: float, low: float, high: float) -> int:
    if high <= low:
        return 1
    share = (value - low) / (high - low)
    return 0 if share < 1 / 3 else (1 if share < 2 / 3 else 2)


@functools.lru_cache(maxsize=1 << 15)  # a spot's place is asked for once per hold in an export
def place_of(region: Region, x: float, y: float) -> Place:
    """Where (x, y), 0-1 of the drawing, lies on ``region``.

    Within reach of a usual trigger point of that region: that point. Otherwise the
    third of the muscle's height (upper, middle, lower) and of its width (inner, towards
    the other leg; centre; outer).
    """
    for number, tx, ty in trigger_points(region):
        if math.hypot((x - tx) * DRAWING_W, (y - ty) * DRAWING_H) <= TRIGGER_POINT_REACH:
            return Place(Level.MIDDLE, Edge.CENTRE, number)
    left, top, right, bottom = region_box(region)
    level = (Level.UPPER, Level.MIDDLE, Level.LOWER)[_third(y, top, bottom)]
    across = _third(x, left, right)  # 0: towards the drawing's left edge
    if region.side is Side.RIGHT:
        across = 2 - across  # the right leg's inner side is towards the drawing's middle, too
    edge = (Edge.OUTER, Edge.CENTRE, Edge.INNER)[across]
    return Place(level, edge)


def distinct(names: Iterable[str]) -> list[str]:
    """The names in order, a repeated one numbered from its second use: 'x', 'x (2)'."""
    seen: dict[str, int] = {}
    result = []
    for name in names:
        count = seen.get(name, 0) + 1
        seen[name] = count
        result.append(name if count == 1 else f"{name} ({count})")
    return result
