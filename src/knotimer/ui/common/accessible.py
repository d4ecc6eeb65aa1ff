"""For screen readers: real roles for custom-painted widgets, and the countdown's milestones."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from knotimer.app.holdclock import HoldClock
from knotimer.core.holdtimer import HoldResult, Outcome

# Qt deletes an interface with its widget; Python must not delete it first.
_interfaces: list[QAccessibleInterface] = []
_roles: dict[type[QWidget], QAccessible.Role] = {}


class _WithRole(QAccessibleWidget):
    """A widget's usual accessible interface, with a role that says what it is."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)


def _factory(_key: str, target: QObject) -> QAccessibleInterface | None:
    for kind, role in _roles.items():
        if isinstance(target, kind):
            interface = _WithRole(target, role)
            _interfaces.append(interface)
            return interface
    return None


def install_roles(roles: dict[type[QWidget], QAccessible.Role]) -> None:
    """Give widgets of these classes these roles (instead of Qt's 'filler' for QWidget)."""
    if not _roles:
        QAccessible.installFactory(_factory)
    _roles.update(roles)


class Announcer(QObject):
    """Says the hold's milestones to screen readers: started, ten seconds left, release.

    Never every second: a screen reader reads the countdown's name when asked.
    """

    announced = Signal(str)

    def __init__(
        self, hold: HoldClock, target: Callable[[], QWidget], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._hold = hold
        self._target = target
        hold.started.connect(self._started)
        hold.secondsLeft.connect(self._seconds_left)
        hold.ending.connect(self._ending)

    def announce(self, text: str, *, assertive: bool = False) -> None:
        """One announcement from the countdown (QAccessibleAnnouncementEvent)."""
        event = QAccessibleAnnouncementEvent(self._target(), text)
        if assertive:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text)

    @Slot()
    def _started(self) -> None:
        self.announce(
            QCoreApplication.translate("Announcer", "Hold started: {n} seconds").format(
                n=round(self._hold.core.planned_s)
            )
        )

    @Slot(int)
    def _seconds_left(self, seconds: int) -> None:
        if seconds == 10:
            self.announce(QCoreApplication.translate("Announcer", "Ten seconds left"))

    @Slot(object)
    def _ending(self, result: HoldResult) -> None:
        if result.outcome is Outcome.COMPLETED:
            self.announce(
                QCoreApplication.translate("Announcer", "Release: the hold is complete"),
                assertive=True,
            )
