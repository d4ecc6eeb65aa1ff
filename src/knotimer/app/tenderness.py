"""Tenderness by keyboard: one digit before a hold, one after (and 1 then 0 for ten).

A digit typed during a hold is how the knot feels now: it is kept as the after-rating and
saved with the hold when it ends. The before-rating stays shown while the hold runs.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from knotimer.core.clock import Clock

TEN_WINDOW_S = 1.0  # "1" then "0" within this long means 10


class Moment(StrEnum):
    """Which rating the next digit gives."""

    BEFORE = "before"  # for the next hold on the selected spot
    DURING = "during"  # the hold runs: how it feels now, saved as its after-rating
    AFTER = "after"  # for the hold that just ended


class TendernessKeys(QObject):
    """Turns digit keys into ratings; the session stores them (after) or keeps them (before)."""

    changed = Signal()
    rated = Signal(str, int)  # Moment value, rating 0-10

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.moment = Moment.BEFORE
        self.before: int | None = None  # for the next hold (or the one running)
        self.after_hold: int | None = None  # the hold an AFTER rating goes to
        self.after: int | None = None  # given after the hold, or during it
        self._last_one_at: float | None = None

    def digit(self, value: int) -> int | None:
        """A digit key; returns the rating it gives."""
        if not 0 <= value <= 9:
            return None
        now = self._clock.monotonic()
        rating = value
        if value == 0 and self._last_one_at is not None and now - self._last_one_at <= TEN_WINDOW_S:
            rating = 10
        self._last_one_at = now if value == 1 else None
        if self.moment is Moment.BEFORE:
            self.before = rating
        else:
            self.after = rating
        self.rated.emit(self.moment.value, rating)
        self.changed.emit()
        return rating

    def hold_started(self) -> int | None:
        """The before-rating for the hold now starting; it stays shown while the hold runs."""
        self.after = None
        self.after_hold = None
        self.moment = Moment.DURING
        self.changed.emit()
        return self.before

    def hold_ended(self, hold_id: int | None, counted: bool) -> int | None:
        """After a counted hold, digits rate how it feels now; returns a rating given during it."""
        during = self.after if self.moment is Moment.DURING else None
        self.before = None
        self.after_hold = hold_id if counted else None
        self.after = during if self.after_hold is not None else None
        self.moment = Moment.AFTER if self.after_hold is not None else Moment.BEFORE
        self.changed.emit()
        return self.after

    def spot_chosen(self) -> None:
        """Choosing a spot means the next rating is for its next hold."""
        if self.moment is Moment.DURING:
            return  # the hold goes on: its ratings stay
        if self.moment is Moment.AFTER or self.before is not None:
            self.moment = Moment.BEFORE
            self.before = None
            self.after = None
            self.changed.emit()

    def done_rating(self) -> None:
        """The after-rating was given (or the moment passed): the next digit is for before."""
        if self.moment is Moment.AFTER:
            self.moment = Moment.BEFORE
            self.changed.emit()
