from __future__ import annotations

import math
import random
from datetime import datetime, timedelta, timezone

import pytest

from knotimer.core import knots as knots_module
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.holdtimer import Outcome
from knotimer.core.knots import LINEAR_SCAN_KNOTS, cluster_knots
from knotimer.core.records import Hold, Spot
from knotimer.core.sessions import split_sessions

BERLIN = timezone(timedelta(hours=1))
T0 = datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)
MEDIAL = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
SOLEUS = Region(Side.LEFT, Muscle.SOLEUS)


def hold(
    hold_id: int, start: datetime, held: float = 20, outcome: Outcome = Outcome.COMPLETED
) -> Hold:
    return Hold(hold_id, 1, start, 20, held, 0, 0, outcome)


def test_a_long_pause_starts_a_new_session() -> None:
    holds = [
        hold(1, T0),
        hold(2, T0 + timedelta(minutes=5)),
        hold(3, T0 + timedelta(minutes=44, seconds=40)),  # 44 min after hold 2 ended
        hold(4, T0 + timedelta(hours=2)),
    ]
    sessions = split_sessions(holds, idle_gap=timedelta(minutes=45))
    assert [[h.id for h in s.holds] for s in sessions] == [[1, 2, 3], [4]]
    assert sessions[0].start == T0
    assert sessions[0].end == T0 + timedelta(minutes=44, seconds=60)
    assert [s.number for s in sessions] == [1, 2]


def test_midnight_ends_a_session_and_a_restart_within_the_gap_does_not() -> None:
    late = T0.replace(hour=23, minute=58)
    holds = [
        hold(1, late),
        hold(2, late + timedelta(minutes=3)),
        hold(3, late + timedelta(minutes=5)),
    ]
    by_day = split_sessions(holds)
    assert [[h.id for h in s.holds] for s in by_day] == [[1], [2, 3]]
    # The app was closed and opened again between holds 2 and 3 (a new run), a minute apart:
    # still the same sitting. Four runs in ten minutes are one session, not four.
    runs = {1: "a", 2: "a", 3: "b", 4: "c", 5: "d"}
    restarted = split_sessions(
        [hold(i, T0 + timedelta(minutes=2 * i)) for i in range(1, 6)],
        run_of=lambda h: runs[h.id],
    )
    assert [[h.id for h in s.holds] for s in restarted] == [[1, 2, 3, 4, 5]]
    # ... but a restart after a pause longer than the gap is a new session, as any pause is.
    later = split_sessions(
        [hold(1, T0), hold(2, T0 + timedelta(hours=2))],
        run_of=lambda h: runs[h.id],
    )
    assert len(later) == 2


def test_a_session_ends_when_its_longest_hold_ends() -> None:
    long_hold = hold(1, T0, held=90)  # ends at 09:01:30
    short = hold(2, T0 + timedelta(seconds=5), held=10)  # overlapping (another window, say)
    # 44 minutes after hold 1 ended, though 45 min 15 s after hold 2 (which ended first).
    after = hold(3, T0 + timedelta(seconds=90, minutes=44))
    sessions = split_sessions([long_hold, short, after], idle_gap=timedelta(minutes=45))
    assert [[h.id for h in s.holds] for s in sessions] == [[1, 2, 3]]
    assert sessions[0].end == T0 + timedelta(seconds=110, minutes=44)


def test_session_time_held_leaves_out_cancelled_holds() -> None:
    [session] = split_sessions(
        [hold(1, T0, 20), hold(2, T0 + timedelta(minutes=1), 4, Outcome.CANCELLED)]
    )
    assert session.held_s == 20


def spot(spot_id: int, region: Region, x: float, y: float, days_ago: int) -> Spot:
    return Spot(spot_id, region, x, y, T0 - timedelta(days=days_ago))


