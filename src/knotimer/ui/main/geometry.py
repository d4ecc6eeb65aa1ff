"""Where the main window opens: its remembered size and place, always within its screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_SPLITTER = "window/splitter"
DEFAULT_SIZE = QSize(1100, 760)
SCREEN_SHARE = 0.92  # a new window takes at most this much of the screen
LARGE_SHARE = 0.8  # and on a large screen this much


def available_area(window: QWidget) -> QRect:
    """The part of the window's screen that windows may use (without panels and docks)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def restore_geometry(window: QWidget, settings: QSettings) -> None:
    """The remembered size and place, or a good default, always within the screen."""
    area = available_area(window)
    # A new window: 1100 x 760 on an ordinary screen, four fifths of a large one.
    width = min(
        max(DEFAULT_SIZE.width(), round(area.width() * LARGE_SHARE)),
        round(area.width() * SCREEN_SHARE),
    )
    height = min(
        max(DEFAULT_SIZE.height(), round(area.height() * LARGE_SHARE)),
        round(area.height() * SCREEN_SHARE),
    )
    window.resize(width, height)
    saved = settings.value(SETTINGS_GEOMETRY)
    if isinstance(saved, QByteArray):
        window.restoreGeometry(saved)
    clamp_to(window, area)


def clamp_to(window: QWidget, area: QRect) -> None:
    """Shrink and move the window so that all of it is inside ``area``."""
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 100), max(height, 100))
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.top()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
