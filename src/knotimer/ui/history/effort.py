"""The calendar's shading by effort: four shades for how many holds a day had, and their legend."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QTextCharFormat
from PySide6.QtWidgets import QWidget

# Light to dark teal: a scale of its own (not the heat map's colours); text turns white on
# the two darkest. Shade is never the only cue: every day with holds is bold too.
SHADES = (QColor("#d9efec"), QColor("#a3d5ce"), QColor("#4fa79d"), QColor("#1f6f67"))
INK = (QColor("#10302c"), QColor("#10302c"), QColor("#ffffff"), QColor("#ffffff"))


def effort_bounds(counts: Sequence[int]) -> list[int]:
    """The lowest hold count of each shade: the record's own quartiles, so shades spread out.

    A record where every day had about as many holds gets fewer shades, never empty ones.
    """
    ordered = sorted(c for c in counts if c > 0)
    if not ordered:
        return []
    bounds = [ordered[0]]
    for share in (0.25, 0.5, 0.75):
        value = ordered[min(len(ordered) - 1, int(len(ordered) * share))]
        if value > bounds[-1]:
            bounds.append(value)
    return bounds


def effort_level(count: int, bounds: Sequence[int]) -> int:
    """Which shade (0 = lightest) a day with ``count`` holds gets; -1 for none."""
    if count <= 0 or not bounds:
        return -1
    return max(0, bisect.bisect_right(bounds, count) - 1)


def effort_format(level: int, tip: str) -> QTextCharFormat:
    """How a day of that shade looks on the calendar: shaded, bold, with its tooltip."""
    shaded = QTextCharFormat()
    shaded.setBackground(SHADES[level])
    shaded.setForeground(INK[level])
    shaded.setFontWeight(QFont.Weight.Bold)
    shaded.setToolTip(tip)
    return shaded


def range_text(bounds: Sequence[int], level: int) -> str:
    """The hold counts of a shade: '1-4' (with an en dash), '12' or '30+'."""
    low = bounds[level]
    if level == len(bounds) - 1:
        return QCoreApplication.translate("Effort", "{n}+").format(n=low)
    high = bounds[level + 1] - 1
    return str(low) if high == low else f"{low}–{high}"


class EffortLegend(QWidget):
    """One swatch per shade with its range of holds a day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bounds: list[int] = []
        self.setAccessibleName(self.tr("Calendar legend"))
        self.setMinimumHeight(22)

    def sizeHint(self) -> QSize:
        """One line."""
        return QSize(300, 24)

    def set_bounds(self, bounds: Sequence[int]) -> None:
        """Show these shades."""
        self._bounds = list(bounds)
        text = self.summary()
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def summary(self) -> str:
        """The legend in words."""
        if not self._bounds:
            return self.tr("No days with holds yet.")
        ranges = ", ".join(range_text(self._bounds, i) for i in range(len(self._bounds)))
        return self.tr("Days shaded by holds that day, light to dark: {ranges}.").format(
            ranges=ranges
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """'Holds a day:' and the swatches."""
        if not self._bounds:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        height = float(self.height())
        title = self.tr("Holds a day:")
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, self.width(), height), Qt.AlignmentFlag.AlignVCenter, title)
        x = metrics.horizontalAdvance(title) + 10.0
        for level in range(len(self._bounds)):
            swatch = QRectF(x, (height - 14) / 2, 22, 14)
            painter.setPen(QColor("#7a9e99"))
            painter.setBrush(SHADES[level])
            painter.drawRoundedRect(swatch, 2, 2)
            label = range_text(self._bounds, level)
            painter.setPen(text)
            width = metrics.horizontalAdvance(label)
            painter.drawText(
                QRectF(x + 26, 0, width + 2, height), Qt.AlignmentFlag.AlignVCenter, label
            )
            x += 26 + width + 14
