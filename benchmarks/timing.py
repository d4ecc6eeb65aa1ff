"""Timer accuracy: how late HoldClock ends short holds while the event loop is kept busy.

Beside its floor, in turns: a bare precise QTimer under the same load (see qtimer_lateness).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer

from common import median, percentile, worker_main
from knotimer.app.holdclock import HoldClock
from knotimer.core.anatomy import ALL_REGIONS
from knotimer.core.clock import SystemClock
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.core.store import Store
from qtkit import application, open_window

HOLD_S = 0.3
BUSY_EVERY_MS = 3
BUSY_FOR_S = 0.005
WARMUP_HOLDS = 3


def busy_wait() -> None:
    """A 5 ms task on the event loop's thread."""
    until = time.perf_counter() + BUSY_FOR_S
    while time.perf_counter() < until:
        pass


def busy_load() -> QTimer:
    """A timer that keeps the event loop busy with 5 ms tasks every few ms (not started)."""
    load = QTimer()
    load.setInterval(BUSY_EVERY_MS)
    load.setTimerType(Qt.TimerType.PreciseTimer)
    load.timeout.connect(busy_wait)
    return load


def hold_lateness(hold: HoldClock, count: int, *, busy: bool) -> list[float]:
    """Run ``count`` holds back to back; each one's end lateness in ms (finished - deadline)."""
    load = busy_load()
    loop = QEventLoop()
    lateness: list[float] = []
    deadline = 0.0

    def start() -> None:
        nonlocal deadline
        hold.start(HOLD_S)
        due = hold.core.deadline
        assert due is not None
        deadline = due

    def finished(result: HoldResult) -> None:
        late_ms = (time.monotonic() - deadline) * 1000.0
        if result.outcome is not Outcome.COMPLETED:
            raise RuntimeError(f"a benchmark hold ended {result.outcome}")
        lateness.append(late_ms)
        if len(lateness) < count:
            QTimer.singleShot(0, start)
        else:
            loop.quit()

    hold.finished.connect(finished)
    if busy:
        load.start()
    QTimer.singleShot(0, start)
    loop.exec()
    load.stop()
    hold.finished.disconnect(finished)
    return lateness


def qtimer_lateness(count: int) -> list[float]:
    """The floor: the same under the same load with a bare precise single-shot QTimer.

    Armed for the deadline itself, as any Qt program would: what Qt's event loop gives
    under this load. knotimer's own work on top: HoldClock's bookkeeping (its core, the
    milestones, the display timer) and, through the window, the cue's path.
    """
    load = busy_load()
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    lateness: list[float] = []
    deadline = 0.0

    def start() -> None:
        nonlocal deadline
        deadline = time.monotonic() + HOLD_S
        timer.start(round(HOLD_S * 1000))

    def fired() -> None:
        lateness.append((time.monotonic() - deadline) * 1000.0)
        if len(lateness) < count:
            QTimer.singleShot(0, start)
        else:
            loop.quit()

    timer.timeout.connect(fired)
    load.start()
    QTimer.singleShot(0, start)
    loop.exec()
    load.stop()
    return lateness


