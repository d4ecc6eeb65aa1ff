"""Idle and holding: CPU time, knotimer's own timer events and repaints of the real window."""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from common import median, worker_main
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.clock import SystemClock
from knotimer.core.holdtimer import HoldState
from knotimer.core.store import Store
from qtkit import EventCounter, application, open_window, points_on, wait, wait_until

REGION = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
RUNS = 3
SETTLE_S = 0.5  # after starting a hold, before counting


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
        wait(1.0)  # warm-up: cue preload, first paints, status messages

        idle = [_window_sample(counter, seconds) for _ in range(RUNS)]
        open_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

        # A real hold: click the muscle on the diagram, choose 30 s, press Start.
        diagram = window.diagram
        QTest.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=points_on(diagram, [REGION])[0])
        if window.session.selected_spot() is None:
            raise RuntimeError("clicking the diagram marked no spot")
        window.panel.set_length(30)
        holding = []
        for _ in range(RUNS):
            window.commands.start_pause.trigger()
            if window.session.hold.state is not HoldState.RUNNING:
                raise RuntimeError("the hold did not start")
            wait(SETTLE_S)
            holding.append(_window_sample(counter, seconds))
            window.commands.cancel.trigger()
            wait_until(lambda: window.session.hold.state is HoldState.IDLE)
            wait(0.3)
        app.removeEventFilter(counter)
        window.close()
        store.close()
    return {
        "seconds": seconds,
        "open_rss_mib": open_rss_mib,
        "idle": _summary(idle),
        "holding": _summary(holding),
    }


if __name__ == "__main__":
    raise SystemExit(worker_main(measure, __doc__ or ""))
