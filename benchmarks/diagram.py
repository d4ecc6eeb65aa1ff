"""Diagram: hit-test lookup at 1400 px, and a click on a muscle until its marker is painted.

Each is measured beside its floor, in turns: a bare QImage pixel lookup, and a bare widget
of the diagram's size whose mouse press asks for a repaint of the drawing and a marker.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QWidget

from common import median, percentile, worker_main
from knotimer.core.anatomy import ALL_REGIONS, Region
from knotimer.core.clock import SystemClock
from knotimer.core.store import Store
from knotimer.resources import asset
from knotimer.ui.diagram.widget import DiagramWidget
from qtkit import application, open_window, points_on, wait, wait_until

HEIGHT = 1400
WIDTH = 1000
POINTS = 20_000
DRAWING = "diagram/calves.svg"


def bare_region_at(image: QImage, regions: tuple[Region, ...], point: QPointF) -> Region | None:
    """The hit-test floor: the pixel under a point of a bare QImage, read as a region index.

    What any pixel-mask lookup must do (round the point, check it, read one pixel, map its
    value); knotimer's own work on top is placing the drawing in the widget and checking
    that its mask is still the one for that size.
    """
    x, y = int(point.x()), int(point.y())
    if not image.valid(x, y):
        return None
    index = (image.pixel(x, y) & 0xFF) - 1
    return regions[index] if 0 <= index < len(regions) else None


def hit_test(quick: bool) -> dict[str, Any]:
    """Microseconds per DiagramWidget.region_at over many random points, mask already built."""
    widget = DiagramWidget(asset(DRAWING))
    widget.resize(WIDTH, HEIGHT)
    began = time.perf_counter()
    widget.region_at(QPointF(WIDTH / 2, HEIGHT / 2))  # builds the mask
    build_ms = (time.perf_counter() - began) * 1000.0
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)  # the floor's mask: the drawing
    image.fill(0)
    with QPainter(image) as painter:
        QSvgRenderer(str(asset(DRAWING))).render(painter, QRectF(0, 0, WIDTH, HEIGHT))
    rng = random.Random(1)
    points = [QPointF(rng.uniform(0, WIDTH), rng.uniform(0, HEIGHT)) for _ in range(POINTS)]
    runs: list[float] = []
    floor: list[float] = []
    hits = 0
    for round_ in range(3 if quick else 7):  # in turns: the floor, then the real lookup
        began = time.perf_counter()
        sum(bare_region_at(image, ALL_REGIONS, point) is not None for point in points)
        floor.append((time.perf_counter() - began) * 1e6 / POINTS)
        began = time.perf_counter()
        hits = sum(widget.region_at(point) is not None for point in points)
        runs.append((time.perf_counter() - began) * 1e6 / POINTS)
        if round_ == 0:
            runs.clear()  # the first round is the warm-up
            floor.clear()
    return {
        "us_per_lookup": median(runs),
        "floor_us_per_lookup": median(floor),
        "runs_us": runs,
        "floor_runs_us": floor,
        "mask_build_ms": build_ms,
        "hit_fraction": hits / POINTS,
        "size": [WIDTH, HEIGHT],
    }


class BareDiagram(QWidget):
    """The click floor: a bare widget that keeps a click and repaints the drawing with it.

    A press stores the point as a row with bare sqlite3, as durably as knotimer stores a
    spot (WAL, synchronous FULL: a commit costs what the disk's sync costs, on any machine
    alike), and asks for a repaint (update()), nothing else. The paint draws what the
    diagram's does after a click, the plain way: the calves from a pixmap rendered once for
    the size (as the diagram caches it), 'Left' and 'Right' above them, and a numbered
    circle per click so far. knotimer's own work on top: the hit-test, its store, the
    undo history, today's list and the other views that show the new spot, and painting
    the markers from the models.
    """

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._renderer = QSvgRenderer(str(asset(DRAWING)), self)
        self._pixmap = QPixmap()
        self._marks: list[QPointF] = []
        self.paint_ends: list[float] = []
        self._db = sqlite3.connect(db_path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = FULL")
        self._db.execute("CREATE TABLE IF NOT EXISTS marks (id INTEGER PRIMARY KEY, x, y, at)")

    def close_db(self) -> None:
        """Close the floor's database."""
        self._db.close()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click: stored, then one more marker on the next paint."""
        point = event.position()
        self._db.execute(
            "INSERT INTO marks (x, y, at) VALUES (?, ?, ?)", (point.x(), point.y(), time.time())
        )
        self._marks.append(point)
        self.update()

    def _drawing(self) -> QRectF:
        view = self._renderer.viewBoxF()
        area = QRectF(self.rect()).adjusted(8, 38, -8, -8)
        width = min(area.width(), area.height() * view.width() / view.height())
        height = width * view.height() / view.width()
        return QRectF(area.left() + (area.width() - width) / 2, area.top(), width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The cached drawing, two labels and the markers; the time it was done."""
        rect = self._drawing()
        if self._pixmap.size() != rect.size().toSize():
            self._pixmap = QPixmap(rect.size().toSize())
            self._pixmap.fill(Qt.GlobalColor.transparent)
            with QPainter(self._pixmap) as painter:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                self._renderer.render(painter, QRectF(0, 0, rect.width(), rect.height()))
        with QPainter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawPixmap(rect.topLeft(), self._pixmap)
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            for x, text in ((0.25, "Left"), (0.75, "Right")):
                box = QRectF(rect.left() + x * rect.width() - 80, rect.top() - 30, 160, 30)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            marker = QFont()
            marker.setBold(True)
            for number, centre in enumerate(self._marks, start=1):
                painter.setPen(QPen(QColor("white"), 2.0))
                painter.setBrush(QColor("#1565c0"))
                painter.drawEllipse(centre, 12.0, 12.0)
                painter.setFont(marker)
                box = QRectF(centre.x() - 12, centre.y() - 12, 24, 24)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))
        self.paint_ends.append(time.monotonic())


