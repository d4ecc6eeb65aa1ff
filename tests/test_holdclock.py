from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from knotimer.core.holdtimer import HoldResult, HoldState, Outcome
from knotimer.ui.holdclock import HoldClock

from fakes import FakeClock

pytestmark = pytest.mark.usefixtures("qapp")


def test_the_deadline_timer_is_armed_for_the_deadline_rounded_up(clock: FakeClock) -> None:
    hold = HoldClock(clock)
    hold.start(20)
    assert hold.armed_ms() == 20_000
    clock.advance(19.9996)
    hold.check()  # e.g. the display tick: not yet
    assert hold.state is HoldState.RUNNING
    assert hold.armed_ms() == 1  # 0.4 ms rounds up, never down


def test_finishing_emits_the_result_once(qtbot: QtBot, clock: FakeClock) -> None:
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
    assert hold.armed_ms() == 7_000


def test_extend_rearms_for_the_later_deadline(clock: FakeClock) -> None:
    hold = HoldClock(clock)
    hold.start(30)
    clock.advance(25)
    assert hold.extend(10) == 10
    assert hold.armed_ms() == 15_000
    assert hold.core.planned_s == 40


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
