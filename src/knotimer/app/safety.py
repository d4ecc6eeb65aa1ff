"""The "before you start" check as the session knows it: asked when, answered how, shown where."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QSettings, Signal

from knotimer.app.settings import load_check, save_check, snooze, snoozed_on
from knotimer.core.safety import SafetyCheck, needs_check


class SafetyState(QObject):
    """The stored answers, whether the check is due, and whether its banner shows.

    The banner offers the check when it is due (first use, or after a long break); it
    leaves for good once the check is answered, and "Not now" hides it until the next day.
    """

    changed = Signal()

    def __init__(
        self, settings: QSettings, today: Callable[[], date], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._today = today

    def today(self) -> date:
        """The user's local date."""
        return self._today()

    @property
    def check(self) -> SafetyCheck | None:
        """The last answers, if any."""
        return load_check(self._settings)

    def due(self) -> bool:
        """Time to ask (again)."""
        return needs_check(self.check, self._today())

    def flagged(self) -> bool:
        """The last answers had a yes: the routine stays off, the window keeps a note."""
        check = self.check
        return check is not None and not check.clear and not self.due()

    def banner_visible(self) -> bool:
        """Offer the check in the window: due, and not put off today."""
        return self.due() and snoozed_on(self._settings) != self._today()

    def record(self, check: SafetyCheck) -> None:
        """The user answered the questions."""
        save_check(self._settings, check)
        self.changed.emit()

    def not_now(self) -> None:
        """'Not now': no banner until tomorrow."""
        snooze(self._settings, self._today())
        self.changed.emit()
