"""SIGTERM, SIGINT, SIGHUP, SIGQUIT and logout: record a running hold as interrupted, quit."""

from __future__ import annotations

import signal
import socket
import sys
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Slot
from PySide6.QtGui import QGuiApplication, QSessionManager

HANDLED_SIGNALS = tuple(
    getattr(signal, name)
    for name in ("SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT")
    if hasattr(signal, name)
)
EXIT_UNSAVED = 1


def _leave_to_the_notifier(signum: int, frame: FrameType | None) -> None:
    """The Python-level handler does nothing: the wake-up byte reaches the event loop."""


class ShutdownGuard(QObject):
    """Turns a termination signal or a logout into an orderly end with every hold recorded.

    A signal's number is written by Python's C-level handler to a socket the Qt event
    loop watches (signal.set_wakeup_fd), so it is handled promptly even while Qt waits.
    ``finish`` records a running hold and saves what waits; it returns True if all is saved.
    """

    def __init__(
        self, app: QGuiApplication, finish: Callable[[], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._finish = finish
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._old_wakeup = signal.set_wakeup_fd(self._writer.fileno())
        self._old_handlers = {
            signum: signal.signal(signum, _leave_to_the_notifier) for signum in HANDLED_SIGNALS
        }
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._signalled)
        app.commitDataRequest.connect(self._logging_out)
        app.aboutToQuit.connect(self._quitting)

    def uninstall(self) -> None:
        """Give the signals back to what handled them before (tests start many windows)."""
        self._notifier.setEnabled(False)
        for signum, handler in self._old_handlers.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(self._old_wakeup)
        self._app.commitDataRequest.disconnect(self._logging_out)
        self._app.aboutToQuit.disconnect(self._quitting)
        self._reader.close()
        self._writer.close()

    @Slot()
    def _signalled(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        self.received.extend(data)
        saved = self._finish()
        if not saved:
            print(
                "knotimer: "
                + QCoreApplication.translate(
                    "ShutdownGuard", "stopped by a signal, but some holds could not be saved"
                ),
                file=sys.stderr,
            )
        self._app.exit(0 if saved else EXIT_UNSAVED)

    @Slot(QSessionManager)
    def _logging_out(self, manager: QSessionManager) -> None:
        # The session is ending: record the hold now; the logout itself is not held up.
        self._finish()

    @Slot()
    def _quitting(self) -> None:
        self._finish()
