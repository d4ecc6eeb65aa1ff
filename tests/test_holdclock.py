from __future__ import annotations

import pytest

from knotimer.app.holdclock import EARLY_WAKE_MS as EARLY
from knotimer.app.holdclock import HoldClock
from knotimer.core.holdtimer import HoldResult, HoldState, Outcome

from fakes import FakeClock

pytestmark = pytest.mark.usefixtures("qapp")


def run_to(hold: HoldClock, clock: FakeClock, seconds_in: float) -> None:
    """Let time pass as the event loop would: wake at each armed moment until ``seconds_in``.

    The timer wakes a few ms early and check() sleeps the rest in real time; the fake
    clock does not move while it sleeps, so the test moves it on by those ms, as time would.
    """
    target = clock.mono + seconds_in
    while (armed := hold.armed_ms()) is not None and clock.mono + armed / 1000 <= target:
        clock.advance((armed + EARLY) / 1000)
        hold.check()
    clock.advance(max(0.0, target - clock.mono))


def test_the_timer_is_armed_for_the_next_moment_rounded_up(clock: FakeClock) -> None:
    hold = HoldClock(clock)
    hold.start(20)
    assert hold.armed_ms() == 10_000 - EARLY  # "ten seconds left" comes first
    clock.advance(10)
    hold.check()
    assert hold.armed_ms() == 7_000 - EARLY  # then the tick at 3 s left
    clock.advance(6.9)
    hold.check()  # e.g. the display refresh: not yet
    assert hold.armed_ms() in (100 - EARLY, 101 - EARLY)  # 100 ms, give or take float noise
    clock.advance(0.1 - 0.0104)
    hold.check()
    assert hold.armed_ms() == 11 - EARLY  # 10.4 ms rounds up to 11, never down


def test_milestones_and_the_end_come_in_order_once_each(clock: FakeClock) -> None:
    hold = HoldClock(clock)
    events: list[object] = []
    hold.secondsLeft.connect(events.append)
    hold.finished.connect(lambda r: events.append(r.outcome))
    hold.start(20)
    run_to(hold, clock, 25)
    assert events == [10, 3, 2, 1, Outcome.COMPLETED]


def test_a_ten_second_hold_does_not_announce_ten_seconds_left(clock: FakeClock) -> None:
    hold = HoldClock(clock)
    events: list[int] = []
    hold.secondsLeft.connect(events.append)
    hold.start(10)
    run_to(hold, clock, 11)
    assert events == [3, 2, 1]


def test_finishing_emits_the_result_once_and_then_nothing_ticks(clock: FakeClock) -> None:
    hold = HoldClock(clock)
    results: list[HoldResult] = []
    hold.finished.connect(results.append)
    hold.start(10)
    clock.advance(10)
    hold.check()
    hold.check()
    assert [r.outcome for r in results] == [Outcome.COMPLETED]
    assert not hold.ticking()  # nothing wakes up while idle


def test_pause_stops_the_timers_and_resume_rearms_them(clock: FakeClock) -> None:
    hold = HoldClock(clock)
    hold.start(10)
    clock.advance(3)
    hold.toggle_pause()
    assert hold.state is HoldState.PAUSED
    assert hold.armed_ms() is None
    assert not hold.ticking()
    clock.advance(60)
    hold.toggle_pause()
    assert hold.state is HoldState.RUNNING
    assert hold.armed_ms() == 4_000 - EARLY  # the tick at 3 s left, 7 s of hold remain


def test_extend_rearms_for_the_later_deadline_and_milestones(clock: FakeClock) -> None:
    hold = HoldClock(clock)
    events: list[int] = []
    hold.secondsLeft.connect(events.append)
    hold.start(30)
    run_to(hold, clock, 25)
    assert events == [10]
    assert hold.extend(10) == 10
    assert hold.core.planned_s == 40
    assert hold.armed_ms() == 5_000 - EARLY  # ten seconds left again: 15 s remain
    run_to(hold, clock, 20)
    assert events == [10, 10, 3, 2, 1]


@pytest.mark.parametrize("end", ["release", "cancel", "interrupt"])
def test_every_way_of_ending_reports_a_result(clock: FakeClock, end: str) -> None:
    hold = HoldClock(clock)
    results: list[HoldResult] = []
    hold.finished.connect(results.append)
    hold.start(20)
    clock.advance(5)
    getattr(hold, end)()
    assert len(results) == 1
    assert results[0].held_s == pytest.approx(5)
    assert hold.state is HoldState.IDLE
