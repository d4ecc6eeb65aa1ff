"""Idle and holding: CPU time, knotimer's own timer events and repaints of the real window."""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QWidget

from common import median, worker_main
from knotimer.app.holdclock import DISPLAY_INTERVAL_MS
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.clock import SystemClock
from knotimer.core.holdtimer import HoldState
from knotimer.core.store import Store
from qtkit import EventCounter, application, open_window, points_on, wait, wait_until

REGION = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
RUNS = 3
SETTLE_S = 0.5  # after starting a hold, before counting


class BareDial(QWidget):
    """The floor's dial: a ring's arc and a number, repainted whole by one QTimer."""

    def __init__(self, planned_s: float) -> None:
        super().__init__()
        self._planned_s = planned_s
        self._started = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(DISPLAY_INTERVAL_MS)
        self._timer.timeout.connect(self.update)

    def start(self) -> None:
        """Count down from now."""
        self._started = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        """Stop repainting."""
        self._timer.stop()

    def paintEvent(self, event: QPaintEvent) -> None:
        """What any countdown ring draws: the background, an arc, the seconds left."""
        left = max(0.0, self._planned_s - (time.monotonic() - self._started) % self._planned_s)
        side = min(self.width(), self.height()) - 12
        ring = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        with QPainter(self) as painter:
            painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(Qt.GlobalColor.darkGreen, max(6.0, side * 0.06)))
            painter.drawArc(ring, 90 * 16, round(left / self._planned_s * 360 * 16))
            font = QFont(self.font())
            font.setPixelSize(max(12, round(side * 0.38)))
            painter.setFont(font)
            painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, str(int(left) + 1))


def bare_holding_window(
    width: int, height: int, dial: tuple[int, int]
) -> tuple[QMainWindow, BareDial]:
    """The floor: a bare window of the real one's size, with a bare dial of its dial's size."""
    window = QMainWindow()
    window.resize(width, height)
    bare = BareDial(30.0)
    bare.setFixedSize(*dial)
    window.setCentralWidget(bare)
    return window, bare


def _window_sample(counter: EventCounter, seconds: float) -> dict[str, Any]:
    """CPU and events of this process over ``seconds`` of event loop."""
    counter.reset()
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu0, wall0 = time.process_time(), time.monotonic()
    wait(seconds)
    cpu1, wall1 = time.process_time(), time.monotonic()
    after = resource.getrusage(resource.RUSAGE_SELF)
    wall = wall1 - wall0
    return {
        "wall_s": wall,
        "cpu_pct": 100.0 * (cpu1 - cpu0) / wall,
        "own_timer_events": counter.own_timers,
        "window_timer_events": counter.window_timers,
        "all_timer_events": counter.all_timers,
        "paints_per_s": counter.window_paints / wall,
        "voluntary_switches_per_s": (after.ru_nvcsw - before.ru_nvcsw) / wall,
        "timer_receivers": dict(counter.timer_receivers),
        "paint_receivers": dict(counter.paint_receivers),
    }


def _summary(samples: list[dict[str, Any]]) -> dict[str, Any]:
    keys = ("cpu_pct", "own_timer_events", "window_timer_events", "all_timer_events")
    summary: dict[str, Any] = {key: median([s[key] for s in samples]) for key in keys}
    summary["paints_per_s"] = median([s["paints_per_s"] for s in samples])
    summary["voluntary_switches_per_s"] = median([s["voluntary_switches_per_s"] for s in samples])
    summary["runs"] = samples
    return summary


def measure(args: argparse.Namespace) -> dict[str, Any]:
    seconds = 2.0 if args.quick else 10.0
    app = application()
    with tempfile.TemporaryDirectory(prefix="knotimer-bench-") as scratch:
        store = Store.in_folder(Path(scratch) / "data")
        window = open_window(store, SystemClock(), Path(scratch) / "settings.ini")
        counter = EventCounter(window)
        app.installEventFilter(counter)
        wait(1.0)  # warm-up: cue preload, first paints
        # Idle means nothing pending: the start's messages (the welcome, and here, with no
        # session bus, the hands-free notice after it) have had their time on the screen.
        wait_until(lambda: not window.statusBar().currentMessage(), 40.0)
        wait(0.3)

        idle = [_window_sample(counter, seconds) for _ in range(RUNS)]
        open_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

        # A real hold: click the muscle on the diagram, choose 30 s, press Start.
        diagram = window.diagram
        QTest.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=points_on(diagram, [REGION])[0])
        if window.session.selected_spot() is None:
            raise RuntimeError("clicking the diagram marked no spot")
        window.panel.set_length(30)
        dial = window.panel.countdown
        floor_window, bare = bare_holding_window(
            window.width(), window.height(), (dial.width(), dial.height())
        )
        floor_window.show()
        wait(0.3)
        holding, floor = [], []
        for _ in range(RUNS):  # interleaved: the floor's sample, then the real hold's
            bare.start()
            wait(SETTLE_S)
            floor.append(_window_sample(counter, seconds))
            bare.stop()
            window.commands.start_pause.trigger()
            if window.session.hold.state is not HoldState.RUNNING:
                raise RuntimeError("the hold did not start")
            wait(SETTLE_S)
            holding.append(_window_sample(counter, seconds))
            window.commands.cancel.trigger()
            wait_until(lambda: window.session.hold.state is HoldState.IDLE)
            wait(0.3)
        app.removeEventFilter(counter)
        floor_window.close()
        window.close()
        store.close()
    return {
        "seconds": seconds,
        "open_rss_mib": open_rss_mib,
        "idle": _summary(idle),
        "holding": _summary(holding),
        "holding_floor": _summary(floor),
        "dial_size": [dial.width(), dial.height()],
        "interval_ms": DISPLAY_INTERVAL_MS,
    }


if __name__ == "__main__":
    raise SystemExit(worker_main(measure, __doc__ or ""))
