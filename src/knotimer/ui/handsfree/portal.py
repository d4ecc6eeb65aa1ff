"""Shortcuts from anywhere through the XDG GlobalShortcuts portal, where the desktop has it."""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QObject, Signal, Slot

from knotimer.ui.handsfree.wire import Message, Wire

DESKTOP = ("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop")
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
HOLD, AGAIN = "hold", "hold-again"
# Only keys nobody types with are suggested as triggers: a global Space or letter would
# be taken from every other program. The desktop lets the user choose in any case.
_SUGGESTABLE = re.compile(r"^(F([1-9]|[12][0-9]|3[0-5])|Media\w*|Pause|ScrollLock)$", re.IGNORECASE)
_tokens = itertools.count(1)


def portal_trigger(key_name: str) -> str | None:
    """The hold key as the portal's preferred trigger ('F13' stays 'F13'), or None."""
    return key_name if _SUGGESTABLE.match(key_name) else None


class GlobalShortcuts(QObject):
    """Binds 'hold' and 'hold again'; reports their presses and releases.

    ``pressed``/``released`` carry the shortcut's id. ``unavailable`` says, once, that this
    desktop offers no such portal; ``bound`` lists the shortcuts the desktop accepted.
    """

    pressed = Signal(str)
    released = Signal(str)
    bound = Signal(list)
    unavailable = Signal(str)

    def __init__(self, wire: Wire | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wire = wire
        self.session_handle: str | None = None
        self._expected: dict[str, str] = {}  # request path -> what its Response answers
        self._key_name = ""
        if wire is not None:
            wire.add_match(f"type='signal',interface='{REQUEST}',member='Response'")
            wire.add_match(f"type='signal',interface='{SHORTCUTS}'")
            wire.signalReceived.connect(self._signal)

    def start(self, key_name: str) -> None:
        """Ask the portal for a session, then bind the shortcuts (the hold key suggested)."""
        self._key_name = key_name
        if self._wire is None:
            self._no_portal("no session bus")
            return
        session_token = f"knotimer{next(_tokens)}"
        self._wire.call(
            (*DESKTOP, SHORTCUTS, "CreateSession"),
            "a{sv}",
            [{"handle_token": self._token("session"), "session_handle_token": session_token}],
            error=self._no_portal,
        )

    def _token(self, purpose: str) -> str:
        """A fresh handle_token, whose request path is known before the call returns."""
        assert self._wire is not None
        token = f"knotimer_{purpose}{next(_tokens)}"
        sender = self._wire.unique_name.lstrip(":").replace(".", "_")
        self._expected[f"{DESKTOP[1]}/request/{sender}/{token}"] = purpose
        return token

    def _bind(self) -> None:
        assert self._wire is not None
        hold = {"description": self.tr("Hold the selected spot (press-and-hold: keep it down)")}
        trigger = portal_trigger(self._key_name)
        if trigger:
            hold["preferred_trigger"] = trigger
        again = {"description": self.tr("Hold the last spot again")}
        self._wire.call(
            (*DESKTOP, SHORTCUTS, "BindShortcuts"),
            "oa(sa{sv})sa{sv}",
            [
                self.session_handle,
                [(HOLD, hold), (AGAIN, again)],
                "",
                {"handle_token": self._token("bind")},
            ],
            error=self._no_portal,
        )

    def _no_portal(self, reason: str) -> None:
        self.unavailable.emit(
            self.tr(
                "This desktop offers no shortcuts from anywhere ({reason}): the play/pause "
                "media key starts and pauses a hold while a spot is selected, even when "
                "knotimer is in the background."
            ).format(reason=reason.split(":", maxsplit=1)[0])
        )

    @Slot(object)
    def _signal(self, message: Message) -> None:
        if message.interface == REQUEST and message.member == "Response":
            purpose = self._expected.pop(message.path, None)
            if purpose is None or len(message.args) < 2:
                return
            response, results = message.args[0], message.args[1]
            if response != 0:
                self._no_portal(self.tr("the request was refused"))
            elif purpose == "session":
                self.session_handle = str(results.get("session_handle", ""))
                self._bind()
            elif purpose == "bind":
                self.bound.emit([item[0] for item in results.get("shortcuts", [])])
        elif message.interface == SHORTCUTS and len(message.args) > 1:
            if message.args[0] != self.session_handle:
                return
            if message.member == "Activated":
                self.pressed.emit(message.args[1])
            elif message.member == "Deactivated":
                self.released.emit(message.args[1])
