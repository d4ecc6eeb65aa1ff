"""The heat map's legend: its colours on skin, from what the palest means to the darkest."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from knotimer.app.localformat import number_text
from knotimer.core.heatfield import HeatBy, HeatField
from knotimer.ui.diagram.heat import heat_colour

SKIN = QColor("#e8c3a5")  # the drawing's skin, which the heat lies on


class HeatLegend(QWidget):
    """A bar of the heat map's colours with its two ends (and its middle) in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = HeatField(HeatBy.HOLDS, [], 0.0, 0.0)
        self.setAccessibleName(self.tr("Heat map legend"))
        self.setMinimumHeight(44)
        self._describe()

    def sizeHint(self) -> QSize:
        """A bar and a line of text."""
        return QSize(360, 46)

    def set_field(self, field: HeatField) -> None:
        """Explain this field's colours."""
        self._field = field
        self._describe()
        self.update()

    def labels(self) -> tuple[str, str, str]:
        """What the palest, the middle and the darkest colour stand for."""
        field = self._field
        if field.empty:
            return "", "", ""
        if field.by is HeatBy.HOLDS:
            # The colour follows the square root of the holds: its middle is a quarter of the top.
            return (
                self.tr("rarely held"),
                self.tr("%Ln hold(s)", None, round(field.high / 4)),
                self.tr("most held: about %Ln hold(s)", None, round(field.high)),
            )
        middle = (field.low + field.high) / 2
        return (
            self.tr("least tender: avg {n}").format(n=number_text(field.low)),
            self.tr("avg {n}").format(n=number_text(middle)),
            self.tr("most tender: avg {n}").format(n=number_text(field.high)),
        )

    def summary(self) -> str:
        """The legend in one sentence."""
        low, _, high = self.labels()
        if not low:
            return self.tr("Nothing to show in this time.")
        if self._field.by is HeatBy.HOLDS:
            return self.tr("Colour: how often a place was held, from {low} to {high}.").format(
                low=low, high=high
            )
        return self.tr(
            "Colour: how tender a place was before a hold (0–10, on average), from {low} to {high}."
        ).format(low=low, high=high)

    def _describe(self) -> None:
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())

    def paintEvent(self, event: QPaintEvent) -> None:
        """The bar on skin, and the labels under it."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        low, middle, high = self.labels()
        if not low:
            return
        height = painter.fontMetrics().height()
        bar = QRectF(8, 4, self.width() - 16, max(10.0, self.height() - height - 12))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SKIN)
        painter.drawRoundedRect(bar, 3, 3)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for step in range(11):
            gradient.setColorAt(step / 10, heat_colour(step / 10))
        painter.setBrush(gradient)
        painter.drawRoundedRect(bar, 3, 3)
        painter.setPen(text)
        below = QRectF(bar.left(), bar.bottom() + 3, bar.width(), height)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, low)
        painter.drawText(below, Qt.AlignmentFlag.AlignRight, high)
        tick = QPointF(bar.center().x(), bar.bottom())
        painter.drawLine(tick, QPointF(tick.x(), bar.bottom() + 2))
        metrics = painter.fontMetrics()
        half = metrics.horizontalAdvance(middle) / 2 + 12
        if (
            max(metrics.horizontalAdvance(low), metrics.horizontalAdvance(high)) + half
            < bar.width() / 2
        ):
            painter.drawText(below, Qt.AlignmentFlag.AlignHCenter, middle)
