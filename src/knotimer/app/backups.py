"""Take the daily backup a little after start, and again each hour in case the day changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from knotimer.core.backup import Backup, make_daily_backup
from knotimer.core.clock import Clock
from knotimer.core.dbfile import StoreError

FIRST_DELAY_MS = 3000  # after the window is up: never in the way of the first paint
INTERVAL_MS = 3600 * 1000
BUSY_RETRY_MS = 60 * 1000  # a hold is running: its end cue must not wait for a backup


class DailyBackups(QObject):
    """At most one backup a day, made in between holds; says when one could not be made."""

    made = Signal(object)  # Backup
    failed = Signal(str)  # why, in plain words

    def __init__(
        self,
        database: Path,
        clock: Clock,
        busy: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._clock = clock
        self._busy = busy
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.timeout.connect(self.run)

    def start(self, first_delay_ms: int = FIRST_DELAY_MS) -> None:
        """Schedule the first check."""
        self._timer.start(first_delay_ms)

    def stop(self) -> None:
        """No more backups this session."""
        self._timer.stop()

    @Slot()
    def run(self) -> Backup | None:
        """Make today's backup if there is none yet; the backup made, if one was."""
        if self._busy():
            self._timer.start(BUSY_RETRY_MS)
            return None
        self._timer.start(INTERVAL_MS)
        try:
            made = make_daily_backup(self._database, self._clock.now().date())
        except (OSError, StoreError) as error:
            self.failed.emit(str(error))
            return None
        if made is not None:
            self.made.emit(made)
        return made
