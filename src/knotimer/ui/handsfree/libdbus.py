"""libdbus through ctypes: loading it, D-Bus signatures, and the values of basic types."""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any, NamedTuple

ITER_BYTES = 128  # bytes: room for a DBusMessageIter (72 on 64-bit systems)
SIMPLE: dict[str, type[ctypes._SimpleCData[Any]]] = {
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
TEXT = "sog"


class Variant(NamedTuple):
    """A value with the D-Bus type it is to be sent as, e.g. Variant('u', 8)."""

    signature: str
    value: object


class DBusError(ctypes.Structure):
    """libdbus's DBusError: a name and a message."""

    _fields_ = (
        ("name", ctypes.c_char_p),
        ("message", ctypes.c_char_p),
        ("bits", ctypes.c_uint),
        ("padding", ctypes.c_void_p),
    )


class Basic(ctypes.Union):
    """Room for any basic value libdbus reads out (DBusBasicValue)."""

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


def load_library() -> ctypes.CDLL | None:
    """libdbus-1 with the functions used here declared; None where it is missing."""
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


def new_iter() -> ctypes.Array[ctypes.c_char]:
    """A zeroed DBusMessageIter."""
    return ctypes.create_string_buffer(ITER_BYTES)


def basic_value(kind: str, box: Basic) -> Any:
    """The Python value of a basic D-Bus value of type ``kind`` read into ``box``."""
    if kind in TEXT:
        return (box.text or b"").decode(errors="replace")
    fields = {"y": "u8", "b": "u32", "n": "i16", "q": "u16", "i": "i32", "u": "u32"}
    fields |= {"x": "i64", "t": "u64", "d": "dbl", "h": "i32"}
    value = getattr(box, fields[kind])
    return bool(value) if kind == "b" else value
