"""A knot's time to release, hold by hold: when it let go (dot), or ran its full time (ring)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from knotimer.app.labels import Counts, seconds_text
from knotimer.app.localformat import count_text
from knotimer.core.holdtimer import Outcome
from knotimer.core.records import Hold
from knotimer.ui.history.timechart import TimeChart, marker

RELEASE_COLOUR = QColor("#2e7d32")
FULL_COLOUR = QColor("#6d6d6d")


def _release(hold: Hold) -> float | None:
    return hold.release_s


class ReleaseChart(TimeChart):
    """Seconds until the knot let go (holds ended with Enter), by date, and a session average.

    A knot that lets go sooner than it used to is easing; a hold that ran its full time
    (no release within it) is drawn as a ring at its planned length.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("ReleaseChart", "Time to release"))

    def _holds_changed(self) -> None:
        holds = self._holds or []
        self._released = [h for h in holds if h.release_s is not None]
        self._full = [h for h in holds if h.outcome is Outcome.COMPLETED]

    def released(self) -> list[Hold]:
        """The holds that ended with the knot letting go."""
        return self._released

    def full(self) -> list[Hold]:
        """The holds that ran their planned time."""
        return self._full

    def has_points(self) -> bool:
        """Whether the knot ever let go before a hold's end."""
        return bool(self.released())

    def points(self) -> list[float]:
        """Seconds to release of each released hold, oldest first."""
        return [h.held_s for h in self.released()]

    def empty_text(self) -> str:
        """The chosen knot never let go early."""
        return QCoreApplication.translate(
            "ReleaseChart",
            "It has not let go before the end of a hold yet. When a knot lets go, press "
            "Enter: the time it took shows here.",
        )

    def described(self) -> str:
        """How often it let go, and the session averages it starts and ends at."""
        means = self.means(_release)
        text = Counts.tr(
            "It let go before the end in {n} of %n hold(s).",
            None,
            len(self._holds or []),
        ).format(n=count_text(len(self.released())))
        if len(means) > 1:
            text += " " + QCoreApplication.translate(
                "ReleaseChart", "Average time to release: {first} at first, {last} lately."
            ).format(first=seconds_text(means[0][1]), last=seconds_text(means[-1][1]))
        return text

    def _y_range(self) -> tuple[float, float, list[float]]:
        """0 to the longest hold charted, in tens of seconds."""
        longest = max([h.held_s for h in self.released()] + [h.planned_s for h in self.full()])
        top = max(30.0, 10.0 * math.ceil(longest / 10.0))
        return 0.0, top, [0.0, top / 2, top]

    def legend(self) -> list[tuple[str, QColor, str]]:
        """Let go, ran its full time, average."""
        if not self.each_hold():
            line = QCoreApplication.translate("ReleaseChart", "let go after (s), {average}")
            return [(line.format(average=self.average_text()), RELEASE_COLOUR, "line")]
        return [
            (
                QCoreApplication.translate("ReleaseChart", "let go (s)"),
                RELEASE_COLOUR,
                "circle",
            ),
            (QCoreApplication.translate("ReleaseChart", "full time"), FULL_COLOUR, "ring"),
            (QCoreApplication.translate("ReleaseChart", "average"), RELEASE_COLOUR, "line"),
        ]

    def _paint_series(self, painter: QPainter, plot: QRectF) -> None:
        each = self.each_hold()
        for hold in self.full() if each else []:
            centre = QPointF(self.x_of(plot, hold.started), self.y_of(plot, hold.planned_s))
            marker(painter, centre, FULL_COLOUR, "ring")
        pen = QPen(RELEASE_COLOUR, 2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        averages = self.means(_release)
        means = [QPointF(self.x_of(plot, when), self.y_of(plot, value)) for when, value in averages]
        painter.setPen(pen)
        self.draw_line_through(painter, [when for when, _ in averages], means)
        if not each:
            for point in means:
                marker(painter, point, RELEASE_COLOUR, "circle")
        for hold in self.released() if each else []:
            centre = QPointF(self.x_of(plot, hold.started), self.y_of(plot, hold.held_s))
            marker(painter, centre, RELEASE_COLOUR, "circle")
