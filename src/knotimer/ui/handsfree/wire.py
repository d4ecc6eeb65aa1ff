"""A small D-Bus client on libdbus, for the calls whose types PySide6's QtDBus cannot write.

PySide6 turns every Python int into a D-Bus int32 (or int16 through QDBusArgument), and it
cannot write an array of structures; Notify, Inhibit and the portals need uint32 and
a(sa{sv}). libdbus is the library QtDBus itself loads, so it is there wherever D-Bus is.
Messages are written by an explicit signature; replies and signals are read on Qt's event
loop through a socket notifier, never by blocking.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal, Slot

from knotimer.ui.handsfree.libdbus import (
    SIMPLE,
    TEXT,
    Basic,
    DBusError,
    Variant,
    basic_value,
    guess_signature,
    load_library,
    new_iter,
    split_types,
)

__all__ = ["Message", "Variant", "Wire"]
_RETURN, _ERROR, _SIGNAL = 2, 3, 4


@dataclass(frozen=True)
class Message:
    """A signal or reply read from the bus."""

    path: str
    interface: str
    member: str
    sender: str
    args: list[Any]


class Wire(QObject):
    """One private connection to the session bus: calls by signature, replies and signals."""

    signalReceived = Signal(object)  # a Message

    def __init__(self, lib: ctypes.CDLL, connection: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lib, self._conn = lib, connection
        self._waiting: dict[int, tuple[Callable[[list[Any]], None], Callable[[str], None]]] = {}
        self._keep: list[object] = []  # text buffers alive until a message is written
        fd = ctypes.c_int(-1)
        lib.dbus_connection_get_unix_fd(connection, ctypes.byref(fd))
        self._notifier = QSocketNotifier(fd.value, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        self.unique_name = (lib.dbus_bus_get_unique_name(connection) or b"").decode()

    @classmethod
    def session(cls, parent: QObject | None = None) -> tuple[Wire | None, str]:
        """A connection to the session bus, or None and the reason there is none."""
        lib = load_library()
        if lib is None:
            return None, "libdbus-1 is not installed"
        error = DBusError()
        lib.dbus_error_init(ctypes.byref(error))
        connection = lib.dbus_bus_get_private(0, ctypes.byref(error))
        if not connection:
            reason = (error.message or b"no session bus").decode(errors="replace")
            lib.dbus_error_free(ctypes.byref(error))
            return None, reason
        lib.dbus_connection_set_exit_on_disconnect(connection, 0)
        return cls(lib, connection, parent), ""

    def call(
        self,
        target: tuple[str, str, str, str],
        signature: str = "",
        args: tuple[object, ...] | list[object] = (),
        *,
        reply: Callable[[list[Any]], None] | None = None,
        error: Callable[[str], None] | None = None,
    ) -> bool:
        """Call ``(service, path, interface, method)`` with ``args`` typed by ``signature``.

        ``reply`` gets the answer's values, ``error`` the error's name and text, later.
        """
        lib = self._lib
        message = lib.dbus_message_new_method_call(*(part.encode() for part in target))
        if not message:
            return False
        try:
            it = new_iter()
            lib.dbus_message_iter_init_append(message, it)
            for kind, value in zip(split_types(signature), args, strict=True):
                self._write(it, kind, value)
            serial = ctypes.c_uint32(0)
            if not lib.dbus_connection_send(self._conn, message, ctypes.byref(serial)):
                return False
        finally:
            lib.dbus_message_unref(message)
            self._keep.clear()
        lib.dbus_connection_flush(self._conn)
        self._waiting[serial.value] = (reply or (lambda _a: None), error or (lambda _e: None))
        return True

    def add_match(self, rule: str) -> None:
        """Receive the signals that match ``rule`` (signalReceived)."""
        bus = ("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus")
        self.call((*bus, "AddMatch"), "s", [rule])

    def close(self) -> None:
        """Close the connection (what it inhibited or registered ends with it)."""
        if self._conn:
            self._notifier.setEnabled(False)
            self._lib.dbus_connection_close(self._conn)
            self._lib.dbus_connection_unref(self._conn)
            self._conn = 0

    # -- writing -------------------------------------------------------------------
    def _write(self, it: ctypes.Array[ctypes.c_char], kind: str, value: object) -> None:
        lib = self._lib
        code = ord(kind[0])
        if kind in SIMPLE:
            box = SIMPLE[kind](int(bool(value)) if kind == "b" else value)
            lib.dbus_message_iter_append_basic(it, code, ctypes.byref(box))
        elif kind in TEXT:
            text = ctypes.c_char_p(str(value).encode())
            self._keep.append(text)
            lib.dbus_message_iter_append_basic(it, code, ctypes.byref(text))
        elif kind == "v":
            inner = guess_signature(value)
            plain = value.value if isinstance(value, Variant) else value
            self._container(it, ord("v"), inner, [(inner, plain)])
        elif kind[0] == "(":
            fields = split_types(kind[1:-1])
            self._container(it, ord("r"), None, list(zip(fields, value, strict=True)))  # type: ignore[call-overload]
        elif kind.startswith("a{"):
            key, val = split_types(kind[2:-1])
            entries = [(f"{{{key}{val}}}", item) for item in dict(value).items()]  # type: ignore[call-overload]
            self._container(it, ord("a"), kind[1:], entries)
        else:
            self._container(it, ord("a"), kind[1:], [(kind[1:], item) for item in value])  # type: ignore[attr-defined]

    def _container(
        self,
        it: ctypes.Array[ctypes.c_char],
        code: int,
        contained: str | None,
        items: list[tuple[str, Any]],
    ) -> None:
        lib = self._lib
        sub = new_iter()
        lib.dbus_message_iter_open_container(
            it, code, contained.encode() if contained else None, sub
        )
        for kind, value in items:
            if kind.startswith("{"):
                entry = new_iter()
                lib.dbus_message_iter_open_container(sub, ord("e"), None, entry)
                key, val = split_types(kind[1:-1])
                self._write(entry, key, value[0])
                self._write(entry, val, value[1])
                lib.dbus_message_iter_close_container(sub, entry)
            else:
                self._write(sub, kind, value)
        lib.dbus_message_iter_close_container(it, sub)

    # -- reading -------------------------------------------------------------------
    @Slot()
    def _readable(self) -> None:
        lib = self._lib
        if not self._conn or not lib.dbus_connection_read_write(self._conn, 0):
            self._notifier.setEnabled(False)  # the bus went away
            return
        while self._conn and (message := lib.dbus_connection_pop_message(self._conn)):
            try:
                self._handle(message)
            finally:
                lib.dbus_message_unref(message)

    def _handle(self, message: int) -> None:
        lib = self._lib
        kind = lib.dbus_message_get_type(message)
        args = self._read_all(message)
        if kind in (_RETURN, _ERROR):
            waiting = self._waiting.pop(lib.dbus_message_get_reply_serial(message), None)
            if waiting is None:
                return
            if kind == _RETURN:
                waiting[0](args)
            else:
                name = (lib.dbus_message_get_error_name(message) or b"").decode()
                waiting[1](f"{name}: {args[0]}" if args and isinstance(args[0], str) else name)
        elif kind == _SIGNAL:
            text = [
                (getter(message) or b"").decode()
                for getter in (
                    lib.dbus_message_get_path,
                    lib.dbus_message_get_interface,
                    lib.dbus_message_get_member,
                    lib.dbus_message_get_sender,
                )
            ]
            path, interface, member, sender = text
            self.signalReceived.emit(Message(path, interface, member, sender, args))

    def _read_all(self, message: int) -> list[Any]:
        it = new_iter()
        if not self._lib.dbus_message_iter_init(message, it):
            return []
        return self._read_items(it)

    def _read_items(self, it: ctypes.Array[ctypes.c_char]) -> list[Any]:
        values = []
        while self._lib.dbus_message_iter_get_arg_type(it) != 0:
            values.append(self._read(it))
            self._lib.dbus_message_iter_next(it)
        return values

    def _read(self, it: ctypes.Array[ctypes.c_char]) -> Any:
        lib = self._lib
        kind = chr(lib.dbus_message_iter_get_arg_type(it))
        if kind in SIMPLE or kind in TEXT:
            box = Basic()
            lib.dbus_message_iter_get_basic(it, ctypes.byref(box))
            return basic_value(kind, box)
        sub = new_iter()
        lib.dbus_message_iter_recurse(it, sub)
        items = self._read_items(sub)
        if kind == "v":
            return items[0] if items else None
        if kind == "a" and chr(lib.dbus_message_iter_get_element_type(it)) == "e":
            return dict(items)
        return tuple(items) if kind in "re" else items
