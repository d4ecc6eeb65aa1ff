"""A knot's tenderness, hold by hold: before (circle) and after (square) on a line between."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from knotimer.app.labels import Counts
from knotimer.app.localformat import decimal_text
from knotimer.core.records import Hold
from knotimer.ui.history.timechart import (
    AFTER_COLOUR,
    BEFORE_COLOUR,
    TimeChart,
    marker,
)


def _before(hold: Hold) -> float | None:
    return None if hold.tenderness_before is None else float(hold.tenderness_before)


class TrendChart(TimeChart):
    """Tenderness 0-10 of each rated hold, by date; a line through each session's average before.

    Each hold is compared with itself (its own before and after), and the line follows
    the before-ratings only, so a hold rated only afterwards never looks like a change.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("TrendChart", "Tenderness, hold by hold"))

    def _holds_changed(self) -> None:
        self._rated = [
            h
            for h in self._holds or []
            if h.tenderness_before is not None or h.tenderness_after is not None
        ]

    def rated(self) -> list[Hold]:
        """The holds with a rating, before or after."""
        return self._rated

    def has_points(self) -> bool:
        """Whether the knot has any rating."""
        return bool(self.rated())

    def points(self) -> list[tuple[int | None, int | None]]:
        """(before, after) of each rated hold, oldest first."""
        return [(h.tenderness_before, h.tenderness_after) for h in self.rated()]

    def empty_text(self) -> str:
        """The chosen knot has holds but no ratings."""
        return QCoreApplication.translate(
            "TrendChart",
            "No tenderness ratings for this knot yet. Press a digit before a hold, "
            "and again after it.",
        )

    def described(self) -> str:
        """How many holds were rated, and the session averages it starts and ends at."""
        means = self.means(_before)
        text = Counts.tr(
            "Tenderness of %n rated hold(s), each before and after.",
            None,
            len(self.rated()),
        )
        if len(means) > 1:
            text += " " + QCoreApplication.translate(
                "TrendChart",
                "Average before a hold: {first} at first, {last} lately.",
            ).format(first=decimal_text(means[0][1]), last=decimal_text(means[-1][1]))
        return text

    def _y_range(self) -> tuple[float, float, list[float]]:
        """0 to 10."""
        return 0.0, 10.0, [0.0, 5.0, 10.0]

    def legend(self) -> list[tuple[str, QColor, str]]:
        """Before, after, and the line of averages before."""
        line = QCoreApplication.translate("TrendChart", "before, {average}").format(
            average=self.average_text()
        )
        if not self.each_hold():
            return [(line, BEFORE_COLOUR, "line")]
        return [
            (QCoreApplication.translate("TrendChart", "before"), BEFORE_COLOUR, "circle"),
            (QCoreApplication.translate("TrendChart", "after"), AFTER_COLOUR, "square"),
            (QCoreApplication.translate("TrendChart", "average"), BEFORE_COLOUR, "line"),
        ]

    def _paint_series(self, painter: QPainter, plot: QRectF) -> None:
        each = self.rated() if self.each_hold() else []
        link = QColor(self.palette().text().color())
        link.setAlpha(90)
        for hold in each:
            x = self.x_of(plot, hold.started)
            ends = [v for v in (hold.tenderness_before, hold.tenderness_after) if v is not None]
            if len(ends) == 2:
                painter.setPen(QPen(link, 1))
                painter.drawLine(
                    QPointF(x, self.y_of(plot, ends[0])), QPointF(x, self.y_of(plot, ends[1]))
                )
        pen = QPen(BEFORE_COLOUR, 2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        averages = self.means(_before)
        means = [QPointF(self.x_of(plot, when), self.y_of(plot, value)) for when, value in averages]
        self.draw_line_through(painter, [when for when, _ in averages], means)
        if not each:
            for point in means:
                marker(painter, point, BEFORE_COLOUR, "circle")
        for hold in each:
            x = self.x_of(plot, hold.started)
            if hold.tenderness_after is not None:
                marker(
                    painter,
                    QPointF(x, self.y_of(plot, hold.tenderness_after)),
                    AFTER_COLOUR,
                    "square",
                )
            if hold.tenderness_before is not None:
                marker(
                    painter,
                    QPointF(x, self.y_of(plot, hold.tenderness_before)),
                    BEFORE_COLOUR,
                    "circle",
                )
