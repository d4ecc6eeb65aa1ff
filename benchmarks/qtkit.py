"""Qt helpers for the in-process benchmarks: the real window, waiting, counting events."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QPointF, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from knotimer.app.session import Session
from knotimer.core.anatomy import Region
from knotimer.core.clock import Clock
from knotimer.core.store import Store
from knotimer.ui.common.cues import CuePlayer
from knotimer.ui.diagram.widget import DiagramWidget
from knotimer.ui.main.window import MainWindow
from knotimer.ui.start.app import make_application


def application() -> QApplication:
    """The QApplication, set up as knotimer's own start-up does."""
    return make_application(["knotimer-bench"])


def wait(seconds: float) -> None:
    """Run the event loop for ``seconds`` (one timer of our own wakes it at the end)."""
    loop = QEventLoop()
    QTimer.singleShot(max(0, round(seconds * 1000)), loop.quit)
    loop.exec()


def wait_until(done: Callable[[], bool], timeout_s: float = 5.0) -> bool:
    """Process events until ``done()`` is true; False on timeout."""
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if not done():
            time.sleep(0.0002)
    return True


def open_window(store: Store, clock: Clock, settings_file: Path) -> MainWindow:
    """The real main window, built and shown the way ``knotimer.ui.start.app.run_window`` does."""
    cues = CuePlayer()
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(Session(store, clock, settings), cues)
    window.show()
    QTimer.singleShot(0, cues.preload)
    wait(0.3)
    return window


def points_on(diagram: DiagramWidget, regions: Sequence[Region], step: int = 3) -> list[QPoint]:
    """For each region, a widget point on it: its pixel nearest the region's centre of mass."""
    hits: dict[Region, list[tuple[int, int]]] = {region: [] for region in regions}
    for y in range(0, diagram.height(), step):
        for x in range(0, diagram.width(), step):
            found = diagram.region_at(QPointF(x, y))
            if found in hits:
                hits[found].append((x, y))
    points = []
    for region, pixels in hits.items():
        if not pixels:
            raise ValueError(f"{region} is not drawn")
        cx = sum(x for x, _ in pixels) / len(pixels)
        cy = sum(y for _, y in pixels) / len(pixels)
        x, y = min(pixels, key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2)
        points.append(QPoint(x, y))
    return points


def _knotimer_class(obj: QObject) -> bool:
    return type(obj).__module__.startswith("knotimer")


def _label(obj: QObject) -> str:
    parent = obj.parent()
    own = type(obj).__name__
    return own if parent is None else f"{own} in {type(parent).__name__}"


class EventCounter(QObject):
    """An application-wide event filter counting timer and paint events by receiver.

    A timer event is knotimer's *own* when its receiver is an object of a knotimer
    class, or a QTimer whose parent is one (HoldClock's timers, say).  Timer events
    anywhere else in the window's object tree (Qt's internals, such as a caret blink
    or a status-bar message timeout) are counted as *window* timer events.
    """

    def __init__(self, window: QWidget | None) -> None:
        super().__init__()
        self.window = window
        self.own_timers = 0
        self.window_timers = 0
        self.all_timers = 0
        self.window_paints = 0
        self.timer_receivers: Counter[str] = Counter()
        self.paint_receivers: Counter[str] = Counter()

    def reset(self) -> None:
        """Start counting afresh."""
        self.own_timers = self.window_timers = self.all_timers = self.window_paints = 0
        self.timer_receivers.clear()
        self.paint_receivers.clear()

    def _in_window(self, obj: QObject | None) -> bool:
        while obj is not None:
            if obj is self.window or _knotimer_class(obj):
                return True
            obj = obj.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count; never filter anything out."""
        kind = event.type()
        if kind == QEvent.Type.Timer:
            self.all_timers += 1
            parent = watched.parent()
            if _knotimer_class(watched) or (
                isinstance(watched, QTimer) and parent is not None and _knotimer_class(parent)
            ):
                self.own_timers += 1
                self.timer_receivers[_label(watched)] += 1
            elif self._in_window(watched):
                self.window_timers += 1
                self.timer_receivers["(Qt) " + _label(watched)] += 1
        elif kind == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = self.window
            if window is not None and (watched is window or window.isAncestorOf(watched)):
                self.window_paints += 1
                self.paint_receivers[type(watched).__name__] += 1
        return False
