"""Test doubles that stand in for time: a clock the test moves by hand."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone


class FakeClock:
    """Monotonic, suspend-aware and wall clocks that only move when told to."""

    def __init__(self, wall: datetime | None = None) -> None:
        self.mono = 1000.0
        self.boot = 5000.0
        self.wall = wall or datetime(2026, 11, 25, 9, 30, tzinfo=timezone(timedelta(hours=1)))

    def monotonic(self) -> float:
        return self.mono

    def boottime(self) -> float:
        return self.boot

    def now(self) -> datetime:
        return self.wall

    def advance(self, seconds: float) -> None:
        """Time passes normally: every clock moves."""
        self.mono += seconds
        self.boot += seconds
        self.wall += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        """The machine sleeps: the monotonic clock stops, the others go on."""
        self.boot += seconds
        self.wall += timedelta(seconds=seconds)

    def jump_wall(self, delta: timedelta) -> None:
        """Someone changes the system time: only the wall clock moves."""
        self.wall += delta
