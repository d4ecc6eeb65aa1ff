"""The window's first frame: the calves and the dial where they will be, while the rest is built.

At close the window leaves a picture of the calves and of its ready dial, and where they
sat, in one PNG file in the user's cache folder. The next start paints that frame at once,
two pictures and no drawing (not even the dial: its module and Qt's ``Qt`` namespace load
after the frame), and builds the rest of the window behind it; the window then lays itself
out at the same size the same way, so nothing moves. A missing, damaged, foreign or
mismatched cache is ignored: the window is then built in full before it is shown, as on a
first start.
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

if TYPE_CHECKING:
    from knotimer.ui.common.countdown import CountdownDisplay
    from knotimer.ui.main.window import MainWindow

FRAME_FILE = "first-frame.png"
FRAME_KEY = "knotimer-first-frame"
LANGUAGE_KEY = "knotimer-language"  # the picture's words ('Left', 'Links') are in this language
FRAME_VERSION = 2  # 2: the ready dial's picture too, its length and the theme
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
    ready_s: int = 20  # the hold length the dial's picture shows
    dark: bool = False  # painted in the dark theme

    def as_text(self) -> str:
        """The layout as the JSON kept inside the PNG."""
        return json.dumps(
            {
                "version": FRAME_VERSION,
                "central": [self.central.width(), self.central.height()],
                "ratio": self.ratio,
                "drawing": _numbers(self.drawing),
                "dial": _numbers(self.dial),
                "ready_s": self.ready_s,
                "dark": self.dark,
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
            ready_s, dark = int(data["ready_s"]), data["dark"]
        except (ValueError, TypeError, KeyError):
            return None
        inside = QRect(0, 0, w, h)
        if not (0 < ratio <= 8 and inside.contains(drawing) and inside.contains(dial)):
            return None
        if drawing.isEmpty() or dial.isEmpty() or not isinstance(dark, bool):
            return None
        return FrameLayout(QSize(w, h), ratio, drawing, dial, ready_s, dark)


@dataclass(frozen=True)
class CachedFrame:
    """A first frame: where things sit, the calves' picture and the ready dial's."""

    layout: FrameLayout
    calves: QPixmap
    dial: QPixmap

    def picture(self) -> QImage:
        """Both pictures in one image, the dial's below the calves', in device pixels."""
        calves, dial = self.calves.toImage(), self.dial.toImage()
        for part in (calves, dial):
            part.setDevicePixelRatio(1.0)
        width = max(calves.width(), dial.width())
        image = QImage(width, calves.height() + dial.height(), QImage.Format.Format_ARGB32)
        image.fill(0)
        with QPainter(image) as painter:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.drawImage(0, 0, calves)
            painter.drawImage(0, calves.height(), dial)
        return image

    @staticmethod
    def from_picture(layout: FrameLayout, image: QImage) -> CachedFrame | None:
        """The frame :meth:`picture` made, if the image has the sizes the layout says."""
        calves = layout.drawing.size() * layout.ratio
        dial = layout.dial.size() * layout.ratio
        width, height = max(calves.width(), dial.width()), calves.height() + dial.height()
        if abs(image.width() - width) > 1 or abs(image.height() - height) > 2:
            return None
        parts = []
        for rect in (QRect(QPoint(0, 0), calves), QRect(QPoint(0, calves.height()), dial)):
            part = QPixmap.fromImage(image.copy(rect))
            part.setDevicePixelRatio(layout.ratio)
            parts.append(part)
        return CachedFrame(layout, *parts)


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


def load_frame(path: Path | None = None) -> CachedFrame | None:
    """The cached frame, or None if there is no usable one."""
    data = _read_regular(path or frame_path())
    if not data:
        return None
    image = QImage.fromData(data, "PNG")  # type: ignore[arg-type]  # str at runtime
    if image.isNull():
        return None
    layout = FrameLayout.from_text(image.text(FRAME_KEY))
    if layout is None or image.text(LANGUAGE_KEY) != QLocale().name():
        return None
    return CachedFrame.from_picture(layout, image)


def save_frame(frame: CachedFrame, path: Path | None = None) -> bool:
    """Keep the frame for the next start; False if it could not be (a cache: nothing lost)."""
    target = path or frame_path()
    image = frame.picture()
    image.setText(FRAME_KEY, frame.layout.as_text())
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


def frame_of(window: MainWindow) -> CachedFrame | None:
    """The window's frame as it is laid out now, to be shown first at the next start."""
    from knotimer.ui.common.countdown import CountdownDisplay, DialFace

    central = window.centralWidget()
    if central is None or not window.attached:
        return None
    rect, picture = window.diagram.drawing_picture()
    drawing = rect.toRect().translated(window.diagram.mapTo(central, QPoint(0, 0)))
    dial = window.panel.countdown
    length_s = window.session.length_s
    layout = FrameLayout(
        central.size(),
        window.devicePixelRatioF(),
        QRect(drawing.topLeft(), picture.deviceIndependentSize().toSize()),
        QRect(dial.mapTo(central, QPoint(0, 0)), dial.size()),
        length_s,
        is_dark(window.palette()),
    )
    inside = central.rect()
    if picture.isNull() or not inside.contains(layout.drawing) or not inside.contains(layout.dial):
        return None
    ready = CountdownDisplay(central)  # the dial as the next start shows it: ready, this long
    try:
        ready.setVisible(False)
        ready.resize(dial.size())
        ready.show_face(DialFace.ready(length_s))
        return CachedFrame(layout, picture, ready.grab())
    finally:
        ready.setParent(None)
        ready.deleteLater()


