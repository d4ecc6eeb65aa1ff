"""The first frame's cache: one PNG of the calves and the ready dial, and where they sat.

The file lives in the user's cache folder, mode 0600, written whole (see privatefile); a
link, a pipe, a folder, someone else's file, a damaged or foreign one is ignored, and
half-written ones a killed start left are removed at the next save.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QPoint,
    QRect,
    QSize,
    QStandardPaths,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from knotimer.core.privatefile import replacing

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
    calves_px: QSize = field(
        default_factory=QSize
    )  # the calves' picture in device pixels (at the top)
    dial_px: QSize = field(default_factory=QSize)  # the dial's picture in device pixels (below it)

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
                "pixels": [
                    self.calves_px.width(),
                    self.calves_px.height(),
                    self.dial_px.width(),
                    self.dial_px.height(),
                ],
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
            cw, ch, dw, dh = (int(n) for n in data["pixels"])
        except (ValueError, TypeError, KeyError):
            return None
        inside = QRect(0, 0, w, h)
        if not (0 < ratio <= 8 and inside.contains(drawing) and inside.contains(dial)):
            return None
        if drawing.isEmpty() or dial.isEmpty() or not isinstance(dark, bool):
            return None
        calves_px, dial_px = QSize(cw, ch), QSize(dw, dh)
        if calves_px.isEmpty() or dial_px.isEmpty():
            return None
        return FrameLayout(QSize(w, h), ratio, drawing, dial, ready_s, dark, calves_px, dial_px)


@dataclass(frozen=True)
class CachedFrame:
    """A first frame: where things sit, and one picture of the calves above the ready dial.

    One picture, drawn from in two parts: decoding the file makes no copies of its parts.
    """

    layout: FrameLayout
    picture: QPixmap  # device pixels, at the layout's ratio

    @staticmethod
    def of(layout: FrameLayout, calves: QPixmap, dial: QPixmap) -> CachedFrame:
        """Both pictures in one, the dial's below the calves'."""
        top, bottom = calves.toImage(), dial.toImage()
        for part in (top, bottom):
            part.setDevicePixelRatio(1.0)
        image = QImage(
            max(top.width(), bottom.width()),
            top.height() + bottom.height(),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(QColor(0, 0, 0, 0))
        with QPainter(image) as painter:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.drawImage(0, 0, top)
            painter.drawImage(0, top.height(), bottom)
        picture = QPixmap.fromImage(image)
        picture.setDevicePixelRatio(layout.ratio)
        return CachedFrame(replace(layout, calves_px=top.size(), dial_px=bottom.size()), picture)

    def calves_source(self) -> QRect:
        """Where the calves are in :attr:`picture`, in device pixels."""
        return QRect(QPoint(0, 0), self.layout.calves_px)

    def dial_source(self) -> QRect:
        """Where the ready dial is in :attr:`picture`, in device pixels."""
        return QRect(QPoint(0, self.layout.calves_px.height()), self.layout.dial_px)

    def part(self, source: QRect) -> QPixmap:
        """One part as a picture of its own (to look at it: painting draws from the whole)."""
        copied = self.picture.copy(source)
        copied.setDevicePixelRatio(self.layout.ratio)
        return copied


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
    calves, dial = layout.calves_px, layout.dial_px
    width, height = max(calves.width(), dial.width()), calves.height() + dial.height()
    if (image.width(), image.height()) != (width, height):
        return None
    picture = QPixmap.fromImage(image)
    picture.setDevicePixelRatio(layout.ratio)
    return CachedFrame(layout, picture)


def save_frame(frame: CachedFrame, path: Path | None = None) -> bool:
    """Keep the frame for the next start; False if it could not be (a cache: nothing lost)."""
    target = path or frame_path()
    image = frame.picture.toImage()
    image.setDevicePixelRatio(1.0)
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
