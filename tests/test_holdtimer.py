from __future__ import annotations

from datetime import timedelta

import pytest

from knotimer.core.holdtimer import (
    HoldError,
    HoldState,
    HoldTimer,
    Outcome,
    validate_hold_length,
)

from fakes import FakeClock


def test_completes_exactly_at_the_deadline_and_not_a_moment_before(clock: FakeClock) -> None:
    timer = HoldTimer(clock)
    timer.start(20)
    assert timer.deadline == pytest.approx(clock.mono + 20)
    clock.advance(19.999)
    assert timer.poll() is None
    assert timer.state is HoldState.RUNNING
    assert timer.remaining() == pytest.approx(0.001)
    clock.advance(0.001)
    result = timer.poll()
    assert result is not None
    assert result.outcome is Outcome.COMPLETED
    assert result.held_s == 20
    assert result.planned_s == 20
    assert timer.state is HoldState.IDLE


def test_pauses_move_the_deadline_and_are_recorded(clock: FakeClock) -> None:
    timer = HoldTimer(clock)
    timer.start(10)
    clock.advance(4)
    assert timer.pause() is None
    clock.advance(100)  # a long pause counts for nothing
    assert timer.remaining() == pytest.approx(6)
    assert timer.deadline is None
    timer.resume()
    assert timer.deadline == pytest.approx(clock.mono + 6)
    clock.advance(3)
    timer.pause()
    clock.advance(5)
    timer.resume()
    clock.advance(2.999)
    assert timer.poll() is None
    clock.advance(0.001)
    result = timer.poll()
    assert result is not None
    assert result.outcome is Outcome.COMPLETED
    assert result.pauses == 2
    assert result.paused_s == pytest.approx(105)


def test_release_keeps_the_seconds_actually_held(clock: FakeClock) -> None:
    timer = HoldTimer(clock)
    timer.start(30)
    clock.advance(12.5)
    result = timer.release()
    assert result.outcome is Outcome.RELEASED
    assert result.held_s == pytest.approx(12.5)
    assert result.counts_as_treatment


def test_cancel_is_recorded_but_not_counted(clock: FakeClock) -> None:
    timer = HoldTimer(clock)
    timer.start(20)
    clock.advance(3)
    result = timer.cancel()
    assert result.outcome is Outcome.CANCELLED
    assert result.held_s == pytest.approx(3)
    assert not result.counts_as_treatment


def test_extend_adds_ten_seconds_up_to_ninety(clock: FakeClock) -> None:
    timer = HoldTimer(clock)
    timer.start(30)
    added = [timer.extend(10) for _ in range(8)]
    assert added == [10, 10, 10, 10, 10, 10, 0, 0]
    assert timer.planned_s == 90
    clock.advance(89.99)
    assert timer.poll() is None
    clock.advance(0.01)
    result = timer.poll()
    assert result is not None
    assert result.held_s == 90


def test_a_suspended_machine_interrupts_the_hold_with_the_seconds_really_held(
    clock: FakeClock,
) -> None:
    timer = HoldTimer(clock)
    timer.start(20)
    clock.advance(7)
    clock.suspend(9 * 3600)  # the lid closed for the night
    clock.advance(0.2)  # woke up; the first poll comes shortly after
    result = timer.poll()
    assert result is not None
    assert result.outcome is Outcome.INTERRUPTED
    assert result.held_s == pytest.approx(7.2)


def test_wall_clock_jumps_change_nothing(clock: FakeClock) -> None:
    timer = HoldTimer(clock)
    timer.start(20)
    started = clock.now()
    clock.advance(5)
    clock.jump_wall(timedelta(hours=1))
    assert timer.poll() is None
    clock.jump_wall(timedelta(days=-1))
    assert timer.remaining() == pytest.approx(15)
    clock.advance(15)
    result = timer.poll()
    assert result is not None
    assert result.outcome is Outcome.COMPLETED
    assert result.started == started  # labelled with the moment it began


def test_no_drift_over_many_holds(clock: FakeClock) -> None:
    timer = HoldTimer(clock)
    for _ in range(100):
        timer.start(10)
        deadline = timer.deadline
        assert deadline is not None
        clock.advance(deadline - clock.mono)
        result = timer.poll()
        assert result is not None
        assert result.held_s == 10
        clock.advance(1.234)


@pytest.mark.parametrize("bad", [9.99, 30.01, 0, -5, float("nan"), float("inf")])
def test_hold_lengths_outside_ten_to_thirty_are_refused(bad: float) -> None:
    with pytest.raises(HoldError, match="from 10 to 30"):
        validate_hold_length(bad)


def test_commands_in_the_wrong_state_are_refused(clock: FakeClock) -> None:
    timer = HoldTimer(clock)
    with pytest.raises(HoldError):
        timer.cancel()
    with pytest.raises(HoldError):
        timer.pause()
    with pytest.raises(HoldError):
        timer.extend()
    timer.start(10)
    with pytest.raises(HoldError, match="already"):
        timer.start(10)
    with pytest.raises(HoldError):
        timer.resume()
