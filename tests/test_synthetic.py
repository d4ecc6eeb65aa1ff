"""The synthetic record (benchmarks/make_history.py) looks like a real user's history."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtWidgets import QApplication

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.history import day_holds
from knotimer.core.recurring import heat_spots, recurring_knots
from knotimer.core.sessions import split_sessions
from knotimer.core.store import Store
from knotimer.resources import asset
from knotimer.ui.diagram.mask import RegionMask
from knotimer.ui.diagram.svg import load_svg

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
END = date(2026, 11, 25)


@pytest.fixture(scope="module")
def make_history(qapp: QApplication) -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import make_history

        yield make_history
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.fixture
def six_weeks(make_history: ModuleType, tmp_path: Path) -> Iterator[Store]:
    """The record the README's History screenshots are made from."""
    folder = tmp_path / "six-weeks"
    folder.mkdir(mode=0o700)
    make_history.generate(folder / "knotimer.sqlite3", END, holds=700, days=42)
    store = Store.in_folder(folder)
    yield store
    store.close()


def test_every_spot_lies_inside_its_own_muscle(six_weeks: Store) -> None:
    """The issue: an 'Achilles' knot on the gastrocnemius, so every demo looked broken."""
    mask = RegionMask(load_svg(asset("diagram/calves.svg")))
    mask.rebuild(QRectF(0, 0, 400, 600), QSize(400, 600), 1.0)  # another size than it was made at
    with sqlite3.connect(six_weeks.path) as db:
        spots = db.execute("SELECT side, muscle, x, y FROM spots").fetchall()
    db.close()
    assert len(spots) > 100
    for side, muscle, x, y in spots:
        assert mask.region_at(QPointF(x * 400, y * 600)) == Region(Side(side), Muscle(muscle))


def test_its_knots_recur_and_ease(six_weeks: Store) -> None:
    with sqlite3.connect(six_weeks.path) as db:
        holds, days = db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT local_date) FROM holds"
        ).fetchone()
    db.close()
    assert holds == 700
    assert 30 <= days <= 42
    knots = recurring_knots(heat_spots(six_weeks, None))
    recurring = [k for k in knots if k.day_count >= 7]
    assert 3 <= len(recurring) <= 6  # a few knots come back day after day; the rest are strays
    assert sum(k.holds for k in recurring) > 0.85 * holds
    for knot in recurring:
        tender, release = knot.tenderness.before, knot.release.times
        assert (tender.change or 0) < 0, knot.number  # less tender than in its first week
        assert (release.change or 0) < 0, knot.number  # and it lets go sooner


def test_its_sittings_are_one_or_two_a_day_though_the_app_restarts(six_weeks: Store) -> None:
    with sqlite3.connect(six_weeks.path) as db:
        runs_a_day = db.execute(
            "SELECT MAX(n) FROM (SELECT COUNT(DISTINCT run_id) AS n FROM holds GROUP BY local_date)"
        ).fetchone()[0]
        busiest = date.fromisoformat(
            db.execute(
                "SELECT local_date FROM holds GROUP BY local_date"
                " ORDER BY COUNT(DISTINCT run_id) DESC LIMIT 1"
            ).fetchone()[0]
        )
    db.close()
    assert runs_a_day >= 3  # restarts happen...
    sessions = split_sessions([item.hold for item in day_holds(six_weeks, busiest)])
    assert 1 <= len(sessions) <= 2  # ... and a sitting stays one sitting
