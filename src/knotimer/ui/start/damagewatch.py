"""Damage found while the window runs: end the session cleanly so the record can be recovered.

Any read or write that finds the file damaged raises DatabaseDamagedError. Wherever that
happens (a slot, a timer, a paint), it reaches Python's excepthook; this watch turns it
into the same recovery as damage found at start: the session ends (a running hold is kept
as interrupted, in memory with any other unsaved hold), the caller moves the file aside,
offers the newest good backup, and saves what was kept into the record it opens.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from knotimer.app.carried import CarriedHold
from knotimer.core.recovery import EarlyCheck
from knotimer.core.store import DatabaseDamagedError, StoreError

EXIT_RECOVER = 75  # the session ended for a recovery; run_window opens the record again


class DamageWatch(QObject):
    """While installed, DatabaseDamagedError anywhere ends the session for a recovery."""

    def __init__(self, app: QApplication, end_session: Callable[[], list[CarriedHold]]) -> None:
        super().__init__(app)
        self._app = app
        self._end_session = end_session
        self.reason: str | None = None
        self.carried: list[CarriedHold] = []
        self._previous = sys.excepthook
        sys.excepthook = self._hook

    def uninstall(self) -> None:
        """Give the excepthook back."""
        if sys.excepthook == self._hook:
            sys.excepthook = self._previous

    def _hook(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if not isinstance(error, DatabaseDamagedError):
            self._previous(kind, error, traceback)
            return
        self.found(str(error))

    def found(self, reason: str) -> None:
        """Damage was found (read while running, or by the start-up check of every row)."""
        if self.reason is not None:
            return  # already ending
        self.reason = reason
        try:
            self.carried = self._end_session()
        except StoreError:
            self.carried = []
        self._app.exit(EXIT_RECOVER)


def watch_contents(early: EarlyCheck, watch: DamageWatch, parent: QObject) -> QTimer:
    """Collect the start-up check of every row once it is done; damage ends the session."""
    early.go_on()  # the window is on screen: the rows may be looked at now
    timer = QTimer(parent)
    timer.setInterval(100)

    def poll() -> None:
        problems = early.contents()
        if problems is None:
            return
        timer.stop()
        if problems:
            watch.found("; ".join(problems[:3]))

    timer.timeout.connect(poll)
    timer.start()
    QTimer.singleShot(0, poll)
    return timer
