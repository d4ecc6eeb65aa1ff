"""The system's time zone changing under a running knotimer: the wall clock and the day follow."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from knotimer.core.clock import SystemClock

from faults import run_python

ZONE_CHANGE = """
import json, os
os.environ["TZ"] = "Europe/Berlin"  # set only in the environment: the C library reads it late
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo
from PySide6.QtCore import QCoreApplication
from knotimer.core.clock import SystemClock
from knotimer.app.midnight import MidnightTimer

app = QCoreApplication([])
clock = SystemClock()


def reading(zone):
    now = clock.now()
    timer = MidnightTimer(clock)
    timer.arm()  # the window's "today" rolls over by this timer and by clock.now().date()
    there = now.astimezone(ZoneInfo(zone))
    midnight = datetime.combine(there.date() + timedelta(days=1), time(), there.tzinfo)
    return {
        "offset": now.utcoffset().total_seconds(),
        "expected_offset": there.utcoffset().total_seconds(),
        "date": now.date().isoformat(),
        "expected_date": there.date().isoformat(),
        "wait_s": timer.interval() / 1000,
        "expected_wait_s": min((midnight - there).total_seconds() + 1, 3600),
    }


readings = []
for zone in ["Europe/Berlin", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago"]:
    os.environ["TZ"] = zone  # as a session's time zone changes under a running knotimer
    readings.append(reading(zone))
print(json.dumps(readings))
"""


def test_a_change_of_the_system_time_zone_while_running_is_followed() -> None:
    done = run_python("-c", ZONE_CHANGE)
    assert done.returncode == 0, done.stderr
    berlin, new_york, kiritimati, pago_pago = json.loads(done.stdout)
    for seen in (berlin, new_york, kiritimati, pago_pago):
        assert seen["offset"] == seen["expected_offset"]
        assert seen["date"] == seen["expected_date"]
        assert abs(seen["wait_s"] - seen["expected_wait_s"]) < 2
    assert berlin["offset"] - new_york["offset"] in {5 * 3600, 6 * 3600}
    # UTC+14 and UTC-11 are never on the same date: the day follows the zone, too.
    assert kiritimati["offset"] == 14 * 3600
    assert pago_pago["offset"] == -11 * 3600
    assert kiritimati["date"] != pago_pago["date"]


def test_the_zone_is_read_again_only_when_it_has_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[int] = []
    monkeypatch.setattr(time, "tzset", lambda: reads.append(1))
    monkeypatch.delenv("TZ", raising=False)
    first, second = tmp_path / "Berlin", tmp_path / "Tokyo"
    first.write_bytes(b"zone one")
    second.write_bytes(b"zone two")
    localtime = tmp_path / "localtime"
    localtime.symlink_to(first)
    clock = SystemClock(zone_file=localtime)
    for _ in range(50):
        clock.now()
    assert len(reads) == 1  # the first reading only
    link = tmp_path / "new-link"
    link.symlink_to(second)
    link.replace(localtime)  # what timedatectl set-timezone does
    clock.now()
    clock.now()
    assert len(reads) == 2
    second.write_bytes(b"zone two, updated")  # the zone file rewritten in place
    os.utime(second, ns=(1, 1))
    clock.now()
    assert len(reads) == 3
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    clock.now()
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    localtime.unlink()  # $TZ set: the zone file no longer matters
    clock.now()
    assert len(reads) == 4
    monkeypatch.delenv("TZ")
    clock.now()
    assert len(reads) == 5
