"""History's recurring knots: a heat map, the knots that keep coming back, and each one's days."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from knotimer.app.localformat import count_text
from knotimer.app.session import Session
from knotimer.app.settings import idle_gap_minutes
from knotimer.core.heatfield import HeatBy, HeatField, HeatPoint, heat_field
from knotimer.core.history import Span, knot_history
from knotimer.core.recurring import KnotSummary, heat_spots, recurring_knots
from knotimer.resources import asset
from knotimer.ui.diagram.widget import DiagramWidget
from knotimer.ui.history.heatlegend import HeatLegend
from knotimer.ui.history.knotdetail import KnotDetail
from knotimer.ui.history.knotmodel import COL_KNOT, MARKED_KNOTS, KnotModel
from knotimer.ui.history.tables import labelled

_SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def heat_points(knots: list[KnotSummary]) -> list[HeatPoint]:
    """The knots as the heat map reads them: place, holds, ratings."""
    return [HeatPoint(k.knot.x, k.knot.y, k.holds, k.rated, k.mean_before) for k in knots]


class KnotsPage(QWidget):
    """The knots of a span (week, month, quarter, all): where, how often, how tender, how quick."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.field = HeatField(HeatBy.HOLDS, [], 0.0, 0.0)
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
        self.by_holds = QRadioButton(self.tr("how &often held"), self)
        self.by_tenderness = QRadioButton(self.tr("&tenderness"), self)
        self.by_holds.setChecked(True)
        self.colour_by = QButtonGroup(self)
        for button in (self.by_holds, self.by_tenderness):
            self.colour_by.addButton(button)
        self.by_holds.toggled.connect(self._recolour)
        # One model and one selection model for the knot list and the heat map's markers.
        self.knot_model = KnotModel(self)
        self.knot_selection = QItemSelectionModel(self.knot_model, self)
        self.heat_diagram = DiagramWidget(asset("diagram/calves.svg"), self)
        self.heat_diagram.set_read_only(True)
        self.heat_diagram.setAccessibleName(self.tr("Heat map of recurring knots"))
        self.heat_diagram.set_model(self.knot_model, self.knot_selection)
        self.legend = HeatLegend(self)
        self.knot_table = QTableView(self)
        self.knot_table.setModel(self.knot_model)
        self.knot_table.setSelectionModel(self.knot_selection)
        self.knot_table.setAccessibleName(self.tr("Recurring knots"))
        self.knot_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.knot_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.knot_table.setTabKeyNavigation(False)
        self.knot_table.setWordWrap(False)
        self.knot_table.verticalHeader().hide()
        header = self.knot_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_KNOT, QHeaderView.ResizeMode.Stretch)
        self.knot_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.knot_selection.currentChanged.connect(self._current_changed)
        self.detail = KnotDetail(self)
        self.knots_note = QLabel(self)
        self.knots_note.setWordWrap(True)
        self._lay_out()

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        span_row = QHBoxLayout()
        span_row.addWidget(labelled(self.tr("&Show"), self.span_box, self))
        span_row.addWidget(self.span_box, 1)
        left.addLayout(span_row)
        colour_row = QHBoxLayout()
        colour_row.addWidget(QLabel(self.tr("Colour by:"), self))
        colour_row.addWidget(self.by_holds)
        colour_row.addWidget(self.by_tenderness)
        colour_row.addStretch(1)
        left.addLayout(colour_row)
        left.addWidget(self.heat_diagram, 1)
        left.addWidget(self.legend)
        left.addWidget(self.knots_note)
        right = QVBoxLayout()
        right.addWidget(labelled(self.tr("&Knots"), self.knot_table, self))
        right.addWidget(self.knot_table, 2)
        right.addWidget(self.detail, 3)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 4)
        layout.addLayout(right, 6)

    @property
    def knots(self) -> list[KnotSummary]:
        """The knots shown."""
        return self.knot_model.knots()

    def colour(self) -> HeatBy:
        """What the heat map's colour means now."""
        return HeatBy.HOLDS if self.by_holds.isChecked() else HeatBy.TENDERNESS

    def _span(self) -> Span:
        span = self.span_box.currentData()
        assert isinstance(span, Span)
        return span

    @Slot()
    def show_knots(self) -> None:
        """The heat map, markers and list of knots for the chosen span; the chosen knot stays."""
        chosen = self.selected_knot()
        first = self._span().first_day(self._session.today_date())
        knots = recurring_knots(heat_spots(self._session.store, first))
        self.knot_model.set_knots(knots)
        self._recolour()
        again = _same_knot(chosen, knots)
        if again is not None:
            self.knot_selection.setCurrentIndex(self.knot_model.index(again, 0), _SELECT)
        self.show_knot()

    @Slot()
    def _recolour(self) -> None:
        knots = self.knots
        self.field = heat_field(heat_points(knots), self.colour())
        self.heat_diagram.set_heat(self.field.cells)
        self.legend.set_field(self.field)
        if not knots:
            self.knots_note.setText(self.tr("No holds in this time yet."))
            return
        numbered = self.tr(
            "The %n most held knot(s) are numbered; the list has all {m}.",
            None,
            min(len(knots), MARKED_KNOTS),
        ).format(m=count_text(len(knots)))
        if self.field.by is HeatBy.HOLDS:
            scale = self.tr("The colours go from the least to the most held place shown.")
        elif self.field.empty:
            scale = self.tr("No knot here was rated before a hold yet.")
        else:
            scale = self.tr(
                "The colours go from the least to the most tender place shown, by its "
                "ratings before a hold; places rated once or twice show faintly."
            )
        self.knots_note.setText(f"{scale} {numbered}")

    def selected_knot(self) -> KnotSummary | None:
        """The knot chosen in the list (or on the heat map)."""
        current = self.knot_selection.currentIndex()
        return self.knot_model.knot(current.row()) if current.isValid() else None

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.show_knot()

    @Slot()
    def show_knot(self) -> None:
        """The chosen knot's change, days and charts (or a line asking to choose one)."""
        current = self.knot_selection.currentIndex()
        if not current.isValid():
            self.detail.show_knot(None, "", None)
            return
        knot = self.knot_model.knot(current.row())
        gap = timedelta(minutes=idle_gap_minutes(self._session.settings))
        first = self._span().first_day(self._session.today_date())
        history = knot_history(self._session.store, knot.knot, first, gap)
        self.detail.show_knot(knot, self.knot_model.name(current.row()), history)


def _same_knot(previous: KnotSummary | None, knots: list[KnotSummary]) -> int | None:
    """The row of the knot that shares the most spots with ``previous`` (None: none does)."""
    if previous is None:
        return None
    had = {spot.id for spot in previous.knot.spots}
    best = max(
        range(len(knots)),
        key=lambda row: len(had.intersection(s.id for s in knots[row].knot.spots)),
        default=None,
    )
    if best is None or not had.intersection(s.id for s in knots[best].knot.spots):
        return None
    return best
