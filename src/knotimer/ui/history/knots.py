"""History's recurring knots: a heat map, the knots that keep coming back, and each one's days."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from knotimer.app.daymodel import tenderness_change
from knotimer.app.labels import seconds_text
from knotimer.app.session import Session
from knotimer.app.settings import idle_gap_minutes
from knotimer.core.history import (
    KnotSummary,
    Span,
    heat_points,
    heat_spots,
    knot_history,
    recurring_knots,
)
from knotimer.resources import asset
from knotimer.ui.diagram.widget import DiagramWidget
from knotimer.ui.history.knotmodel import MARKED_KNOTS, KnotModel
from knotimer.ui.history.tables import fill, labelled, read_only_table
from knotimer.ui.history.trendchart import TrendChart


class KnotsPage(QWidget):
    """The knots of a span (week, month, quarter, all): where, how often, how tender."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.span_box = QComboBox(self)
        self.span_box.setAccessibleName(self.tr("How far back"))
        for span, text in (
            (Span.WEEK, self.tr("Last 7 days")),
            (Span.MONTH, self.tr("Last 30 days")),
            (Span.QUARTER, self.tr("Last 90 days")),
            (Span.ALL, self.tr("All")),
        ):
            self.span_box.addItem(text, span)
        self.span_box.setCurrentIndex(1)
        self.span_box.currentIndexChanged.connect(self.show_knots)
        # One model and one selection model for the knot list and the heat map's markers.
        self.knot_model = KnotModel(self)
        self.knot_selection = QItemSelectionModel(self.knot_model, self)
        self.heat_diagram = DiagramWidget(asset("diagram/calves.svg"), self)
        self.heat_diagram.set_read_only(True)
        self.heat_diagram.setAccessibleName(self.tr("Heat map of recurring knots"))
        self.heat_diagram.set_model(self.knot_model, self.knot_selection)
        self.knot_table = QTableView(self)
        self.knot_table.setModel(self.knot_model)
        self.knot_table.setSelectionModel(self.knot_selection)
        self.knot_table.setAccessibleName(self.tr("Recurring knots"))
        self.knot_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.knot_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.knot_table.setTabKeyNavigation(False)
        self.knot_table.verticalHeader().hide()
        header = self.knot_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.knot_selection.currentChanged.connect(self._current_changed)
        days = [
            self.tr("Day"),
            self.tr("Holds"),
            self.tr("Held"),
            self.tr("Tenderness before → after"),
        ]
        self.knot_days = read_only_table(self, self.tr("The knot's days"), days)
        self.trend = TrendChart(self)
        self.knots_note = QLabel(self)
        self.knots_note.setWordWrap(True)
        left = QVBoxLayout()
        span_row = QHBoxLayout()
        span_row.addWidget(labelled(self.tr("&Show"), self.span_box, self))
        span_row.addWidget(self.span_box, 1)
        left.addLayout(span_row)
        left.addWidget(self.heat_diagram, 1)
        left.addWidget(self.knots_note)
        right = QVBoxLayout()
        right.addWidget(labelled(self.tr("&Knots"), self.knot_table, self))
        right.addWidget(self.knot_table, 2)
        right.addWidget(labelled(self.tr("The knot, &day by day"), self.knot_days, self))
        right.addWidget(self.knot_days, 1)
        right.addWidget(self.trend, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    @property
    def knots(self) -> list[KnotSummary]:
        """The knots shown."""
        return self.knot_model.knots()

    def _span(self) -> Span:
        span = self.span_box.currentData()
        assert isinstance(span, Span)
        return span

    @Slot()
    def show_knots(self) -> None:
        """The heat map, markers and list of knots for the chosen span."""
        first = self._span().first_day(self._session.today_date())
        knots = recurring_knots(heat_spots(self._session.store, first))
        self.knot_model.set_knots(knots)
        self.heat_diagram.set_heat(heat_points(knots))
        self.knots_note.setText(
            self.tr("No holds in this time yet.")
            if not knots
            else self.tr("Warmer: held more often. The {n} most held knots are numbered.").format(
                n=min(len(knots), MARKED_KNOTS)
            )
        )
        self.show_knot()

    def selected_knot(self) -> KnotSummary | None:
        """The knot chosen in the list (or on the heat map)."""
        current = self.knot_selection.currentIndex()
        return self.knot_model.knot(current.row()) if current.isValid() else None

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.show_knot()

    @Slot()
    def show_knot(self) -> None:
        """The chosen knot's days and its tenderness trend."""
        knot = self.selected_knot()
        if knot is None:
            fill(self.knot_days, [], [])
            self.trend.set_points([])
            return
        gap = timedelta(minutes=idle_gap_minutes(self._session.settings))
        first = self._span().first_day(self._session.today_date())
        history = knot_history(self._session.store, knot.knot, first, gap)
        rows = [
            [
                t.start.date().isoformat(),
                str(t.holds),
                seconds_text(t.held_s),
                tenderness_change(t.before, t.after),
            ]
            for t in history.days
        ]
        fill(self.knot_days, rows, list(range(len(rows))))
        self.trend.set_points([(t.before, t.after) for t in history.sessions])
