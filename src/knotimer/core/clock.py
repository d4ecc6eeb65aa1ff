"""The clocks a hold is measured against, behind one small interface a test can fake."""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path
from typing import Protocol

# The system's time zone when $TZ is not set (Linux, macOS and the BSDs).
LOCALTIME = Path("/etc/localtime")


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


def _zone_identity(zone_file: Path) -> tuple[object, ...]:
    """What the C library's time zone comes from: $TZ, else the zone file's identity."""
    zone = os.environ.get("TZ")
    if zone is not None:
        return ("TZ", zone)
    try:
        info = zone_file.stat()  # follows the link: a new zone is another file (or new content)
    except OSError:
        return ("no zone file",)
    return ("file", info.st_dev, info.st_ino, info.st_mtime_ns, info.st_size)


class SystemClock:
    """The real clocks of this machine.

    The C library reads the time zone once; ``now`` has it read again (time.tzset) when $TZ
    or the system's zone file has changed since the last reading, so a change of zone while
    knotimer runs is followed. That costs one stat() a reading, no file read.
    """

    def __init__(self, zone_file: Path = LOCALTIME) -> None:
        self._boot_id, self.detects_suspend = _boottime_reader()
        self._zone_file = zone_file
        self._zone_seen: tuple[object, ...] | None = None  # the first reading sets the zone

    def monotonic(self) -> float:
        """time.monotonic()."""
        return time.monotonic()

    def boottime(self) -> float:
        """CLOCK_BOOTTIME where the system has it, else the monotonic clock."""
        if self.detects_suspend:
            return time.clock_gettime(self._boot_id)
        return time.monotonic()

    def now(self) -> datetime:
        """The local time with the UTC offset of the system's time zone as it is now."""
        if hasattr(time, "tzset"):  # not on Windows
            identity = _zone_identity(self._zone_file)
            if identity != self._zone_seen:
                self._zone_seen = identity
                time.tzset()
        return datetime.now().astimezone()
