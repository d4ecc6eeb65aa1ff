"""A desktop notification when a hold ends unseen, with 'Hold again' and 'Done'."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from knotimer.ui.handsfree.wire import Message, Variant, Wire

NOTIFICATIONS = (
    "org.freedesktop.Notifications",
    "/org/freedesktop/Notifications",
    "org.freedesktop.Notifications",
)
AGAIN, DONE = "hold-again", "done"


class EndNotice(QObject):
    """org.freedesktop.Notifications: one notice at a time, replaced by the next."""

    holdAgain = Signal()
    done = Signal()  # 'Done' chosen, or the notice dismissed: the end sound may stop
    unavailable = Signal(str)

    def __init__(self, wire: Wire | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wire = wire
        self.shown_id: int | None = None
        self._told = False
        if wire is not None:
            wire.add_match(f"type='signal',interface='{NOTIFICATIONS[2]}'")
            wire.signalReceived.connect(self._signal)

    def show(self, summary: str, body: str) -> None:
        """Show (or replace) the notice; tells once if no notification service answers."""
        if self._wire is None:
            return
        actions = [AGAIN, self.tr("Hold again"), DONE, self.tr("Done")]
        hints = {"desktop-entry": "knotimer", "urgency": Variant("y", 1)}
        self._wire.call(
            (*NOTIFICATIONS, "Notify"),
            "susssasa{sv}i",
            ["knotimer", self.shown_id or 0, "knotimer", summary, body, actions, hints, -1],
            reply=self._shown,
            error=self._failed,
        )

    def close(self) -> None:
        """Take the notice away (the user came back to the window)."""
        if self._wire is not None and self.shown_id is not None:
            self._wire.call((*NOTIFICATIONS, "CloseNotification"), "u", [self.shown_id])

    def _shown(self, values: list[object]) -> None:
        if values and isinstance(values[0], int):
            self.shown_id = values[0]

    def _failed(self, error: str) -> None:
        if not self._told:
            self._told = True
            self.unavailable.emit(
                self.tr("Desktop notifications are not available here ({reason}).").format(
                    reason=error.split(":", maxsplit=1)[0]
                )
            )

    @Slot(object)
    def _signal(self, message: Message) -> None:
        if message.interface != NOTIFICATIONS[2] or not message.args:
            return
        if message.args[0] != self.shown_id or self.shown_id is None:
            return
        if message.member == "ActionInvoked" and len(message.args) > 1:
            if message.args[1] == AGAIN:
                self.holdAgain.emit()
            self.done.emit()
        elif message.member == "NotificationClosed":
            self.shown_id = None
            self.done.emit()
