"""History's days: a calendar, the chosen day's spots on the diagram, its sessions and holds."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from knotimer.app.daymodel import COL_SPOT, COL_TENDER, DayModel, tenderness_change
from knotimer.app.knotlabels import knot_name
from knotimer.app.labels import holds_text, outcome_name, region_name, seconds_text, spots_text
from knotimer.app.localformat import DayFormat, day_text, time_text
from knotimer.app.session import Session
from knotimer.app.settings import idle_gap_minutes
from knotimer.core.history import DayCount, DayHold, day_holds, days_with_holds
from knotimer.core.knotnames import place_of
from knotimer.core.sessions import split_sessions
from knotimer.resources import asset
from knotimer.ui.diagram.widget import DiagramWidget
from knotimer.ui.history.effort import EffortLegend, effort_bounds, effort_format, effort_level
from knotimer.ui.history.tables import fill, labelled, qdate, read_only_table

FIRST_DAY = date(2000, 1, 1)


class DaysPage(QWidget):
    """Pick a day; see its spots, sessions and holds; edit it (undoably) when asked to."""

    reportRequested = Signal(object)  # a date: a PDF of that day

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.holds: list[DayHold] = []
        self.counts: list[DayCount] = []
        self.calendar = QCalendarWidget(self)
        self.calendar.setAccessibleName(
            self.tr("Calendar: days with holds are in bold, shaded darker the more holds")
        )
        self.calendar.setGridVisible(True)
        self.calendar.selectionChanged.connect(self.show_day)
        self.legend = EffortLegend(self)
        self.day_title = QLabel(self)
        self.day_title.setWordWrap(True)
        self.edit_box = QCheckBox(self.tr("&Edit this day"), self)
        self.edit_box.setAccessibleName(self.tr("Edit this day"))
        self.edit_box.toggled.connect(self._update_buttons)
        self.delete_hold_button = QPushButton(self.tr("Delete &hold"), self)
        self.delete_hold_button.setAccessibleName(self.tr("Delete the selected hold"))
        self.delete_hold_button.clicked.connect(self.delete_hold)
        self.delete_day_button = QPushButton(self.tr("Delete this d&ay"), self)
        self.delete_day_button.setAccessibleName(self.tr("Delete this day"))
        self.delete_day_button.clicked.connect(self.delete_day)
        self.report_day_button = QPushButton(self.tr("Re&port for this day (PDF)…"), self)
        self.report_day_button.setAccessibleName(self.tr("Report for this day as a PDF"))
        self.report_day_button.clicked.connect(lambda: self.reportRequested.emit(self.chosen_day()))
        # The day's spots: one model and one selection model for the list and the diagram.
        self.day_model = DayModel(self)
        self.day_selection = QItemSelectionModel(self.day_model, self)
        self.day_diagram = DiagramWidget(asset("diagram/calves.svg"), self)
        self.day_diagram.set_read_only(True)
        self.day_diagram.setAccessibleName(self.tr("The day's spots on the calf diagram"))
        self.day_diagram.set_model(self.day_model, self.day_selection)
        self.day_list = QTableView(self)
        self.day_list.setModel(self.day_model)
        self.day_list.setSelectionModel(self.day_selection)
        self.day_list.setAccessibleName(self.tr("The day's spots"))
        self.day_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.day_list.setTabKeyNavigation(False)
        self.day_list.verticalHeader().hide()
        self.day_list.setWordWrap(False)
        header = self.day_list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SPOT, QHeaderView.ResizeMode.Stretch)
        # The day's model averages each spot's ratings; here every hold shows its own instead.
        self.day_list.setColumnHidden(COL_TENDER, True)
        self.sessions_label = QLabel(self)
        self.sessions_label.setWordWrap(True)
        self.sessions_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.sessions_label.setAccessibleName(self.tr("The day's sessions"))
        headers = [
            self.tr("Time"),
            self.tr("Spot"),
            self.tr("Planned"),
            self.tr("Held"),
            self.tr("Outcome"),
            self.tr("Tenderness"),
        ]
        self.holds_table = read_only_table(self, self.tr("The day's holds"), headers)
        self.holds_table.itemSelectionChanged.connect(self._update_buttons)
        self._lay_out()

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addWidget(self.legend)
        left.addWidget(self.day_title)
        left.addWidget(self.edit_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_hold_button)
        buttons.addWidget(self.delete_day_button)
        left.addLayout(buttons)
        left.addWidget(self.report_day_button)
        left.addWidget(labelled(self.tr("&Spots"), self.day_list, self))
        left.addWidget(self.day_list, 1)
        right = QVBoxLayout()
        right.addWidget(self.day_diagram, 3)
        right.addWidget(labelled(self.tr("Sessions"), self.sessions_label, self))
        right.addWidget(self.sessions_label)  # no stretch: every session line stays in view
        right.addWidget(labelled(self.tr("H&olds"), self.holds_table, self))
        right.addWidget(self.holds_table, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    # -- showing -------------------------------------------------------------
    def refresh(self) -> None:
        """Mark the calendar again and show the chosen day as the record has it now."""
        self.mark_calendar()
        self.show_day()

    def mark_calendar(self) -> None:
        """Days with holds in bold, shaded by how many, with the number of holds as a tooltip."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every date
        self.counts = days_with_holds(self._session.store, FIRST_DAY, self._session.today_date())
        bounds = effort_bounds([count.holds for count in self.counts])
        self.legend.set_bounds(bounds)
        for count in self.counts:
            tip = holds_text(count.holds)
            if count.cancelled:
                tip += ", " + self.tr("%n cancelled", None, count.cancelled)
            level = max(0, effort_level(count.holds, bounds))
            self.calendar.setDateTextFormat(qdate(count.day), effort_format(level, tip))

    def latest_day(self) -> date | None:
        """The latest day with holds, as the calendar was last marked."""
        return self.counts[-1].day if self.counts else None

    def chosen_day(self) -> date:
        """The day picked on the calendar."""
        picked = self.calendar.selectedDate()
        return date(picked.year(), picked.month(), picked.day())

    def choose(self, day: date) -> None:
        """Show ``day``."""
        self.calendar.setSelectedDate(qdate(day))

    @Slot()
    def show_day(self) -> None:
        """The chosen day's spots, sessions and holds."""
        store, day = self._session.store, self.chosen_day()
        summaries = store.day_summary(day)
        self.day_model.reconcile(summaries)
        self.holds = day_holds(store, day)
        fill(
            self.holds_table,
            [self._hold_cells(h) for h in self.holds],
            [h.hold.id for h in self.holds],
        )
        gap = timedelta(minutes=idle_gap_minutes(self._session.settings))
        sessions = split_sessions([h.hold for h in self.holds], gap, run_of=lambda h: h.run_id)
        self.sessions_label.setText(
            "\n".join(
                self.tr("Session {n}: {start}–{end}, {holds}, {held} held").format(
                    n=s.number,
                    start=time_text(s.start),
                    end=time_text(s.end),
                    holds=holds_text(len(s.holds)),
                    held=seconds_text(s.held_s),
                )
                for s in sessions
            )
            or self.tr("No holds on this day.")
        )
        self.day_title.setText(
            self.tr("{day}: {spots}, {holds}").format(
                day=day_text(day, DayFormat.WEEKDAY_LONG),
                spots=spots_text(len(summaries)),
                holds=holds_text(len(self.holds)),
            )
        )
        self._update_buttons()

    def _hold_cells(self, item: DayHold) -> list[str]:
        hold = item.hold
        return [
            time_text(hold.started, seconds=True),
            knot_name(item.spot.region, place_of(item.spot.region, item.spot.x, item.spot.y)),
            seconds_text(hold.planned_s),
            seconds_text(hold.held_s),
            outcome_name(hold.outcome),
            tenderness_change(hold.tenderness_before, hold.tenderness_after),
        ]

    # -- editing -------------------------------------------------------------
    def selected_hold(self) -> DayHold | None:
        """The hold chosen in the day's table."""
        rows = self.holds_table.selectionModel().selectedRows()
        return self.holds[rows[0].row()] if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        editing = self.edit_box.isChecked()
        self.delete_hold_button.setEnabled(editing and self.selected_hold() is not None)
        self.delete_day_button.setEnabled(editing and bool(self.holds or self.day_model.rowCount()))

    @Slot()
    def delete_hold(self) -> None:
        """Delete the selected hold (undo brings it back)."""
        item = self.selected_hold()
        if not self.edit_box.isChecked() or item is None:
            return
        name = self.tr("at {time} on {spot}").format(
            time=time_text(item.hold.started), spot=region_name(item.spot.region)
        )
        self._session.edits.delete_hold(item.hold.id, name)

    @Slot()
    def delete_day(self) -> None:
        """Delete the chosen day's holds and its spots with none elsewhere (undoable)."""
        if self.edit_box.isChecked():
            day = self.chosen_day()
            self._session.edits.delete_day(day, day_text(day, DayFormat.WEEKDAY_LONG))
