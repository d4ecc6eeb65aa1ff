"""Like-for-like tenderness and time to release per knot: the rules, and the store's sums."""

from __future__ import annotations

import gc
import random
from datetime import date, timedelta
from typing import Any

import pytest

from knotimer.core import recurring
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.history import knot_history
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.core.recurring import heat_spots, recurring_knots
from knotimer.core.release import compare_release, mean_release
from knotimer.core.store import Store
from knotimer.core.tenderness import Observation, compare_tenderness, day_facts

from fakes import FakeClock

D0 = date(2026, 10, 1)
MEDIAL = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)


def obs(
    day: int, before: int | None, after: int | None, release: float | None = None
) -> Observation:
    return Observation(D0 + timedelta(days=day), before, after, release)


def test_before_ratings_are_compared_with_before_ratings_only() -> None:
    """The issue's case: a hold rated only before, last of all, no longer turns 6 → 2 into 6 → 5."""
    rated = [obs(0, 6, 4), obs(1, 6, 3), obs(20, 2, 1), obs(21, 2, 0)]
    change = compare_tenderness(day_facts(rated))
    assert (change.before.early.value, change.before.late.value) == (6, 2)  # type: ignore[union-attr]
    assert change.before.weeks
    # A new hold rated only before: the latest week's before-ratings are 2, 2 and 3.
    again = compare_tenderness(day_facts([*rated, obs(22, 3, None)]))
    assert again.before.late is not None
    assert again.before.late.value == pytest.approx(7 / 3)
    assert again.before.late.count == 3
    # One rated only after changes nothing about before.
    after_only = compare_tenderness(day_facts([*rated, obs(22, None, 5)]))
    assert after_only.before.late is not None
    assert (after_only.before.late.value, after_only.before.late.count) == (2, 2)
    # Each hold against itself: 6-4, 6-3, 2-1, 2-0 ease it by 2 on average.
    assert change.relief == pytest.approx(2.0)
    assert change.relief_holds == 4


def test_first_week_against_latest_week_and_nothing_in_between() -> None:
    holds = (
        [obs(d, 7, None) for d in range(7)]
        + [obs(30, 9, None)]
        + [obs(d, 3, None) for d in (52, 60)]
    )
    change = compare_tenderness(day_facts(holds)).before
    assert change.early is not None
    assert change.late is not None
    assert (change.early.value, change.early.count, change.early.first, change.early.last) == (
        7,
        7,
        D0,
        D0 + timedelta(days=6),
    )
    assert (change.late.value, change.late.count) == (3, 1)  # day 52 is outside the last week
    assert change.change == -4


def test_a_knot_younger_than_two_weeks_compares_its_first_day_with_its_latest() -> None:
    change = compare_tenderness(day_facts([obs(0, 6, 4), obs(0, 5, 3), obs(9, 4, 2)])).before
    assert not change.weeks
    assert (change.early.value, change.early.count) == (5.5, 2)  # type: ignore[union-attr]
    assert change.early.is_summary  # type: ignore[union-attr]
    assert (change.late.value, change.late.count) == (4, 1)  # type: ignore[union-attr]
    assert not change.late.is_summary  # type: ignore[union-attr]
    one_day = compare_tenderness(day_facts([obs(3, 6, 4)])).before
    assert one_day.early is not None
    assert one_day.late is None
    assert compare_tenderness(day_facts([obs(3, None, 4)])).before.early is None


def test_time_to_release_first_week_against_latest() -> None:
    holds = [
        obs(0, None, None, 25.0),
        obs(1, None, None, 21.0),
        obs(2, None, None),  # ran its full time: no time to release
        obs(40, None, None, 9.0),
        obs(41, None, None, 11.0),
    ]
    change = compare_release(day_facts(holds))
    assert (change.times.early.value, change.times.late.value) == (23, 10)  # type: ignore[union-attr]
    assert change.times.early.holds == 3  # type: ignore[union-attr]  # of which two let go
    assert (change.released, change.holds) == (4, 5)
    assert mean_release(day_facts(holds)) == pytest.approx(16.5)
    assert compare_release(day_facts([obs(0, 5, 4)])).times.early is None


def _record(store: Store, clock: FakeClock, rng: random.Random) -> None:
    """Forty days of one knot (a new spot a few units off each day) and a second knot."""
    for day in range(40):
        for x, y, region in ((0.36, 0.30, MEDIAL), (0.70, 0.60, Region(Side.RIGHT, Muscle.SOLEUS))):
            spot = store.add_spot(region, x + rng.uniform(-0.01, 0.01), y, clock.now())
            for _ in range(rng.randint(1, 4)):
                end = rng.choice(list(Outcome))
                held = rng.uniform(3, 20) if end is not Outcome.COMPLETED else 20.0
                result = HoldResult(clock.now(), 20.0, held, 0.0, 0, end)
                before = rng.choice([None, *range(11)])
                made = store.record_hold(spot.id, result, tenderness_before=before)
                after = rng.choice([None, *range(11)])
                if after is not None:
                    store.change(
                        "UPDATE holds SET tenderness_after = ? WHERE id = ?", (after, made.id)
                    )
                clock.advance(40)
            if day == 12:  # this spot is held again the next day: one spot on two days
                clock.advance(86_400 - 600)
                store.record_hold(
                    spot.id,
                    HoldResult(clock.now(), 20.0, 7.0, 0.0, 0, Outcome.RELEASED),
                    tenderness_before=9,
                )
                clock.advance(-(86_400 - 600))
        clock.advance(86_400 - 1000)


def test_the_stores_sums_give_what_the_rule_gives_hold_by_hold(
    store: Store, clock: FakeClock
) -> None:
    """recurring_knots reads sums per spot; the same knot's holds, one by one, agree with it."""
    start = clock.now().date()
    _record(store, clock, random.Random(3))
    knots = recurring_knots(heat_spots(store, None))
    assert len(knots) == 2
    for knot in knots:
        holds = knot_history(store, knot.knot, None).holds
        facts = day_facts(
            Observation(h.local_date, h.tenderness_before, h.tenderness_after, h.release_s)
            for h in holds
        )
        assert knot.holds == len(holds)
        assert knot.day_count == len({h.local_date for h in holds})
        assert knot.tenderness == compare_tenderness(facts)
        assert knot.release == compare_release(facts)
        assert knot.tenderness.before.weeks  # forty days: first week against latest week
    first = start + timedelta(days=20)
    recent = recurring_knots(heat_spots(store, first))
    assert all(k.first_day >= first for k in recent)
    assert sum(k.holds for k in recent) < sum(k.holds for k in knots)


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_knots_leaves_the_garbage_collector_as_it_found_it(
    store: Store, clock: FakeClock, enabled: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Collection is paused while the records are made, then put back, also after an error."""
    _record(store, clock, random.Random(5))
    seen: list[bool] = []
    real = recurring._heat_spots

    def watched(*args: Any) -> list[recurring.HeatSpot]:
        seen.append(gc.isenabled())
        return real(*args)

    def broken(*args: Any) -> list[recurring.HeatSpot]:
        raise MemoryError

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        monkeypatch.setattr(recurring, "_heat_spots", watched)
        assert len(recurring_knots(heat_spots(store, None))) == 2
        assert seen == [False]  # paused while they were made
        assert gc.isenabled() is enabled
        monkeypatch.setattr(recurring, "_heat_spots", broken)
        with pytest.raises(MemoryError):
            heat_spots(store, None)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
