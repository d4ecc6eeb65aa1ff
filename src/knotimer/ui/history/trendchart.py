"""A small chart of a knot's tenderness before and after, session by session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

BEFORE_COLOUR = QColor("#b23c17")
AFTER_COLOUR = QColor("#1565c0")


class TrendChart(QWidget):
    """Tenderness 0-10: 'before' as circles on a solid line, 'after' as squares, dashed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[float | None, float | None]] = []
        self.setMinimumSize(220, 140)
        self.setAccessibleName(QCoreApplication.translate("TrendChart", "Tenderness trend"))
        self._describe()

    def sizeHint(self) -> QSize:
        """Small: it sits under the knot's table."""
        return QSize(360, 170)

    def set_points(self, points: list[tuple[float | None, float | None]]) -> None:
        """Mean tenderness (before, after) per session, oldest first; None: not rated."""
        self._points = list(points)
        self._describe()
        self.update()

    def points(self) -> list[tuple[float | None, float | None]]:
        """The sessions drawn."""
        return list(self._points)

    def has_ratings(self) -> bool:
        """Whether any session was rated at all."""
        return any(b is not None or a is not None for b, a in self._points)

    def summary(self) -> str:
        """The chart in one sentence (for a screen reader, and when there is nothing to draw)."""
        if not self.has_ratings():
            return QCoreApplication.translate(
                "TrendChart", "No tenderness ratings for this knot yet."
            )
        rated = [(b, a) for b, a in self._points if b is not None or a is not None]
        first, last = rated[0], rated[-1]
        return QCoreApplication.translate(
            "TrendChart",
            "Tenderness over {n} sessions: first {b0} before and {a0} after, "
            "latest {b1} before and {a1} after.",
        ).format(
            n=len(self._points),
            b0=_number(first[0]),
            a0=_number(first[1]),
            b1=_number(last[0]),
            a1=_number(last[1]),
        )

    def _describe(self) -> None:
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())

    # -- painting ----------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        """Axes 0-10, a legend, and the two lines."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if not self.has_ratings():
            painter.setPen(text)
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.summary(),
            )
            return
        metrics = painter.fontMetrics()
        legend_h = metrics.height() + 6
        plot = QRectF(self.rect()).adjusted(
            metrics.horizontalAdvance("10") + 10, legend_h + 4, -10, -metrics.height() - 4
        )
        self._paint_axes(painter, plot, text)
        self._paint_legend(painter, text, legend_h)
        for which, colour, square in ((0, BEFORE_COLOUR, False), (1, AFTER_COLOUR, True)):
            self._paint_line(painter, plot, which, colour, square=square)

    def _x(self, plot: QRectF, index: int) -> float:
        count = len(self._points)
        if count == 1:
            return plot.center().x()
        return plot.left() + plot.width() * index / (count - 1)

    @staticmethod
    def _y(plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * value / 10.0

    def _paint_axes(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        grid = QColor(text)
        grid.setAlpha(60)
        for value in (0, 5, 10):
            y = self._y(plot, value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - 10, plot.left() - 5, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 2, plot.width(), painter.fontMetrics().height()),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("TrendChart", "sessions, oldest first"),
        )

    def _paint_legend(self, painter: QPainter, text: QColor, height: float) -> None:
        x = 8.0
        for label, colour, square in (
            (QCoreApplication.translate("TrendChart", "before"), BEFORE_COLOUR, False),
            (QCoreApplication.translate("TrendChart", "after"), AFTER_COLOUR, True),
        ):
            _marker(painter, QPointF(x + 5, height / 2), colour, square=square)
            painter.setPen(text)
            width = painter.fontMetrics().horizontalAdvance(label)
            painter.drawText(
                QRectF(x + 14, 0, width + 4, height), Qt.AlignmentFlag.AlignVCenter, label
            )
            x += width + 34

    def _paint_line(
        self, painter: QPainter, plot: QRectF, which: int, colour: QColor, *, square: bool
    ) -> None:
        pen = QPen(colour, 2)
        if square:
            pen.setStyle(Qt.PenStyle.DashLine)
        previous: QPointF | None = None
        for index, pair in enumerate(self._points):
            value = pair[which]
            if value is None:
                previous = None  # a gap where a session was not rated
                continue
            point = QPointF(self._x(plot, index), self._y(plot, value))
            if previous is not None:
                painter.setPen(pen)
                painter.drawLine(previous, point)
            previous = point
        for index, pair in enumerate(self._points):
            value = pair[which]
            if value is not None:
                point = QPointF(self._x(plot, index), self._y(plot, value))
                _marker(painter, point, colour, square=square)


def _marker(painter: QPainter, centre: QPointF, colour: QColor, *, square: bool) -> None:
    painter.setPen(QPen(QColor("white"), 1))
    painter.setBrush(colour)
    if square:
        painter.drawRect(QRectF(centre.x() - 4, centre.y() - 4, 8, 8))
    else:
        painter.drawEllipse(centre, 4.5, 4.5)


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"
