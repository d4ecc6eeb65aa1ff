"""Clocks and calendars: wall-clock jumps mid-hold, midnight, DST and odd time zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from knotimer.core.holdtimer import HoldState, HoldTimer, Outcome
from knotimer.core.store import Store
from knotimer.ui.main.window import MainWindow

from fakes import FakeClock
from faults import REGIONS
from qtsupport import make_window

ZONES = [
    "Europe/Berlin",
    "America/Santiago",  # DST changes at midnight: a day starts twice, or at 01:00
    "America/Havana",  # likewise, in the other direction
    "Pacific/Apia",  # 30 December 2011 never happened there
    "Australia/Lord_Howe",  # DST moves the clock by half an hour
]


class ZoneClock:
    """A fake clock whose wall time is a real instant seen in a real time zone."""

    def __init__(self, zone: str, utc: datetime) -> None:
        self.zone = ZoneInfo(zone)
        self.utc = utc
        self.mono = 1000.0
        self.boot = 5000.0

    @classmethod
    def at(cls, zone: str, local: datetime, fold: int = 0) -> ZoneClock:
        aware = local.replace(tzinfo=ZoneInfo(zone), fold=fold)
        return cls(zone, aware.astimezone(UTC))

    def monotonic(self) -> float:
        return self.mono

    def boottime(self) -> float:
        return self.boot

    def now(self) -> datetime:
        return self.utc.astimezone(self.zone)

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.boot += seconds
        self.utc += timedelta(seconds=seconds)


def transitions(zone: str, year: int) -> list[datetime]:
    """The UTC instants at which ``zone`` changed its offset in ``year`` (to the second)."""
    tz = ZoneInfo(zone)
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    while moment.year == year:
        step = moment + timedelta(minutes=15)
        if step.astimezone(tz).utcoffset() != moment.astimezone(tz).utcoffset():
            low, high = moment, step
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                same = middle.astimezone(tz).utcoffset() == low.astimezone(tz).utcoffset()
                low, high = (middle, high) if same else (low, middle)
            found.append(high.replace(microsecond=0))
        moment = step
    return found


def hold_through(store: Store, clock: ZoneClock | FakeClock, spot_id: int, seconds: float):  # type: ignore[no-untyped-def]
    timer = HoldTimer(clock)
    timer.start(20)
    clock.advance(seconds)
    result = timer.poll()
    assert result is not None
    return store.record_hold(spot_id, result)


# -- wall-clock jumps mid-hold -------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    shown = make_window(store, clock, tmp_path)
    qtbot.addWidget(shown)
    return shown


def start_on_new_spot(window: MainWindow, clock: FakeClock | ZoneClock) -> int:
    spot = window.session.store.add_spot(REGIONS[0], 0.3, 0.4, clock.now())
    window.session.refresh()
    window.session.select(spot.id)
    window.commands.start_pause.trigger()
    assert window.session.hold.state is HoldState.RUNNING
    return spot.id


@pytest.mark.parametrize(
    "jump", [timedelta(hours=1), timedelta(hours=-1), timedelta(days=1), timedelta(days=-1)]
)
def test_a_wall_clock_jump_mid_hold_changes_neither_its_length_nor_its_day(
    window: MainWindow, store: Store, clock: FakeClock, jump: timedelta
) -> None:
    started = clock.now()
    spot_id = start_on_new_spot(window, clock)
    clock.advance(8)
    clock.jump_wall(jump)  # someone sets the system clock
    window.session.hold.check()
    assert window.session.hold.state is HoldState.RUNNING
    assert window.panel.countdown.seconds_shown() == 12  # counts on as if nothing happened
    clock.advance(12)
    window.session.hold.check()
    [hold] = store.holds_for_spot(spot_id)
    assert hold.outcome is Outcome.COMPLETED
    assert hold.held_s == 20
    assert hold.started == started  # labelled with the wall time it started at
    assert hold.local_date == date(2026, 11, 25)
    window.session.check_day()  # as the midnight timer, or coming back to the window, would
    assert window.session.day == clock.now().date()
    assert (window.session.today.rowCount() == 1) is (window.session.day == date(2026, 11, 25))


def test_a_jump_while_paused_does_not_count_as_holding(
    window: MainWindow, store: Store, clock: FakeClock
) -> None:
    spot_id = start_on_new_spot(window, clock)
    clock.advance(5)
    window.commands.start_pause.trigger()  # pause
    clock.jump_wall(timedelta(hours=-1))
    clock.advance(30)
    window.commands.start_pause.trigger()  # resume
    clock.advance(4)
    window.commands.release.trigger()
    [hold] = store.holds_for_spot(spot_id)
    assert hold.held_s == pytest.approx(9)
    assert hold.paused_s == pytest.approx(30)


# -- midnight and the zones --------------------------------------------------------------


@pytest.mark.parametrize("zone", ZONES)
def test_a_hold_across_midnight_belongs_to_the_day_it_started(store: Store, zone: str) -> None:
    clock = ZoneClock.at(zone, datetime(2026, 7, 14, 23, 59, 50))
    spot = store.add_spot(REGIONS[1], 0.5, 0.5, clock.now())
    hold = hold_through(store, clock, spot.id, 20)
    assert clock.now().date() == date(2026, 7, 15)
    assert hold.local_date == date(2026, 7, 14)
    assert [s.holds for s in store.day_summary(date(2026, 7, 14))] == [1]
    assert store.day_summary(date(2026, 7, 15)) == []


def moments_around(zone: str) -> list[tuple[str, datetime]]:
    """Hold starts a few seconds either side of each offset change in 2026 (2011 for Apia)."""
    year = 2011 if zone == "Pacific/Apia" else 2026
    found = []
    for change in transitions(zone, year):
        found += [(zone, change + timedelta(seconds=s)) for s in (-15, -5, 0, 5)]
    return found


AROUND = [case for zone in ZONES for case in moments_around(zone)]


def test_every_zone_changes_its_offset_in_the_years_tested() -> None:
    assert {zone for zone, _ in AROUND} == set(ZONES)


@pytest.mark.parametrize(("zone", "start"), AROUND, ids=[f"{z}-{s:%m%dT%H%M%S}" for z, s in AROUND])
def test_holds_across_an_offset_change_keep_their_instant_length_and_day(
    store: Store, zone: str, start: datetime
) -> None:
    clock = ZoneClock(zone, start)
    began = clock.now()
    spot = store.add_spot(REGIONS[2], 0.5, 0.5, began)
    hold = hold_through(store, clock, spot.id, 20)
    assert hold.held_s == 20  # measured on the monotonic clock, not the wall
    [stored] = store.holds_for_spot(spot.id)
    # The same instant (compared in UTC: Python never calls a time in a fold equal across zones)
    assert stored.started.astimezone(UTC) == began.astimezone(UTC)
    assert stored.started.utcoffset() == began.utcoffset()  # ...with the offset then in force
    assert stored.started.strftime("%H:%M:%S") == began.strftime("%H:%M:%S")
    assert stored.local_date == began.date()
    assert [row.local_start for row in store.export_rows(began.date())] == [
        began.strftime("%H:%M:%S")
    ]


def day_changes(zone: str, first: datetime, last: datetime) -> list[datetime]:
    """The UTC instants between ``first`` and ``last`` at which the local date changes."""
    tz = ZoneInfo(zone)
    found = []
    moment = first
    while moment < last:
        step = moment + timedelta(minutes=15)
        if step.astimezone(tz).date() != moment.astimezone(tz).date():
            low, high = moment, step
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                same = middle.astimezone(tz).date() == low.astimezone(tz).date()
                low, high = (middle, high) if same else (low, middle)
            found.append(high.replace(microsecond=0))
        moment = step
    return found


MIDNIGHTS = [
    ("America/Santiago", datetime(2026, 4, 4, 12, tzinfo=UTC)),  # Saturday comes back at 23:00
    ("America/Santiago", datetime(2026, 9, 5, 12, tzinfo=UTC)),  # Sunday starts at 01:00
    ("America/Havana", datetime(2026, 3, 7, 12, tzinfo=UTC)),
    ("America/Havana", datetime(2026, 10, 31, 12, tzinfo=UTC)),
    ("Pacific/Apia", datetime(2011, 12, 29, 12, tzinfo=UTC)),  # straight to 31 December
    ("Europe/Berlin", datetime(2026, 3, 28, 12, tzinfo=UTC)),
    ("Australia/Lord_Howe", datetime(2026, 4, 4, 1, tzinfo=UTC)),
]


@pytest.mark.parametrize(
    ("zone", "start"), MIDNIGHTS, ids=[f"{z}-{s:%Y%m%d}" for z, s in MIDNIGHTS]
)
def test_today_rolls_over_on_its_own_in_odd_zones(
    qtbot: QtBot, store: Store, tmp_path: Path, zone: str, start: datetime
) -> None:
    """Only the window's own midnight timer moves the day, right after each date change.

    It must fire within 2 s of every change of the local date, and show that date.
    """
    clock = ZoneClock(zone, start)
    window = make_window(store, clock, tmp_path)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    end = start + timedelta(days=2)
    expected = day_changes(zone, start, end)
    assert len(expected) >= 2
    seen: list[tuple[datetime, date]] = []
    while clock.utc < end:
        wait_ms = window.session.midnight.interval()
        assert 0 < wait_ms <= 3601 * 1000
        clock.advance(wait_ms / 1000)
        window.session.midnight.arm()  # what the timer's timeout does first...
        before = window.session.day
        window.session.check_day()  # ...and then the window
        assert window.session.day == clock.now().date()
        if window.session.day != before:
            seen.append((clock.utc, window.session.day))
    assert len(seen) == len(expected)
    for (when, shown), change in zip(seen, expected, strict=True):
        assert timedelta(0) <= when - change <= timedelta(seconds=2), (when, change)
        assert shown == change.astimezone(ZoneInfo(zone)).date()
