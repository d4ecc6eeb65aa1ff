"""Holds that could not be written yet (a full disk, say): kept in memory and retried."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from knotimer.core.holdtimer import HoldResult
from knotimer.core.store import Store, StoreError

RETRY_MS = 5000


class UnsavedHolds(QObject):
    """Saves finished holds; whatever fails stays here, in order, until a retry succeeds."""

    changed = Signal()  # the number of unsaved holds went up, or down to zero

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._pending: list[tuple[int, HoldResult]] = []
        self.last_error = ""
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry_now)

    def count(self) -> int:
        """How many holds wait to be saved."""
        return len(self._pending)

    def save(self, spot_id: int, result: HoldResult) -> bool:
        """Save a hold now (after any waiting ones); True once it is committed."""
        backlog = len(self._pending)
        self._pending.append((spot_id, result))
        saved = self._flush()
        if backlog or not saved:
            self.changed.emit()
        return saved

    @Slot()
    def retry_now(self) -> bool:
        """Try the waiting holds again; True when none is left."""
        if not self._pending:
            return True
        saved = self._flush()
        self.changed.emit()
        return saved

    def _flush(self) -> bool:
        while self._pending:
            spot_id, result = self._pending[0]
            try:
                self._store.record_hold(spot_id, result)
            except StoreError as error:
                self.last_error = str(error)
                if not self._retry.isActive():
                    self._retry.start()
                return False
            self._pending.pop(0)
        self._retry.stop()
        return True
