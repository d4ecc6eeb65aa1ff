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

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from knotimer.app.carried import CarriedHold
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
        if self.reason is not None:
            return  # already ending
        self.reason = str(error)
        try:
            self.carried = self._end_session()
        except StoreError:
            self.carried = []
        self._app.exit(EXIT_RECOVER)
