"""Render knotimer.svg to the PNG app icons (16-256 px) that desktops look up by size.

The PNGs are committed beside this script; run it again after changing the SVG:
``QT_QPA_PLATFORM=offscreen .venv/bin/python assets/icons/make_icons.py``.
Each size is rendered straight from the vector drawing, not scaled from a bigger PNG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    """The file name of one rendered size, e.g. ``knotimer-48.png``."""
    return f"knotimer-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon as a square, transparent, antialiased image of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    with QPainter(image) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
    return image


def main() -> int:
    """Write knotimer-<size>.png for every size beside this script; 1 if the SVG is unreadable."""
    here = Path(__file__).resolve().parent
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # fonts, image plugins
    renderer = QSvgRenderer(QByteArray((here / "knotimer.svg").read_bytes()))
    if not renderer.isValid():
        print("make_icons: knotimer.svg could not be read", file=sys.stderr)
        return 1
    for size in SIZES:
        target = here / png_name(size)
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"make_icons: could not write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
