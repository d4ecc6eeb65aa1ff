"""The window's first frame: the calves and the dial where they will be, while the rest is built.

At close the window leaves a picture of the calves and where they and the dial sat, in one
PNG file in the user's cache folder. The next start shows that frame at once and builds the
rest of the window behind it; the window then lays itself out at the same size the same
way, so nothing moves. A missing, damaged, foreign or mismatched cache is ignored: the
window is then built in full before it is shown, as on a first start.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QPoint,
    QRect,
    QSize,
    QStandardPaths,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QWidget

from knotimer.core.privatefile import replacing
from knotimer.ui.common.countdown import CountdownDisplay, DialFace

if TYPE_CHECKING:
    from knotimer.ui.main.window import MainWindow

FRAME_FILE = "first-frame.png"
FRAME_KEY = "knotimer-first-frame"
LANGUAGE_KEY = "knotimer-language"  # the picture's words ('Left', 'Links') are in this language
FRAME_VERSION = 1
MAX_FRAME_BYTES = 16 * 2**20  # a frame at 4K and ratio 2 is about 6 MiB


def _numbers(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


@dataclass(frozen=True)
class FrameLayout:
    """Where the calves and the dial sit in the window's central area of this size."""

    central: QSize
    ratio: float
    drawing: QRect
    dial: QRect

    def as_text(self) -> str:
        """The layout as the JSON kept inside the PNG."""
        return json.dumps(
            {
                "version": FRAME_VERSION,
                "central": [self.central.width(), self.central.height()],
                "ratio": self.ratio,
                "drawing": _numbers(self.drawing),
                "dial": _numbers(self.dial),
            }
        )

    @staticmethod
    def from_text(text: str) -> FrameLayout | None:
        """The layout written by :meth:`as_text`; None for anything else."""
        try:
            data = json.loads(text)
            if data["version"] != FRAME_VERSION:
                return None
            w, h = (int(n) for n in data["central"])
            drawing, dial = (QRect(*(int(n) for n in data[key])) for key in ("drawing", "dial"))
            ratio = float(data["ratio"])
        except (ValueError, TypeError, KeyError):
            return None
        inside = QRect(0, 0, w, h)
        if not (0 < ratio <= 8 and inside.contains(drawing) and inside.contains(dial)):
            return None
        if drawing.isEmpty() or dial.isEmpty():
            return None
        return FrameLayout(QSize(w, h), ratio, drawing, dial)


def frame_path() -> Path:
    """The cached frame: in the user's cache folder (~/.cache/knotimer on Linux)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(folder) / FRAME_FILE


def _read_regular(path: Path) -> bytes | None:
    """The file's bytes if it is a plain file of ours and of a sane size; never follows links."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FRAME_BYTES:
            return None
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            return None  # someone else's file: not shown in our window
        with os.fdopen(os.dup(descriptor), "rb") as handle:
            return handle.read(MAX_FRAME_BYTES + 1)[:MAX_FRAME_BYTES]
    except OSError:
        return None
    finally:
        os.close(descriptor)


def load_frame(path: Path | None = None) -> tuple[FrameLayout, QPixmap] | None:
    """The cached layout and picture of the calves, or None if there is no usable one."""
    data = _read_regular(path or frame_path())
    if not data:
        return None
    image = QImage.fromData(data, "PNG")  # type: ignore[arg-type]  # str at runtime
    if image.isNull():
        return None
    layout = FrameLayout.from_text(image.text(FRAME_KEY))
    if layout is None or image.text(LANGUAGE_KEY) != QLocale().name():
        return None
    size = layout.drawing.size() * layout.ratio
    if abs(image.width() - size.width()) > 1 or abs(image.height() - size.height()) > 1:
        return None
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(layout.ratio)
    return layout, pixmap


def save_frame(layout: FrameLayout, picture: QPixmap, path: Path | None = None) -> bool:
    """Keep the frame for the next start; False if it could not be (a cache: nothing lost)."""
    target = path or frame_path()
    image = picture.toImage()
    image.setText(FRAME_KEY, layout.as_text())
    image.setText(LANGUAGE_KEY, QLocale().name())
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _remove_left_over_parts(target)
        with replacing(target) as pending:
            encoded = QByteArray()
            buffer = QBuffer(encoded)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            written = image.save(buffer, "PNG")  # type: ignore[call-overload]  # str at runtime
            if not written:
                raise OSError("the frame could not be encoded")
            view = memoryview(bytes(encoded.data()))
            while view:
                view = view[os.write(pending.fd, view) :]
        return True
    return False


def _remove_left_over_parts(target: Path) -> None:
    """Half-written frames of a start that was killed while saving: ours, plain files only."""
    for part in target.parent.glob(f".{target.name}.*.part"):
        with contextlib.suppress(OSError):
            info = part.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid():
                part.unlink()


def frame_of(window: MainWindow) -> tuple[FrameLayout, QPixmap] | None:
    """The window's frame as it is laid out now, to be shown first at the next start."""
    central = window.centralWidget()
    if central is None or not window.attached:
        return None
    rect, picture = window.diagram.drawing_picture()
    drawing = rect.toRect().translated(window.diagram.mapTo(central, QPoint(0, 0)))
    dial = window.panel.countdown
    layout = FrameLayout(
        central.size(),
        window.devicePixelRatioF(),
        QRect(drawing.topLeft(), picture.deviceIndependentSize().toSize()),
        QRect(dial.mapTo(central, QPoint(0, 0)), dial.size()),
    )
    inside = central.rect()
    if picture.isNull() or not inside.contains(layout.drawing) or not inside.contains(layout.dial):
        return None
    return layout, picture


class FirstFrame(QWidget):
    """The central area before the window is built: the cached calves and a ready dial."""

    painted = Signal()  # the frame is on the screen (once)

    def __init__(
        self, layout: FrameLayout, picture: QPixmap, face: DialFace, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.layout_shown = layout
        self._picture = picture
        self.dial = CountdownDisplay(self)
        self.dial.setGeometry(layout.dial)
        self.dial.show_face(face)
        self._told = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The dial only where the cached layout holds."""
        super().resizeEvent(event)
        self.dial.setVisible(self.matches())

    def matches(self) -> bool:
        """True while the area has the size the frame was cached at (else it shows nothing)."""
        return self.size() == self.layout_shown.central

    def paintEvent(self, event: QPaintEvent) -> None:
        """The window's background, and the calves if the size is the cached one."""
        with QPainter(self) as painter:
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
            if self.matches():
                painter.drawPixmap(self.layout_shown.drawing.topLeft(), self._picture)
        if not self._told:
            self._told = True
            QTimer.singleShot(0, self, self.painted.emit)  # once this paint is flushed