def is_dark(palette: QPalette) -> bool:
    """Whether a palette is a dark theme's (its window colour is dark)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class FirstFrame(QWidget):
    """The central area before the window is built: the cached calves and ready dial.

    Both are pictures when the cached dial shows this start's hold length in this theme;
    else the dial is drawn (its module loads then). Nothing shows at another size, and only
    the background in another theme.
    """

    painted = Signal()  # the frame is on the screen (once)

    def __init__(self, frame: CachedFrame, length_s: int, dark: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.layout_shown = frame.layout
        self.setAutoFillBackground(True)  # not fillRect: its overloads make Qt's enums
        self._calves = frame.calves
        self._same_theme = dark == frame.layout.dark
        same_dial = self._same_theme and length_s == frame.layout.ready_s
        self._dial_picture = frame.dial if same_dial else None
        self.dial: CountdownDisplay | None = None  # drawn only when the picture will not do
        if self._dial_picture is None:
            from knotimer.ui.common.countdown import CountdownDisplay, DialFace

            self.dial = CountdownDisplay(self)
            self.dial.setGeometry(frame.layout.dial)
            self.dial.show_face(DialFace.ready(length_s))
        self._told = False

    @property
    def dial_is_picture(self) -> bool:
        """The cached picture of the ready dial is shown (nothing drawn for it)."""
        return self._dial_picture is not None

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The dial only where the cached layout holds."""
        super().resizeEvent(event)
        if self.dial is not None:
            self.dial.setVisible(self.matches())

    def matches(self) -> bool:
        """True while the area has the size and theme the frame was cached at."""
        return self._same_theme and self.size() == self.layout_shown.central

    def paintEvent(self, event: QPaintEvent) -> None:
        """The window's background, and the calves and dial if size and theme are the same."""
        with QPainter(self) as painter:  # the background is filled by Qt (autoFillBackground)
            if self.matches():
                painter.drawPixmap(self.layout_shown.drawing.topLeft(), self._calves)
                if self._dial_picture is not None:
                    painter.drawPixmap(self.layout_shown.dial.topLeft(), self._dial_picture)
        if not self._told:
            self._told = True
            QTimer.singleShot(0, self, self.painted.emit)  # once this paint is flushed
