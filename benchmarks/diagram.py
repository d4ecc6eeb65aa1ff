"""Diagram: hit-test lookup at 1400 px, and a click on a muscle until its marker is painted."""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtTest import QTest

from common import median, percentile, worker_main
from knotimer.core.anatomy import ALL_REGIONS
from knotimer.core.clock import SystemClock
from knotimer.core.store import Store
from knotimer.resources import asset
from knotimer.ui.diagram.widget import DiagramWidget
from qtkit import application, open_window, points_on, wait, wait_until

HEIGHT = 1400
WIDTH = 1000
POINTS = 20_000


def hit_test(quick: bool) -> dict[str, Any]:
    """Microseconds per DiagramWidget.region_at over many random points, mask already built."""
    widget = DiagramWidget(asset("diagram/calves.svg"))
    widget.resize(WIDTH, HEIGHT)
    began = time.perf_counter()
    widget.region_at(QPointF(WIDTH / 2, HEIGHT / 2))  # builds the mask
    build_ms = (time.perf_counter() - began) * 1000.0
    rng = random.Random(1)
    points = [QPointF(rng.uniform(0, WIDTH), rng.uniform(0, HEIGHT)) for _ in range(POINTS)]
    runs = []
    hits = 0
    for _ in range(3 if quick else 7):
        began = time.perf_counter()
        hits = sum(widget.region_at(point) is not None for point in points)
        runs.append((time.perf_counter() - began) * 1e6 / POINTS)
    return {
        "us_per_lookup": median(runs[1:]),  # the first run is the warm-up
        "runs_us": runs,
        "mask_build_ms": build_ms,
        "hit_fraction": hits / POINTS,
        "size": [WIDTH, HEIGHT],
    }


def click_to_paint(quick: bool) -> dict[str, Any]:
    """Milliseconds from a mouse press on a muscle to the end of the diagram's next paint."""
    paint_ends: list[float] = []
    original: Callable[[DiagramWidget, QPaintEvent], None] = DiagramWidget.paintEvent

    def timed_paint(widget: DiagramWidget, event: QPaintEvent) -> None:
        original(widget, event)
        paint_ends.append(time.monotonic())

    DiagramWidget.paintEvent = timed_paint  # type: ignore[method-assign]
    samples: list[float] = []
    handler: list[float] = []
    with tempfile.TemporaryDirectory(prefix="knotimer-bench-") as scratch:
        store = Store.in_folder(Path(scratch) / "data")
        window = open_window(store, SystemClock(), Path(scratch) / "settings.ini")
        diagram = window.diagram
        regions = ALL_REGIONS[: 4 if quick else 11]  # one new spot per region: no marker there
        targets = points_on(diagram, regions)
        for point in targets:
            wait(0.05)
            spots = len(diagram.markers())
            seen = len(paint_ends)
            pressed = time.monotonic()
            QTest.mousePress(diagram, Qt.MouseButton.LeftButton, pos=point)
            handler.append((time.monotonic() - pressed) * 1000.0)
            if not wait_until(lambda seen=seen: len(paint_ends) > seen, 5.0):
                raise RuntimeError("the diagram was not repainted after a click")
            QTest.mouseRelease(diagram, Qt.MouseButton.LeftButton, pos=point)
            if len(diagram.markers()) != spots + 1:
                raise RuntimeError("a click on a muscle marked no new spot")
            samples.append((paint_ends[seen] - pressed) * 1000.0)
        sizes = {
            "window_size": [window.width(), window.height()],
            "diagram_size": [diagram.width(), diagram.height()],
        }
        window.close()
        store.close()
    DiagramWidget.paintEvent = original  # type: ignore[method-assign]
    measured, measured_handler = samples[1:], handler[1:]  # the first click is the warm-up
    return {
        "ms": median(measured),
        "p95_ms": percentile(measured, 95),
        "handler_ms": median(measured_handler),
        "samples_ms": samples,
        **sizes,
    }


def measure(args: argparse.Namespace) -> dict[str, Any]:
    application()
    return {"hit_test": hit_test(args.quick), "click": click_to_paint(args.quick)}


if __name__ == "__main__":
    raise SystemExit(worker_main(measure, __doc__ or ""))
