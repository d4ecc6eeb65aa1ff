"""A timer that fires just after the next local midnight, so "today" rolls over on its own."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QObject, Qt, QTimer

from knotimer.core.clock import Clock

# Re-check at least hourly, so a wall-clock change or a suspend is noticed within the hour.
LONGEST_WAIT_S = 3600.0


class MidnightTimer(QTimer):
    """Single-shot and very coarse: it must not wake the machine for nothing."""

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setSingleShot(True)
        self.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timeout.connect(self.arm)

    def arm(self) -> None:
        """Fire one second after the next local midnight (or within the hour)."""
        now = self._clock.now()
        midnight = datetime.combine(now.date() + timedelta(days=1), time(), now.tzinfo)
        wait_s = (midnight - now).total_seconds() + 1.0
        self.start(round(min(wait_s, LONGEST_WAIT_S) * 1000))
