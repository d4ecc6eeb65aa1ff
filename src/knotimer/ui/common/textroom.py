"""Room kept for a label's longest text, so nothing below it moves when its text changes."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget


def keep_room(label: QLabel, texts: Iterable[str], width: int) -> None:
    """Make ``label`` exactly as tall as the tallest of ``texts`` wrapped at ``width`` px."""
    metrics = QFontMetrics(label.font())
    usable = max(50, width - 2 * label.margin() - label.contentsMargins().left() * 2)
    tallest = max(
        (
            metrics.boundingRect(
                0, 0, usable, 100_000, int(Qt.TextFlag.TextWordWrap), text
            ).height()
            for text in texts
        ),
        default=metrics.lineSpacing(),
    )
    height = tallest + 4 + 2 * label.margin()
    if label.minimumHeight() != height or label.maximumHeight() != height:
        label.setFixedHeight(height)


def settle(widget: QWidget) -> None:
    """Lay ``widget`` out now, hidden or not, so its size hint counts where it is kept."""
    layout = widget.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()
    widget.updateGeometry()