def test_close_spots_on_the_same_muscle_are_one_knot() -> None:
    spots = [
        spot(1, MEDIAL, 0.370, 0.300, 30),
        spot(2, MEDIAL, 0.380, 0.310, 20),  # 8.5 units away: the same knot
        spot(3, MEDIAL, 0.372, 0.295, 2),
        spot(4, MEDIAL, 0.370, 0.400, 1),  # 90 units lower: another knot
        spot(5, SOLEUS, 0.371, 0.301, 1),  # same place but another muscle
    ]
    knots = cluster_knots(spots, holds_per_spot={1: 2, 2: 1, 3: 3, 4: 1, 5: 1})
    assert [sorted(s.id for s in k.spots) for k in knots] == [[1, 2, 3], [4], [5]]
    first = knots[0]
    assert first.holds == 6
    assert abs(first.x - (0.370 + 0.380 + 0.372) / 3) < 1e-9
    assert [d.isoformat() for d in first.days] == ["2026-10-26", "2026-11-05", "2026-11-23"]


def test_spots_far_apart_never_merge_whatever_the_order() -> None:
    spots = [spot(i, MEDIAL, 0.30 + 0.06 * i, 0.3, 10 - i) for i in range(5)]  # 36 units apart
    assert len(cluster_knots(spots)) == 5


def brute_force_knots(spots: list[Spot], radius: float = 30.0) -> list[list[int]]:
    """The rule written out plainly (every knot checked for every spot): the test's oracle."""
    knots: list[tuple[float, float, Region, list[Spot]]] = []
    for s in sorted(spots, key=lambda s: (s.created, s.id)):
        best = None
        for index, (x, y, region, _members) in enumerate(knots):
            d = math.hypot((s.x - x) * 600, (s.y - y) * 900)
            if region == s.region and d <= radius and (best is None or (d, index) < best):
                best = (d, index)
        if best is None:
            knots.append((s.x, s.y, s.region, [s]))
        else:
            x, y, region, members = knots[best[1]]
            members.append(s)
            n = len(members)
            knots[best[1]] = (x + (s.x - x) / n, y + (s.y - y) / n, region, members)
    return sorted(sorted(m.id for m in members) for _, _, _, members in knots)


@pytest.mark.parametrize("linear_below", [0, LINEAR_SCAN_KNOTS, 10_000])
@pytest.mark.parametrize(("count", "width"), [(600, 0.2), (200, 0.04)])
def test_the_search_finds_exactly_the_knots_of_the_plain_rule(
    monkeypatch: pytest.MonkeyPatch, linear_below: int, count: int, width: float
) -> None:
    """Grid, full scan or the two mixed: the same knots as the plain rule, for many or few."""
    monkeypatch.setattr(knots_module, "LINEAR_SCAN_KNOTS", linear_below)
    rng = random.Random(7)
    regions = [MEDIAL, SOLEUS]
    spots = [
        spot(
            i,
            rng.choice(regions),
            rng.uniform(0.25, 0.25 + width),
            rng.uniform(0.2, 0.2 + 2 * width),
            rng.randrange(200),
        )
        for i in range(count)
    ]
    found = sorted(sorted(s.id for s in k.spots) for k in cluster_knots(spots))
    assert found == brute_force_knots(spots)


def test_knots_tied_on_holds_and_spots_come_by_the_day_they_were_first_marked() -> None:
    """The day as the user lived it: travelling west, a later mark can fall on an earlier day."""
    east, west = timezone(timedelta(hours=5)), timezone(timedelta(hours=-5))
    spots = [
        Spot(1, MEDIAL, 0.30, 0.20, datetime(2026, 11, 25, 1, 0, tzinfo=east)),  # 24th, 20:00 UTC
        Spot(2, MEDIAL, 0.30, 0.60, datetime(2026, 11, 24, 22, 0, tzinfo=west)),  # 25th, 03:00 UTC
        Spot(3, SOLEUS, 0.40, 0.70, datetime(2026, 11, 26, 9, 0, tzinfo=east)),
    ]
    knots = cluster_knots(spots, holds_per_spot={1: 2, 2: 2, 3: 5})
    # Knot 3 has the most holds; 1 and 2 tie, and 2 was marked on the 24th, 1 on the 25th.
    assert [[s.id for s in k.spots] for k in knots] == [[3], [2], [1]]