class WindowHolds:
    """Holds through the real window: deadline -> the end cue's play call, the save after.

    The real main window on a real record, a spot selected, Space pressed; the same busy
    loop as above. Each hold is saved (running row, then the finished hold) and today's
    list refreshed: the end cue must not wait for any of that.
    """

    def __init__(self, scratch: Path) -> None:
        self.store = Store.in_folder(scratch / "data")
        self.window = open_window(self.store, SystemClock(), scratch / "settings.ini")
        session = self.window.session
        spot = self.store.add_spot(ALL_REGIONS[4], 0.3, 0.4, session.now())
        session.refresh()
        session.select(spot.id)
        session.hold.core._shortest_s = 0.05  # benchmark holds are short (a private limit)
        session.length_s = HOLD_S  # type: ignore[assignment]
        self.held = 0

    def lateness(self, count: int) -> list[float]:
        """``count`` holds through the window; each one's end-cue lateness in ms."""
        session = self.window.session
        load = busy_load()
        loop = QEventLoop()
        lateness: list[float] = []
        deadline = 0.0

        def start() -> None:
            nonlocal deadline
            session.holds.start_or_pause()
            due = session.hold.core.deadline
            assert due is not None
            deadline = due

        def cue(name: str) -> None:
            if name != "end":
                return
            lateness.append((time.monotonic() - deadline) * 1000.0)
            if len(lateness) < count:
                QTimer.singleShot(20, start)  # after the save and the refresh have run
            else:
                QTimer.singleShot(20, loop.quit)

        self.window.cues.requested.connect(cue)
        load.start()
        QTimer.singleShot(0, start)
        loop.exec()
        load.stop()
        self.window.cues.requested.disconnect(cue)
        self.held += count
        return lateness

    def close(self) -> None:
        """Check every hold was saved; close the window and the store."""
        saved = len(list(self.store.export_rows()))
        self.window.close()
        self.store.close()
        if saved < self.held:
            raise RuntimeError(f"only {saved} of {self.held} benchmark holds were saved")


def stats(values: list[float]) -> dict[str, Any]:
    """min, p50, p95 and max of a list of latenesses (ms)."""
    return {
        "min_ms": min(values),
        "p50_ms": percentile(values, 50),
        "p95_ms": percentile(values, 95),
        "max_ms": max(values),
        "n": len(values),
    }


def slope_per_100(values: list[float]) -> float:
    """Least-squares growth of lateness in ms per 100 holds."""
    n = len(values)
    mean_x, mean_y = (n - 1) / 2, sum(values) / n
    sxx = sum((i - mean_x) ** 2 for i in range(n))
    sxy = sum((i - mean_x) * (v - mean_y) for i, v in enumerate(values))
    return 100.0 * sxy / sxx if sxx else 0.0


def measure(args: argparse.Namespace) -> dict[str, Any]:
    application()
    rounds = 2 if args.quick else 5
    per_round = 5 if args.quick else 20  # bare QTimer and HoldClock holds per round
    window_per_round = 5 if args.quick else 10
    hold = HoldClock(SystemClock(), shortest_s=0.05)  # one for every round: drift is its growth
    busy: list[float] = []
    floor: list[float] = []
    window_cue: list[float] = []
    with tempfile.TemporaryDirectory(prefix="knotimer-bench-") as scratch:
        through = WindowHolds(Path(scratch))
        hold_lateness(hold, WARMUP_HOLDS, busy=True)
        qtimer_lateness(WARMUP_HOLDS)
        through.lateness(WARMUP_HOLDS)
        parts: list[Callable[[], None]] = [
            lambda: floor.extend(qtimer_lateness(per_round)),
            lambda: busy.extend(hold_lateness(hold, per_round, busy=True)),
            lambda: window_cue.extend(through.lateness(window_per_round)),
        ]
        for round_ in range(rounds):  # in turns, each round led by the next of the three
            for part in parts[round_ % 3 :] + parts[: round_ % 3]:
                part()
        through.close()
    count = len(busy)
    tail = max(1, count // 10)
    result: dict[str, Any] = {
        "hold_s": HOLD_S,
        "rounds": rounds,
        "busy": stats(busy),
        "first_ms": busy[0],
        "last_ms": busy[-1],
        "first_tenth_p50_ms": median(busy[:tail]),
        "last_tenth_p50_ms": median(busy[-tail:]),
        "slope_ms_per_100": slope_per_100(busy),
        "samples_ms": busy,
        "qtimer_busy": stats(floor),
        "qtimer_samples_ms": floor,
        "window_cue_busy": stats(window_cue),
        "window_cue_samples_ms": window_cue,
    }
    if not args.quick:
        result["quiet"] = stats(hold_lateness(hold, 20, busy=False))
    return result


if __name__ == "__main__":
    raise SystemExit(worker_main(measure, __doc__ or ""))
