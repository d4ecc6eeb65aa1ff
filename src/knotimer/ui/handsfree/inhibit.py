"""The screen kept awake during a hold or a routine, released at once afterwards."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QObject, Signal

from knotimer.ui.handsfree.wire import Wire

SCREENSAVER = (
    "org.freedesktop.ScreenSaver",
    "/org/freedesktop/ScreenSaver",
    "org.freedesktop.ScreenSaver",
)
PORTAL = ("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop")
INHIBIT_IDLE, INHIBIT_SUSPEND = 8, 4
_tokens = itertools.count(1)


class ScreenAwake(QObject):
    """Asks both org.freedesktop.ScreenSaver and the portal's Inhibit; either may be missing.

    A request still on its way when the hold ends is given back as soon as its answer
    comes. ``unavailable`` tells once when neither service answers.
    """

    unavailable = Signal(str)

    def __init__(self, wire: Wire | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wire = wire
        self.wanted = False
        self.cookie: int | None = None  # from org.freedesktop.ScreenSaver
        self.request: str | None = None  # the portal's request object
        self._asking = 0
        self._failures: list[str] = []
        self._told = False

    @property
    def held(self) -> bool:
        """True while either service keeps the screen awake for knotimer."""
        return self.cookie is not None or self.request is not None

    def set_busy(self, busy: bool) -> None:
        """Keep the screen awake (True) or let it sleep again (False)."""
        if busy == self.wanted or self._wire is None:
            self.wanted = busy
            return
        self.wanted = busy
        if busy:
            self._inhibit(self._wire)
        else:
            self._release()

    def _inhibit(self, wire: Wire) -> None:
        reason = self.tr("A massage hold is being timed")
        self._asking, self._failures = 2, []
        wire.call(
            (*SCREENSAVER, "Inhibit"),
            "ss",
            ["knotimer", reason],
            reply=self._got_cookie,
            error=self._failed,
        )
        token = f"knotimer_awake{next(_tokens)}"
        wire.call(
            (*PORTAL, "org.freedesktop.portal.Inhibit", "Inhibit"),
            "sua{sv}",
            ["", INHIBIT_IDLE | INHIBIT_SUSPEND, {"handle_token": token, "reason": reason}],
            reply=self._got_request,
            error=self._failed,
        )

    def _release(self) -> None:
        wire = self._wire
        if wire is None:
            return
        if self.cookie is not None:
            wire.call((*SCREENSAVER, "UnInhibit"), "u", [self.cookie])
            self.cookie = None
        if self.request is not None:
            wire.call((PORTAL[0], self.request, "org.freedesktop.portal.Request", "Close"))
            self.request = None

    def _got_cookie(self, values: list[object]) -> None:
        self._asking -= 1
        if values and isinstance(values[0], int):
            self.cookie = values[0]
        if not self.wanted:
            self._release()  # the hold ended before the answer came

    def _got_request(self, values: list[object]) -> None:
        self._asking -= 1
        if values and isinstance(values[0], str):
            self.request = values[0]
        if not self.wanted:
            self._release()

    def _failed(self, error: str) -> None:
        self._asking -= 1
        self._failures.append(error.split(":", maxsplit=1)[0])
        if self._asking == 0 and not self.held and not self._told:
            self._told = True
            self.unavailable.emit(
                self.tr(
                    "knotimer cannot keep the screen awake here (no screensaver service "
                    "answered); you may want to turn off screen blanking while you massage."
                )
            )
