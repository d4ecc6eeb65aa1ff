"""Recurring knots: spots close together on the same muscle, over many days, counted as one."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from knotimer.core.anatomy import Region
from knotimer.core.records import Spot

# The drawing is 600 x 900 units; spots within this many units are one knot.
DRAWING_W, DRAWING_H = 600.0, 900.0
SAME_KNOT_UNITS = 30.0


@dataclass
class Knot:
    """A place the user keeps coming back to."""

    region: Region
    x: float  # centre, 0-1 of the drawing
    y: float
    spots: list[Spot] = field(default_factory=list)
    holds: int = 0

    @property
    def days(self) -> list[date]:
        """The days it was marked, oldest first."""
        return sorted({spot.created.date() for spot in self.spots})

    def distance_units(self, x: float, y: float) -> float:
        """Distance from the centre, in drawing units."""
        return math.hypot((x - self.x) * DRAWING_W, (y - self.y) * DRAWING_H)

    def add(self, spot: Spot, holds: int) -> None:
        """Take a spot in and move the centre to the mean of all its spots."""
        self.spots.append(spot)
        count = len(self.spots)
        self.x += (spot.x - self.x) / count
        self.y += (spot.y - self.y) / count
        self.holds += holds


LINEAR_SCAN_KNOTS = 24  # a region with fewer knots is searched in full: quicker than the grid


def cluster_knots(
    spots: Iterable[Spot],
    holds_per_spot: Mapping[int, int] | None = None,
    radius_units: float = SAME_KNOT_UNITS,
) -> list[Knot]:
    """Group spots into knots: same side and muscle, within ``radius_units`` of a knot's centre.

    Spots are taken oldest first, each joining the nearest knot in reach (on a tie, the
    oldest); the result is sorted with the most-held knots first. A region with few knots
    (the usual case: the same knots, day after day) is searched in full; one with many
    uses a grid one radius wide, so years of spots take milliseconds, not seconds.
    """
    counts = holds_per_spot or {}
    knots: list[Knot] = []
    # Knots' centres in drawing units, by index: read for every spot, kept next to the knots.
    kxs: list[float] = []
    kys: list[float] = []
    # Per region: its knots' indexes, and the same by the grid cell of their centre (a knot
    # in reach of a spot has its centre in the spot's cell or in one of the eight around).
    # Found by the region object first: regions hash slowly, and spots share a few of them.
    regions: dict[Region, _RegionKnots] = {}
    by_object: dict[int, _RegionKnots] = {}
    reach2 = radius_units * radius_units
    neighbours = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
    for spot in sorted(spots, key=_oldest_first):
        region = spot.region
        state = by_object.get(id(region))
        if state is None:
            state = by_object[id(region)] = regions.setdefault(region, ([], {}, region))
        mine, grid, _ = state
        sx, sy = spot.x * DRAWING_W, spot.y * DRAWING_H
        if len(mine) < LINEAR_SCAN_KNOTS:
            candidates: Iterable[int] = mine
        else:
            cx, cy = int(sx // radius_units), int(sy // radius_units)
            candidates = [i for dx, dy in neighbours for i in grid.get((cx + dx, cy + dy), ())]
        # The least (distance², index) in reach; -1: none yet (as if an index past all).
        found, nearest = -1, reach2
        for index in candidates:
            ex, ey = sx - kxs[index], sy - kys[index]
            d2 = ex * ex + ey * ey
            if d2 < nearest or (d2 == nearest and (found < 0 or index < found)):
                found, nearest = index, d2
        if found < 0:
            index, knot = len(knots), Knot(region, spot.x, spot.y)
            knots.append(knot)
            kxs.append(0.0)
            kys.append(0.0)
            mine.append(index)
            old_cell = None
        else:
            index = found
            knot = knots[index]
            old_cell = (int(kxs[index] // radius_units), int(kys[index] // radius_units))
        knot.add(spot, counts.get(spot.id, 0))
        kx, ky = kxs[index], kys[index] = knot.x * DRAWING_W, knot.y * DRAWING_H
        new_cell = (int(kx // radius_units), int(ky // radius_units))
        if new_cell != old_cell:
            if old_cell is not None:
                grid[old_cell].remove(index)
            grid.setdefault(new_cell, []).append(index)
    # Ties on holds and spots go to the knot first marked; its first day is only worked out
    # for knots that tie (a long record has thousands of spots, most knots tie with none).
    ties = Counter((k.holds, len(k.spots)) for k in knots)
    first_day = {
        id(k): min(s.created.date() for s in k.spots)
        for k in knots
        if ties[k.holds, len(k.spots)] > 1
    }
    knots.sort(key=lambda k: (-k.holds, -len(k.spots), first_day.get(id(k), date.min)))
    return knots


# A region's knots (indexes), the same by grid cell, and the region (kept alive: its id is a key).
_RegionKnots = tuple[list[int], dict[tuple[int, int], list[int]], Region]


def _oldest_first(spot: Spot) -> tuple[datetime, int]:
    return spot.created, spot.id
