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
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from knotimer.app.unsaved import PendingHold
from knotimer.core.records import Spot
from knotimer.core.store import DatabaseDamagedError, Store, StoreError

EXIT_RECOVER = 75  # the session ended for a recovery; run_window opens the record again


@dataclass(frozen=True, slots=True)
class CarriedHold:
    """A hold not yet saved when the record was found damaged, with the spot it was on."""

    spot: Spot
    pending: PendingHold


def save_carried(store: Store, carried: list[CarriedHold], run_id: str) -> int:
    """Save holds kept from a damaged record into ``store``; how many were saved.

    A spot that is not in this record (a backup from before it was marked) is marked
    again where it was, so the hold has its place.
    """
    saved = 0
    for item in carried:
        spot = item.spot
        try:
            found = store.spot(spot.id)
            spot_id = (
                found.id if (found.region, found.created) == (spot.region, spot.created) else None
            )
        except KeyError:
            spot_id = None
        if spot_id is None:
            spot_id = store.add_spot(spot.region, spot.x, spot.y, spot.created).id
        store.record_hold(
            spot_id,
            item.pending.result,
            tenderness_before=item.pending.tenderness_before,
            run_id=run_id,
        )
        saved += 1
    return saved


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
