"""One knot in detail: what changed, its days hold by hold, and its two charts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from knotimer.app.daymodel import tenderness_change
from knotimer.app.knotlabels import comparison_text as change_text
from knotimer.app.knotlabels import release_explained, relief_text, windows_text
from knotimer.app.labels import seconds_text
from knotimer.app.localformat import DayFormat, count_text, day_text
from knotimer.core.history import KnotDay, KnotHistory
from knotimer.core.recurring import KnotSummary
from knotimer.ui.history.releasechart import ReleaseChart
from knotimer.ui.history.tables import fill, labelled, read_only_table
from knotimer.ui.history.trendchart import TrendChart


class KnotDetail(QWidget):
    """The chosen knot: a few lines on its change, a table of its days, two charts over dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.change = QLabel(self)
        self.change.setWordWrap(True)
        self.change.setTextFormat(Qt.TextFormat.PlainText)
        self.change.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.change.setAccessibleName(self.tr("How the knot changed"))
        headers = [
            self.tr("Day"),
            self.tr("Holds"),
            self.tr("Held"),
            self.tr("Each hold: tender before → after"),
            self.tr("Let go after"),
        ]
        self.days = read_only_table(self, self.tr("The knot's days, latest first"), headers)
        header = self.days.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.days.setWordWrap(False)
        self.trend = TrendChart(self)
        self.release = ReleaseChart(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.change)
        layout.addWidget(labelled(self.tr("The knot, day &by day"), self.days, self))
        layout.addWidget(self.days, 2)
        charts = QHBoxLayout()
        charts.addWidget(self.trend, 1)
        charts.addWidget(self.release, 1)
        layout.addLayout(charts, 2)
        self.show_knot(None, "", None)

    def show_knot(self, knot: KnotSummary | None, name: str, history: KnotHistory | None) -> None:
        """Show ``knot`` (named ``name``) with its holds; None: no knot chosen."""
        if knot is None or history is None:
            self.title.setText(self.tr("Choose a knot in the list or on the map."))
            self.change.setText("")
            fill(self.days, [], [])
            self.trend.set_holds(None, [])
            self.release.set_holds(None, [])
            return
        self.title.setText(self.tr("Knot {n}: {name}").format(n=knot.number, name=name))
        self.change.setText(self.change_text(knot))
        rows = [self._day_cells(day) for day in reversed(history.days)]
        fill(self.days, rows, list(range(len(rows))))
        self.trend.set_holds(history.holds, history.sessions)
        self.release.set_holds(history.holds, history.sessions)

    def change_text(self, knot: KnotSummary) -> str:
        """Two or three lines: tenderness like for like, relief per hold, time to release."""
        lines = []
        before = change_text(knot.tenderness.before)
        if before:
            lines.append(
                self.tr("Tender before a hold ({windows}): {change}").format(
                    windows=windows_text(knot.tenderness.before), change=before
                )
            )
        else:
            lines.append(self.tr("Not rated before a hold yet."))
        relief = relief_text(knot.tenderness)
        if relief:
            lines.append(relief)
        release = change_text(knot.release.times, seconds=True)
        if release:
            lines.append(
                self.tr(
                    "Let go after ({windows}): {change}; early in {n} of %n hold(s)",
                    None,
                    knot.release.holds,
                ).format(
                    windows=windows_text(knot.release.times),
                    change=release,
                    n=count_text(knot.release.released),
                )
            )
        else:
            lines.append(release_explained(knot.release))
        return "\n".join(lines)

    @staticmethod
    def _day_cells(day: KnotDay) -> list[str]:
        changes = [
            tenderness_change(h.tenderness_before, h.tenderness_after)
            for h in day.holds
            if h.tenderness_before is not None or h.tenderness_after is not None
        ]
        releases = [seconds_text(h.held_s) for h in day.holds if h.release_s is not None]
        return [
            day_text(day.day, DayFormat.WEEKDAY_SHORT),
            count_text(len(day.holds)),
            seconds_text(day.held_s),
            ", ".join(changes) or "–",
            ", ".join(releases) or "–",
        ]
