"""Saving holds: the running one kept in the record, finished ones committed or kept and retried."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from knotimer.core.clock import Clock
from knotimer.core.holdtimer import HoldResult, HoldTimer
from knotimer.core.records import Hold
from knotimer.core.running import Progress, begin_running, update_running
from knotimer.core.store import DatabaseDamagedError, Store, StoreError

RETRY_MS = 5000


@dataclass(frozen=True, slots=True)
class PendingHold:
    """A finished hold waiting to be written."""

    spot_id: int
    result: HoldResult
    tenderness_before: int | None
    running_id: int | None = None


class UnsavedHolds(QObject):
    """Saves holds; whatever fails stays here, in order, until a retry succeeds.

    A hold is written when it starts (``begin``) and kept up to date (``beat``), so a
    crash leaves it in the record; ``save`` replaces it by the finished hold.
    """

    changed = Signal()  # the number of unsaved holds went up, or down to zero

    def __init__(self, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._pending: list[PendingHold] = []
        self.last_error = ""
        self.last_saved: Hold | None = None
        self.run_id = uuid.uuid4().hex  # this run of the app
        self._writing = True
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry_now)

    def count(self) -> int:
        """How many holds wait to be saved."""
        return len(self._pending)

    def pending(self) -> list[PendingHold]:
        """The holds waiting to be saved, oldest first."""
        return list(self._pending)

    def stop_writing(self) -> None:
        """The record is damaged: from now on holds are only kept here, for the next record."""
        self._writing = False
        self._retry.stop()

    def begin(self, spot_id: int, timer: HoldTimer, tenderness_before: int | None) -> int | None:
        """Write the hold that has just started; its running id (None if it could not be)."""
        started = timer.started
        if started is None or not self._writing:
            return None
        try:
            return begin_running(
                self._store,
                spot_id,
                started,
                timer.planned_s,
                tenderness_before=tenderness_before,
                run_id=self.run_id,
            )
        except DatabaseDamagedError:
            raise
        except StoreError as error:
            self.last_error = str(error)
            return None

    def beat(self, running_id: int, timer: HoldTimer) -> bool:
        """Bring the running hold up to date; False if it could not be written now."""
        if not self._writing:
            return False
        progress = Progress(timer.planned_s, timer.held(), timer.paused(), timer.pauses)
        try:
            update_running(self._store, running_id, progress, self._clock.now())
        except DatabaseDamagedError:
            raise
        except StoreError as error:
            self.last_error = str(error)
            return False
        return True

    def save(
        self,
        spot_id: int,
        result: HoldResult,
        tenderness_before: int | None = None,
        running_id: int | None = None,
    ) -> bool:
        """Save a hold now (after any waiting ones); True once it is committed."""
        backlog = len(self._pending)
        self._pending.append(PendingHold(spot_id, result, tenderness_before, running_id))
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
        while self._pending and self._writing:
            pending = self._pending[0]
            try:
                self.last_saved = self._store.record_hold(
                    pending.spot_id,
                    pending.result,
                    tenderness_before=pending.tenderness_before,
                    run_id=self.run_id,
                    running_id=pending.running_id,
                )
            except StoreError as error:
                self.last_error = str(error)
                if not self._retry.isActive():
                    self._retry.start()
                if isinstance(error, DatabaseDamagedError):
                    raise  # kept here; the application recovers the record and saves it then
                return False
            self._pending.pop(0)
        self._retry.stop()
        return not self._pending
