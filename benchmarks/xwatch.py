"""A real X server for start-up figures: Xvfb, and a watcher that sees a window painted.

The watcher is the same for every program (a bare Qt window, GNOME Clocks, knotimer): it asks
the X server, through libX11, for the top-level windows and reads a row of pixels across the
middle of each. The root is black (``Xvfb -br``); a window counts as painted once most of that
row is no longer black, which is what a person would see.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import time
from pathlib import Path

IS_VIEWABLE = 2
Z_PIXMAP = 2
ALL_PLANES = ctypes.c_ulong(0xFFFFFFFF)
MIN_SIDE = 200  # Qt and GTK also keep tiny unmapped helper windows; those are not the window
PAINTED_SHARE = 0.6


class _Attributes(ctypes.Structure):
    """XWindowAttributes, as libX11 lays it out."""

    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("class_", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


def xvfb_available() -> bool:
    """Whether Xvfb and libX11 are here."""
    return shutil.which("Xvfb") is not None and ctypes.util.find_library("X11") is not None


class VirtualScreen:
    """An Xvfb server on a free display, black root, stopped by close()."""

    def __init__(self, size: str = "1280x800") -> None:
        self.display = ""
        for number in range(200, 260):  # the tests take theirs from 150
            if (
                not Path(f"/tmp/.X11-unix/X{number}").exists()
                and not Path(f"/tmp/.X{number}-lock").exists()
            ):
                self.display = f":{number}"
                break
        if not self.display:
            raise RuntimeError("no free X display for Xvfb")
        self._server = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", f"{size}x24", "-br", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        socket = Path(f"/tmp/.X11-unix/X{self.display[1:]}")
        deadline = time.monotonic() + 10
        while not socket.exists():
            if time.monotonic() > deadline or self._server.poll() is not None:
                self.close()
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.02)
        self.watcher = PaintWatcher(self.display)

    def close(self) -> None:
        """Stop the server."""
        watcher = getattr(self, "watcher", None)
        if watcher is not None:
            watcher.close()
        self._server.terminate()
        self._server.wait(timeout=10)


class PaintWatcher:
    """Polls one X display for a painted top-level window."""

    def __init__(self, display: str) -> None:
        x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XQueryTree.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
            ctypes.POINTER(ctypes.c_uint),
        ]
        x11.XGetWindowAttributes.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_Attributes),
        ]
        x11.XGetImage.restype = ctypes.c_void_p
        x11.XGetImage.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_ulong,
            ctypes.c_int,
        ]
        x11.XGetPixel.restype = ctypes.c_ulong
        x11.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        x11.XDestroyImage.argtypes = [ctypes.c_void_p]
        x11.XFree.argtypes = [ctypes.c_void_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        # A window that disappears between the query and the read must not end the watcher.
        self._handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(
            lambda _display, _event: 0
        )
        x11.XSetErrorHandler(self._handler)
        self._x11 = x11
        self._display = x11.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError(f"cannot open X display {display}")
        self._root = x11.XDefaultRootWindow(self._display)

    def painted(self) -> bool:
        """Whether a large mapped top-level window shows painted content now."""
        x11, display = self._x11, self._display
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        if not x11.XQueryTree(
            display,
            self._root,
            ctypes.byref(root),
            ctypes.byref(parent),
            ctypes.byref(children),
            ctypes.byref(count),
        ):
            return False
        try:
            windows = [children[i] for i in range(count.value)]
        finally:
            if children:
                x11.XFree(children)
        return any(self._shows_paint(window) for window in windows)

    def _shows_paint(self, window: int) -> bool:
        x11, display = self._x11, self._display
        attributes = _Attributes()
        if not x11.XGetWindowAttributes(display, window, ctypes.byref(attributes)):
            return False
        width, height = attributes.width, attributes.height
        if attributes.map_state != IS_VIEWABLE or min(width, height) < MIN_SIDE:
            return False
        image = x11.XGetImage(display, window, 0, height // 2, width, 1, ALL_PLANES, Z_PIXMAP)
        if not image:
            return False
        try:
            step = max(1, width // 64)
            samples = range(0, width, step)
            lit = sum(1 for x in samples if x11.XGetPixel(image, x, 0) & 0xFFFFFF)
        finally:
            x11.XDestroyImage(image)
        return lit >= PAINTED_SHARE * len(samples)

    def wait_painted(self, process: subprocess.Popen[bytes], timeout_s: float = 30) -> float:
        """time.monotonic() when the process's window was first seen painted."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.painted():
                return time.monotonic()
            if process.poll() is not None:
                raise RuntimeError(f"{process.args} exited {process.returncode} before painting")
            time.sleep(0.002)
        raise RuntimeError(f"{process.args} showed no painted window in {timeout_s:g} s")

    def wait_clear(self, timeout_s: float = 10) -> None:
        """Wait until no painted window is left (the last program's window has gone)."""
        deadline = time.monotonic() + timeout_s
        while self.painted() and time.monotonic() < deadline:
            time.sleep(0.01)

    def close(self) -> None:
        """Close the connection."""
        if self._display:
            self._x11.XCloseDisplay(self._display)
            self._display = None


def x_env(env: dict[str, str], display: str) -> dict[str, str]:
    """The environment for a program on that display (Qt on xcb, GTK on X11)."""
    child = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "GDK_BACKEND": "x11"}
    child.pop("WAYLAND_DISPLAY", None)
    return child


def pid_alive(pid: int) -> bool:
    """Whether the process exists."""
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True
