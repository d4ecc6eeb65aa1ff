"""The clocks a hold is measured against, behind one small interface a test can fake."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    """Three readings: a monotonic clock, one that keeps counting through suspend, and the wall."""

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps and stops while the machine sleeps."""
        ...

    def boottime(self) -> float:
        """Seconds on a clock that never jumps and keeps counting while the machine sleeps."""
        ...

    def now(self) -> datetime:
        """The local wall-clock time, timezone-aware (only for labelling a hold, never timing)."""
        ...


def _boottime_reader() -> tuple[int, bool]:
    clock_id = getattr(time, "CLOCK_BOOTTIME", None)
    if clock_id is None:
        return time.CLOCK_MONOTONIC if hasattr(time, "CLOCK_MONOTONIC") else 0, False
    try:
        time.clock_gettime(clock_id)
    except OSError:
        return 0, False
    return clock_id, True


class SystemClock:
    """The real clocks of this machine."""

    def __init__(self) -> None:
        self._boot_id, self.detects_suspend = _boottime_reader()

    def monotonic(self) -> float:
        """time.monotonic()."""
        return time.monotonic()

    def boottime(self) -> float:
        """CLOCK_BOOTTIME where the system has it, else the monotonic clock."""
        if self.detects_suspend:
            return time.clock_gettime(self._boot_id)
        return time.monotonic()

    def now(self) -> datetime:
        """The local time with its UTC offset."""
        return datetime.now().astimezone()
