"""The window's first paint: the cached first frame, the start-up benchmark's probe, late loads."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from knotimer.ui.main.window import MainWindow

# For the benchmark: write time.monotonic() and the peak memory at the first paint of the
# window to this file, and quit once the window is up when KNOTIMER_QUIT_AFTER_FIRST_PAINT=1.
FIRST_PAINT_FILE_ENV = "KNOTIMER_FIRST_PAINT_FILE"
QUIT_AFTER_PAINT_ENV = "KNOTIMER_QUIT_AFTER_FIRST_PAINT"


def peak_rss_kib() -> int:
    """The process's peak resident memory so far (Linux; 0 where it cannot be read)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


class FirstPaintProbe(QObject):
    """Reports when the diagram has been painted for the first time (start-up benchmark)."""

    def __init__(self, target: Path, quit_after: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self._quit_after = quit_after
        self._seen = False
        self._reported = False
        self._painted = ""  # what was painted first: the first frame, or the diagram
        self._running = False  # the main event loop runs (not the first frame's wait)
        self._only_if: dict[int, Callable[[], bool]] = {}

    def watch(self, widget: QWidget, only_if: Callable[[], bool] | None = None) -> None:
        """Report ``widget``'s first paint (only one that happens while ``only_if()`` holds)."""
        if only_if is not None:
            self._only_if[id(widget)] = only_if
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint event, report once the paint has been done."""
        if not self._seen and event.type() == QEvent.Type.Paint:
            condition = self._only_if.get(id(watched))
            if condition is None or condition():
                self._seen = True
                self._painted = type(watched).__name__
                QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        # Whether Qt's ``Qt`` namespace was loaded by then (its enums cost some 13 ms).
        namespace = "Qt-loaded" if "Qt" in vars(QtCore) else "Qt-not-loaded"
        report = f"{time.monotonic():.6f}\n{peak_rss_kib()}\n{self._painted}\n{namespace}\n"
        self._target.write_text(report, encoding="utf-8")
        self._reported = True
        self._quit_if_done()

    def main_loop_started(self) -> None:
        """Called from the main event loop: quitting now ends the run, not a wait within it."""
        self._running = True
        self._quit_if_done()

    def _quit_if_done(self) -> None:
        app = QApplication.instance()
        if self._quit_after and self._reported and self._running and app is not None:
            with self._target.open("a", encoding="utf-8") as report:  # the start is over
                report.write("collector-on\n" if gc.isenabled() else "collector-off\n")
            app.quit()


class AfterFirstPaint(QObject):
    """Runs something a moment after the window's first paint (sounds load then, not before)."""

    DELAY_MS = 300

    def __init__(self, action: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint event, schedule the action once."""
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(self.DELAY_MS, self._action)
        return False


def show_first_frame(
    window: MainWindow, settings: QSettings, length_s: int, probe: FirstPaintProbe | None
) -> bool:
    """Show the cached first frame and wait (a second at most) until it is on the screen.

    False when there is no usable cached frame: the window is then built before it shows.
    """
    from knotimer.ui.main.framecache import load_frame

    cached = load_frame()
    if cached is None:
        return False
    frame = window.show_first_frame(settings, cached, length_s)
    if probe is not None:  # before the frame's own wait ends: it is told first
        probe.watch(frame, frame.matches)
    waiting = QEventLoop()
    frame.painted.connect(waiting.quit)
    QTimer.singleShot(1000, waiting.quit)
    window.show()
    waiting.exec()
    return True


def open_first_frame(
    settings: QSettings, hold_s: int | None
) -> tuple[MainWindow, FirstPaintProbe | None]:
    """A window not built yet, showing its cached first frame if there is one."""
    from knotimer.app.settings import remembered_length
    from knotimer.ui.main.window import MainWindow

    window = MainWindow()
    probe_file = os.environ.get(FIRST_PAINT_FILE_ENV)
    probe = None
    if probe_file:
        quit_after = os.environ.get(QUIT_AFTER_PAINT_ENV) == "1"
        probe = FirstPaintProbe(Path(probe_file), quit_after, window)
    show_first_frame(window, settings, hold_s or remembered_length(settings), probe)
    return window, probe


def keep_first_frame(window: MainWindow) -> None:
    """Cache the window's frame as laid out now for the next start (nothing lost if not)."""
    from knotimer.ui.main.firstframe import frame_of
    from knotimer.ui.main.framecache import save_frame

    found = frame_of(window)
    if found is not None:
        save_frame(found)