def _click(widget: QWidget, point: QPoint, paint_ends: list[float]) -> tuple[float, float]:
    """Press on ``point``, wait for the widget's next paint; (press -> paint end, handler) ms."""
    wait(0.05)
    seen = len(paint_ends)
    pressed = time.monotonic()
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=point)
    handler = (time.monotonic() - pressed) * 1000.0
    if not wait_until(lambda: len(paint_ends) > seen, 5.0):
        raise RuntimeError(f"{type(widget).__name__} was not repainted after a click")
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=point)
    return (paint_ends[seen] - pressed) * 1000.0, handler


def click_to_paint(quick: bool) -> dict[str, Any]:
    """Milliseconds from a mouse press on a muscle to the end of the diagram's next paint.

    The same through the bare widget, click for click in turns, as the floor.
    """
    paint_ends: list[float] = []
    original: Callable[[DiagramWidget, QPaintEvent], None] = DiagramWidget.paintEvent

    def timed_paint(widget: DiagramWidget, event: QPaintEvent) -> None:
        original(widget, event)
        paint_ends.append(time.monotonic())

    DiagramWidget.paintEvent = timed_paint  # type: ignore[method-assign]
    samples: list[float] = []
    handler: list[float] = []
    floor: list[float] = []
    floor_handler: list[float] = []
    with tempfile.TemporaryDirectory(prefix="knotimer-bench-") as scratch:
        store = Store.in_folder(Path(scratch) / "data")
        window = open_window(store, SystemClock(), Path(scratch) / "settings.ini")
        diagram = window.diagram
        bare_window = QMainWindow()
        bare_window.resize(window.size())
        bare = BareDiagram(Path(scratch) / "floor.sqlite3")
        bare.setFixedSize(diagram.size())
        bare_window.setCentralWidget(bare)
        bare_window.show()
        wait(0.3)
        regions = ALL_REGIONS[: 4 if quick else 11]  # one new spot per region: no marker there
        targets = points_on(diagram, regions)
        for index, point in enumerate(targets):
            spots = len(diagram.markers())
            real_first = index % 2 == 0  # in turns: who goes first
            if not real_first:
                floor_ms, floor_handler_ms = _click(bare, point, bare.paint_ends)
            real_ms, handler_ms = _click(diagram, point, paint_ends)
            if real_first:
                floor_ms, floor_handler_ms = _click(bare, point, bare.paint_ends)
            if len(diagram.markers()) != spots + 1:
                raise RuntimeError("a click on a muscle marked no new spot")
            samples.append(real_ms)
            handler.append(handler_ms)
            floor.append(floor_ms)
            floor_handler.append(floor_handler_ms)
        sizes = {
            "window_size": [window.width(), window.height()],
            "diagram_size": [diagram.width(), diagram.height()],
            "floor_size": [bare.width(), bare.height()],
        }
        bare_window.close()
        bare.close_db()
        window.close()
        store.close()
    DiagramWidget.paintEvent = original  # type: ignore[method-assign]
    measured, measured_floor = samples[1:], floor[1:]  # the first click is the warm-up
    return {
        "ms": median(measured),
        "p95_ms": percentile(measured, 95),
        "handler_ms": median(handler[1:]),
        "samples_ms": samples,
        "floor_ms": median(measured_floor),
        "floor_p95_ms": percentile(measured_floor, 95),
        "floor_handler_ms": median(floor_handler[1:]),
        "floor_samples_ms": floor,
        **sizes,
    }


def measure(args: argparse.Namespace) -> dict[str, Any]:
    application()
    return {"hit_test": hit_test(args.quick), "click": click_to_paint(args.quick)}


if __name__ == "__main__":
    raise SystemExit(worker_main(measure, __doc__ or ""))
