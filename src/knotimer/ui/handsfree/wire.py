"""A small D-Bus client on libdbus, for the calls whose types PySide6's QtDBus cannot write.

PySide6 turns every Python int into a D-Bus int32 (or int16 through QDBusArgument), and it
cannot write an array of structures; Notify, Inhibit and the portals need uint32 and
a(sa{sv}). libdbus is the library QtDBus itself loads, so it is there wherever D-Bus is.
Messages are written by an explicit signature; replies and signals are read on Qt's event
loop through a socket notifier, never by blocking.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, QSocketNotifier, Signal, Slot

_ITER = 128  # bytes: room for a DBusMessageIter (72 on 64-bit systems)
_CALL, _RETURN, _ERROR, _SIGNAL = 1, 2, 3, 4
_SIMPLE: dict[str, type[ctypes._SimpleCData[Any]]] = {
    "y": ctypes.c_uint8,
    "b": ctypes.c_uint32,
    "n": ctypes.c_int16,
    "q": ctypes.c_uint16,
    "i": ctypes.c_int32,
    "u": ctypes.c_uint32,
    "x": ctypes.c_int64,
    "t": ctypes.c_uint64,
    "d": ctypes.c_double,
    "h": ctypes.c_int32,
}
_TEXT = "sog"


class Variant(NamedTuple):
    """A value with the D-Bus type it is to be sent as, e.g. Variant('u', 8)."""

    signature: str
    value: object


@dataclass(frozen=True)
class Message:
    """A signal or reply read from the bus."""

    path: str
    interface: str
    member: str
    sender: str
    args: list[Any]


class _Error(ctypes.Structure):
    _fields_ = (
        ("name", ctypes.c_char_p),
        ("message", ctypes.c_char_p),
        ("bits", ctypes.c_uint),
        ("padding", ctypes.c_void_p),
    )


class _Basic(ctypes.Union):
    _fields_ = (
        ("u64", ctypes.c_uint64),
        ("i64", ctypes.c_int64),
        ("dbl", ctypes.c_double),
        ("text", ctypes.c_char_p),
        ("i32", ctypes.c_int32),
        ("u32", ctypes.c_uint32),
        ("i16", ctypes.c_int16),
        ("u16", ctypes.c_uint16),
        ("u8", ctypes.c_uint8),
    )


def _library() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("dbus-1") or "libdbus-1.so.3"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    vp, cp, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    for fn, res, args in (
        ("dbus_bus_get_private", vp, (i, vp)),
        ("dbus_bus_get_unique_name", cp, (vp,)),
        ("dbus_connection_set_exit_on_disconnect", None, (vp, i)),
        ("dbus_connection_get_unix_fd", i, (vp, vp)),
        ("dbus_connection_send", i, (vp, vp, vp)),
        ("dbus_connection_flush", None, (vp,)),
        ("dbus_connection_read_write", i, (vp, i)),
        ("dbus_connection_pop_message", vp, (vp,)),
        ("dbus_connection_close", None, (vp,)),
        ("dbus_connection_unref", None, (vp,)),
        ("dbus_error_init", None, (vp,)),
        ("dbus_error_free", None, (vp,)),
        ("dbus_message_new_method_call", vp, (cp, cp, cp, cp)),
        ("dbus_message_unref", None, (vp,)),
        ("dbus_message_get_type", i, (vp,)),
        ("dbus_message_get_reply_serial", ctypes.c_uint32, (vp,)),
        ("dbus_message_get_path", cp, (vp,)),
        ("dbus_message_get_interface", cp, (vp,)),
        ("dbus_message_get_member", cp, (vp,)),
        ("dbus_message_get_sender", cp, (vp,)),
        ("dbus_message_get_error_name", cp, (vp,)),
        ("dbus_message_iter_init", i, (vp, vp)),
        ("dbus_message_iter_init_append", None, (vp, vp)),
        ("dbus_message_iter_append_basic", i, (vp, i, vp)),
        ("dbus_message_iter_open_container", i, (vp, i, cp, vp)),
        ("dbus_message_iter_close_container", i, (vp, vp)),
        ("dbus_message_iter_get_arg_type", i, (vp,)),
        ("dbus_message_iter_get_element_type", i, (vp,)),
        ("dbus_message_iter_get_basic", None, (vp, vp)),
        ("dbus_message_iter_recurse", None, (vp, vp)),
        ("dbus_message_iter_next", i, (vp,)),
    ):
        function = getattr(lib, fn)
        function.restype, function.argtypes = res, args
    return lib


def split_types(signature: str) -> list[str]:
    """'sa{sv}(ii)' -> ['s', 'a{sv}', '(ii)']: the complete types of a signature."""
    types, start = [], 0
    while start < len(signature):
        end = start
        while signature[end] == "a":
            end += 1
        if signature[end] in "({":
            depth = 0
            for end in range(end, len(signature)):  # noqa: B020 - the scan goes on from here
                depth += {"(": 1, "{": 1, ")": -1, "}": -1}.get(signature[end], 0)
                if depth == 0:
                    break
        types.append(signature[start : end + 1])
        start = end + 1
    return types


def guess_signature(value: object) -> str:
    """The D-Bus type of a plain value inside an a{sv}: s, b, i, d, as, a{sv} or a Variant's."""
    if isinstance(value, Variant):
        return value.signature
    if isinstance(value, bool):
        return "b"
    if isinstance(value, int):
        return "i"
    if isinstance(value, float):
        return "d"
    if isinstance(value, dict):
        return "a{sv}"
    if isinstance(value, list | tuple):
        return "as"
    return "s"


def _new_iter() -> ctypes.Array[ctypes.c_char]:
    return ctypes.create_string_buffer(_ITER)


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
        lib = _library()
        if lib is None:
            return None, "libdbus-1 is not installed"
        error = _Error()
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
            it = _new_iter()
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
        if kind in _SIMPLE:
            box = _SIMPLE[kind](int(bool(value)) if kind == "b" else value)
            lib.dbus_message_iter_append_basic(it, code, ctypes.byref(box))
        elif kind in _TEXT:
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
        sub = _new_iter()
        lib.dbus_message_iter_open_container(
            it, code, contained.encode() if contained else None, sub
        )
        for kind, value in items:
            if kind.startswith("{"):
                entry = _new_iter()
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
        it = _new_iter()
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
        if kind in _SIMPLE or kind in _TEXT:
            box = _Basic()
            lib.dbus_message_iter_get_basic(it, ctypes.byref(box))
            return _basic_value(kind, box)
        sub = _new_iter()
        lib.dbus_message_iter_recurse(it, sub)
        items = self._read_items(sub)
        if kind == "v":
            return items[0] if items else None
        if kind == "a" and chr(lib.dbus_message_iter_get_element_type(it)) == "e":
            return dict(items)
        return tuple(items) if kind in "re" else items


def _basic_value(kind: str, box: _Basic) -> Any:
    if kind in _TEXT:
        return (box.text or b"").decode(errors="replace")
    fields = {"y": "u8", "b": "u32", "n": "i16", "q": "u16", "i": "i32", "u": "u32"}
    fields |= {"x": "i64", "t": "u64", "d": "dbl", "h": "i32"}
    value = getattr(box, fields[kind])
    return bool(value) if kind == "b" else value
