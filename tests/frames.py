"""A first frame for tests: a layout, and pictures of the calves (brown) and the dial (blue)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPixmap

from knotimer.ui.main.framecache import CachedFrame, FrameLayout

LAYOUT = FrameLayout(QSize(900, 600), 1.0, QRect(40, 40, 300, 500), QRect(500, 100, 300, 200))


DRAWING = QSize(300, 500)
FULL = QSize(300, 700)  # the calves' picture above the dial's, as the file holds them


def picture(size: QSize = DRAWING, colour: str = "#805030") -> QPixmap:
    image = QPixmap(size)
    image.fill(QColor(colour))
    return image


def cached(layout: FrameLayout = LAYOUT) -> CachedFrame:
    """Calves in brown, the dial in blue."""
    return CachedFrame.of(layout, picture(), picture(layout.dial.size(), "#203080"))
