"""Things that wait for the window's first paint: the start-up benchmark's probe, late loads."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class FirstPaintProbe(QObject):
    """Reports when the diagram has been painted for the first time (start-up benchmark)."""

    def __init__(self, target: Path, quit_after: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self._quit_after = quit_after
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint event, report once the paint has been done."""
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        self._target.write_text(f"{time.monotonic():.6f}\n", encoding="utf-8")
        if self._quit_after:
            app = QApplication.instance()
            if app is not None:
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
