"""A small chart over dates: one knot's holds placed by when they were made, dates below."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from knotimer.app.localformat import day_text
from knotimer.core.periods import Grouping, group_end, group_start
from knotimer.core.records import Hold
from knotimer.core.sessions import Session

EACH_HOLD_UP_TO = 400  # more holds than this: their averages only, one point a week or month
SESSIONS_UP_TO = 60  # more sessions than this: averages by week (up to two years) or month
BEFORE_COLOUR = QColor("#b23c17")
AFTER_COLOUR = QColor("#1565c0")


class TimeChart(QWidget):
    """The frame of a chart of one knot's holds: axes, dates, legend, or why it is empty.

    Subclasses say what a hold is worth on the y axis and draw it (``_paint_series``).
    ``set_holds(None, [])`` means no knot is chosen, which is not the same as a knot
    without anything to chart: each has its own sentence.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._holds: list[Hold] | None = None
        self._sessions: list[Session] = []
        self._y: tuple[float, float, list[float]] | None = None
        self.setMinimumSize(220, 130)
        self._holds_changed()
        self._describe()

    def sizeHint(self) -> QSize:
        """Small: it sits under the knot's table."""
        return QSize(330, 160)

    def set_holds(self, holds: list[Hold] | None, sessions: list[Session]) -> None:
        """The chosen knot's counted holds (oldest first) and sessions; None: no knot chosen."""
        self._holds = None if holds is None else list(holds)
        self._sessions = list(sessions)
        self._y = None
        self._holds_changed()
        self._describe()
        self.update()

    def holds(self) -> list[Hold] | None:
        """The holds charted (None: no knot chosen)."""
        return None if self._holds is None else list(self._holds)

    # -- what subclasses say --------------------------------------------------------------------
    def _holds_changed(self) -> None:
        """Sort the new holds into what is drawn (once, not at every paint: years are many)."""

    def has_points(self) -> bool:
        """Whether anything of the chosen knot can be drawn."""
        raise NotImplementedError

    def empty_text(self) -> str:
        """Why there is nothing to draw for the chosen knot."""
        raise NotImplementedError

    def described(self) -> str:
        """The chart in one sentence, when it has points."""
        raise NotImplementedError

    def _y_range(self) -> tuple[float, float, list[float]]:
        """Bottom and top of the y axis, and the values to label on it."""
        raise NotImplementedError

    def legend(self) -> list[tuple[str, QColor, str]]:
        """(label, colour, shape) per series: shape 'circle', 'square', 'line' or 'ring'."""
        raise NotImplementedError

    def _paint_series(self, painter: QPainter, plot: QRectF) -> None:
        raise NotImplementedError

    # -- shared --------------------------------------------------------------------------------
    def summary(self) -> str:
        """The chart in one sentence (for a screen reader, and when there is nothing to draw)."""
        if self._holds is None:
            return QCoreApplication.translate(
                "TimeChart", "Choose a knot in the list or on the map to see its holds here."
            )
        return self.described() if self.has_points() else self.empty_text()

    def _describe(self) -> None:
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())

    def each_hold(self) -> bool:
        """Whether every hold is drawn (else only the averages: years of holds are a smudge)."""
        return len(self._holds or []) <= EACH_HOLD_UP_TO

    def grouping(self) -> Grouping | None:
        """What an average is taken over: a session (None), a week or a month."""
        if len(self._sessions) <= SESSIONS_UP_TO:
            return None
        first, last = self.span()
        return Grouping.WEEK if last - first <= timedelta(days=730) else Grouping.MONTH

    def means(self, value_of: Callable[[Hold], float | None]) -> list[tuple[datetime, float]]:
        """The averages the line goes through: per session, week or month."""
        grouping = self.grouping()
        if grouping is None:
            return session_means(self._sessions, value_of)
        return grouped_means(self._holds or [], grouping, value_of)

    def average_text(self) -> str:
        """What the line's points are averages of."""
        grouping = self.grouping()
        if grouping is Grouping.WEEK:
            return QCoreApplication.translate("TimeChart", "weekly average")
        if grouping is Grouping.MONTH:
            return QCoreApplication.translate("TimeChart", "monthly average")
        return QCoreApplication.translate("TimeChart", "average of a session")

    def draw_line_through(
        self, painter: QPainter, moments: list[datetime], points: list[QPointF]
    ) -> None:
        """A line through the points, broken where the knot was left alone for a while."""
        grouping = self.grouping()
        gap = {None: 14, Grouping.WEEK: 15, Grouping.MONTH: 62}.get(grouping, 62)
        for (a, pa), (b, pb) in itertools.pairwise(zip(moments, points, strict=True)):
            if b - a <= timedelta(days=gap):
                painter.drawLine(pa, pb)

    def y_range(self) -> tuple[float, float, list[float]]:
        """Bottom and top of the y axis, and the values to label on it (worked out once)."""
        if self._y is None:
            self._y = self._y_range()
        return self._y

    def span(self) -> tuple[datetime, datetime]:
        """The first and last moment charted (a day wide at least)."""
        holds = self._holds or []
        first, last = holds[0].started, holds[-1].started
        if last - first < timedelta(days=1):
            middle = first + (last - first) / 2
            first, last = middle - timedelta(hours=12), middle + timedelta(hours=12)
        return first, last

    def x_of(self, plot: QRectF, moment: datetime) -> float:
        """Where a moment goes across the plot."""
        first, last = self.span()
        return plot.left() + plot.width() * (moment - first) / (last - first)

    def y_of(self, plot: QRectF, value: float) -> float:
        """Where a value goes up the plot."""
        low, high, _ = self.y_range()
        return plot.bottom() - plot.height() * (value - low) / max(1e-9, high - low)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Axes with dates, a legend and the series; or the sentence saying why not."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if self._holds is None or not self.has_points():
            painter.setPen(text)
            painter.drawText(
                QRectF(self.rect()).adjusted(8, 8, -8, -8),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.summary(),
            )
            return
        metrics = painter.fontMetrics()
        legend_h = metrics.height() + 6
        plot = QRectF(self.rect()).adjusted(
            metrics.horizontalAdvance("88 s") + 10, legend_h + 4, -12, -metrics.height() - 6
        )
        self._paint_axes(painter, plot, text)
        self._paint_legend(painter, text, legend_h)
        self._paint_series(painter, plot)

    def _paint_axes(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        grid = QColor(text)
        grid.setAlpha(60)
        _, _, labels = self.y_range()
        for value in labels:
            y = self.y_of(plot, value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - 10, plot.left() - 5, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        below = QRectF(plot.left(), plot.bottom() + 3, plot.width(), painter.fontMetrics().height())
        dates = self.axis_labels(wide=plot.width() > 300)
        aligns = {
            1: [Qt.AlignmentFlag.AlignHCenter],
            2: [Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight],
            3: [
                Qt.AlignmentFlag.AlignLeft,
                Qt.AlignmentFlag.AlignHCenter,
                Qt.AlignmentFlag.AlignRight,
            ],
        }.get(len(dates), [])
        for label, align in zip(dates, aligns, strict=True):
            painter.drawText(below, align, label)

    def axis_labels(self, *, wide: bool = True) -> list[str]:
        """The dates under the x axis, each with its year: first, (middle,) last; or the one day."""
        holds = self._holds or []
        if not holds or holds[0].local_date == holds[-1].local_date:
            return [day_text(holds[0].local_date)] if holds else []
        first, last = self.span()
        labels = [day_text(first.date()), day_text(last.date())]
        if wide and last - first > timedelta(days=6):
            labels.insert(1, day_text((first + (last - first) / 2).date()))
        return labels

    def _paint_legend(self, painter: QPainter, text: QColor, height: float) -> None:
        x = 8.0
        for label, colour, shape in self.legend():
            marker(painter, QPointF(x + 5, height / 2), colour, shape)
            painter.setPen(text)
            width = painter.fontMetrics().horizontalAdvance(label)
            painter.drawText(
                QRectF(x + 14, 0, width + 4, height), Qt.AlignmentFlag.AlignVCenter, label
            )
            x += width + 30


def marker(painter: QPainter, centre: QPointF, colour: QColor, shape: str) -> None:
    """A circle, square, ring or short line in ``colour`` (shape tells the series apart too)."""
    if shape == "line":
        painter.setPen(QPen(colour, 2))
        painter.drawLine(QPointF(centre.x() - 6, centre.y()), QPointF(centre.x() + 6, centre.y()))
        return
    painter.setPen(
        QPen(colour if shape == "ring" else QColor("white"), 1.5 if shape == "ring" else 1)
    )
    painter.setBrush(Qt.BrushStyle.NoBrush if shape == "ring" else colour)
    if shape == "square":
        painter.drawRect(QRectF(centre.x() - 3.5, centre.y() - 3.5, 7, 7))
    else:
        painter.drawEllipse(centre, 4, 4)


def session_means(
    sessions: list[Session], value_of: Callable[[Hold], float | None]
) -> list[tuple[datetime, float]]:
    """(start, average) per session of what ``value_of`` gives its holds (None: left out)."""
    points = []
    for session in sessions:
        values = [v for h in session.holds if (v := value_of(h)) is not None]
        if values:
            points.append((session.start, sum(values) / len(values)))
    return points


def grouped_means(
    holds: list[Hold], grouping: Grouping, value_of: Callable[[Hold], float | None]
) -> list[tuple[datetime, float]]:
    """(middle of the week or month, average) of what ``value_of`` gives the holds in it."""
    groups: dict[date, list[float]] = {}
    for hold in holds:
        value = value_of(hold)
        if value is not None:
            groups.setdefault(group_start(hold.local_date, grouping), []).append(value)
    middle = time(12, 0)
    points = []
    for start, values in sorted(groups.items()):
        centre = start + (group_end(start, grouping) - start) / 2
        points.append((datetime.combine(centre, middle, tzinfo=UTC), sum(values) / len(values)))
    return points
