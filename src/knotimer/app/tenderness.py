"""Tenderness by keyboard: one digit before a hold, one after (and 1 then 0 for ten)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from knotimer.core.clock import Clock

TEN_WINDOW_S = 1.0  # "1" then "0" within this long means 10


class Moment(StrEnum):
    """Which rating the next digit gives."""

    BEFORE = "before"  # for the next hold on the selected spot
    AFTER = "after"  # for the hold that just ended


class TendernessKeys(QObject):
    """Turns digit keys into ratings; the window stores them (after) or keeps them (before)."""

    changed = Signal()
    rated = Signal(str, int)  # Moment value, rating 0-10

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.moment = Moment.BEFORE
        self.before: int | None = None  # for the next hold
        self.after_hold: int | None = None  # the hold an AFTER rating goes to
        self.after: int | None = None
        self._last_one_at: float | None = None

    def digit(self, value: int, *, holding: bool) -> int | None:
        """A digit key; returns the rating it gives (None while a hold runs)."""
        if holding or not 0 <= value <= 9:
            return None
        now = self._clock.monotonic()
        rating = value
        if value == 0 and self._last_one_at is not None and now - self._last_one_at <= TEN_WINDOW_S:
            rating = 10
        self._last_one_at = now if value == 1 else None
        if self.moment is Moment.AFTER and self.after_hold is not None:
            self.after = rating
        else:
            self.before = rating
        self.rated.emit(self.moment.value, rating)
        self.changed.emit()
        return rating

    def hold_started(self) -> int | None:
        """The before-rating for the hold now starting (used once)."""
        before = self.before
        self.before = None
        self.after = None
        self.after_hold = None
        self.moment = Moment.BEFORE
        self.changed.emit()
        return before

    def hold_ended(self, hold_id: int | None, counted: bool) -> None:
        """After a counted hold, digits rate how it feels now."""
        self.after_hold = hold_id if counted else None
        self.after = None
        self.moment = Moment.AFTER if self.after_hold is not None else Moment.BEFORE
        self.changed.emit()

    def spot_chosen(self) -> None:
        """Choosing a spot means the next rating is for its next hold."""
        if self.moment is Moment.AFTER or self.before is not None:
            self.moment = Moment.BEFORE
            self.before = None
            self.changed.emit()
