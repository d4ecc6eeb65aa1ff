"""Holds that could not be written yet (a full disk, say): kept in memory and retried."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from knotimer.core.holdtimer import HoldResult
from knotimer.core.records import Hold
from knotimer.core.store import Store, StoreError

RETRY_MS = 5000


@dataclass(frozen=True, slots=True)
class PendingHold:
    """A finished hold waiting to be written."""

    spot_id: int
    result: HoldResult
    tenderness_before: int | None


class UnsavedHolds(QObject):
    """Saves finished holds; whatever fails stays here, in order, until a retry succeeds."""

    changed = Signal()  # the number of unsaved holds went up, or down to zero

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._pending: list[PendingHold] = []
        self.last_error = ""
        self.last_saved: Hold | None = None
        self.run_id = uuid.uuid4().hex  # this run of the app: a restart ends a session
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry_now)

    def count(self) -> int:
        """How many holds wait to be saved."""
        return len(self._pending)

    def save(self, spot_id: int, result: HoldResult, tenderness_before: int | None = None) -> bool:
        """Save a hold now (after any waiting ones); True once it is committed."""
        backlog = len(self._pending)
        self._pending.append(PendingHold(spot_id, result, tenderness_before))
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
            pending = self._pending[0]
            try:
                self.last_saved = self._store.record_hold(
                    pending.spot_id,
                    pending.result,
                    tenderness_before=pending.tenderness_before,
                    run_id=self.run_id,
                )
            except StoreError as error:
                self.last_error = str(error)
                if not self._retry.isActive():
                    self._retry.start()
                return False
            self._pending.pop(0)
        self._retry.stop()
        return True
