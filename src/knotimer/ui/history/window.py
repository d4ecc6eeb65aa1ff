"""The history window: past days on a calendar, and the knots that keep coming back."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Slot
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from knotimer.app.commands import DeleteDay, DeleteHold
from knotimer.app.daymodel import DaySpotsModel, tenderness_change
from knotimer.app.labels import holds_text, outcome_name, region_name, seconds_text
from knotimer.core.history import (
    DayHold,
    KnotSummary,
    Span,
    day_holds,
    days_with_holds,
    heat_points,
    heat_spots,
    knot_history,
    recurring_knots,
)
from knotimer.core.sessions import split_sessions
from knotimer.resources import asset
from knotimer.ui.diagram.paint import Marker
from knotimer.ui.diagram.widget import DiagramWidget
from knotimer.ui.history.trendchart import TrendChart
from knotimer.ui.preferences.dialog import idle_gap_minutes

if TYPE_CHECKING:
    from knotimer.ui.main.window import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MARKED_KNOTS = 20  # numbered markers on the diagram; the list has them all
FIRST_DAY = date(2000, 1, 1)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryWindow", text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table: the keyboard can reach the rest
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[int]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for row, (cells, item_id) in enumerate(zip(rows, ids, strict=True)):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, item_id)
            table.setItem(row, column, item)


def _labelled(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


class HistoryWindow(QWidget):
    """Days (calendar, a day's spots, sessions and holds) and recurring knots (heat map, trend)."""

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self.main = main
        self.holds: list[DayHold] = []
        self.setWindowTitle(_tr("History – knotimer"))
        self.setAccessibleName(_tr("History"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(_tr("History views"))
        self.tabs.addTab(self._days_tab(), _tr("&Days"))
        self.tabs.addTab(self._knots_tab(), _tr("&Recurring knots"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(1100, 760)
        main.recordChanged.connect(self.refresh)
        self.calendar.setSelectedDate(_qdate(main.today()))
        self.refresh()

    # -- building ----------------------------------------------------------
    def _days_tab(self) -> QWidget:
        page = QWidget(self)
        self.calendar = QCalendarWidget(page)
        self.calendar.setAccessibleName(_tr("Calendar: days with holds are in bold"))
        self.calendar.setGridVisible(True)
        self.calendar.selectionChanged.connect(self.show_day)
        self.day_title = QLabel(page)
        self.day_title.setWordWrap(True)
        self.edit_box = QCheckBox(_tr("&Edit this day"), page)
        self.edit_box.setAccessibleName(_tr("Edit this day"))
        self.edit_box.toggled.connect(self._update_buttons)
        self.delete_hold_button = QPushButton(_tr("Delete &hold"), page)
        self.delete_hold_button.setAccessibleName(_tr("Delete the selected hold"))
        self.delete_hold_button.clicked.connect(self.delete_hold)
        self.delete_day_button = QPushButton(_tr("Delete this d&ay"), page)
        self.delete_day_button.setAccessibleName(_tr("Delete this day"))
        self.delete_day_button.clicked.connect(self.delete_day)
        self.report_day_button = QPushButton(_tr("&Report for this day (PDF)…"), page)
        self.report_day_button.setAccessibleName(_tr("Report for this day as a PDF"))
        self.report_day_button.clicked.connect(self.report_day)
        self.day_diagram = DiagramWidget(asset("diagram/calves.svg"), page)
        self.day_diagram.set_read_only(True)
        self.day_diagram.setAccessibleName(_tr("The day's spots on the calf diagram"))
        self.day_diagram.spotClicked.connect(self._day_spot_clicked)
        self.day_model = DaySpotsModel(page)
        self.day_list = QTableView(page)
        self.day_list.setModel(self.day_model)
        self.day_list.setAccessibleName(_tr("The day's spots"))
        self.day_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.day_list.setTabKeyNavigation(False)
        self.day_list.verticalHeader().hide()
        self.day_list.horizontalHeader().setStretchLastSection(True)
        self.sessions_label = QLabel(page)
        self.sessions_label.setWordWrap(True)
        self.sessions_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.sessions_label.setAccessibleName(_tr("The day's sessions"))
        self.holds_table = _table(
            page,
            _tr("The day's holds"),
            [
                _tr("Time"),
                _tr("Spot"),
                _tr("Planned"),
                _tr("Held"),
                _tr("Outcome"),
                _tr("Tenderness"),
            ],
        )
        self.holds_table.itemSelectionChanged.connect(self._update_buttons)

        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addWidget(self.day_title)
        left.addWidget(self.edit_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_hold_button)
        buttons.addWidget(self.delete_day_button)
        left.addLayout(buttons)
        left.addWidget(self.report_day_button)
        left.addWidget(_labelled(_tr("&Spots"), self.day_list, page))
        left.addWidget(self.day_list, 1)
        right = QVBoxLayout()
        right.addWidget(self.day_diagram, 3)
        right.addWidget(_labelled(_tr("Sessions"), self.sessions_label, page))
        right.addWidget(self.sessions_label)  # no stretch: every session line stays in view
        right.addWidget(_labelled(_tr("H&olds"), self.holds_table, page))
        right.addWidget(self.holds_table, 2)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        return page

    def _knots_tab(self) -> QWidget:
        page = QWidget(self)
        self.span_box = QComboBox(page)
        self.span_box.setAccessibleName(_tr("How far back"))
        for span, text in (
            (Span.WEEK, _tr("Last 7 days")),
            (Span.MONTH, _tr("Last 30 days")),
            (Span.QUARTER, _tr("Last 90 days")),
            (Span.ALL, _tr("All")),
        ):
            self.span_box.addItem(text, span)
        self.span_box.setCurrentIndex(1)
        self.span_box.currentIndexChanged.connect(self.show_knots)
        self.heat_diagram = DiagramWidget(asset("diagram/calves.svg"), page)
        self.heat_diagram.set_read_only(True)
        self.heat_diagram.setAccessibleName(_tr("Heat map of recurring knots"))
        self.heat_diagram.spotClicked.connect(self._knot_marker_clicked)
        self.knot_table = _table(
            page,
            _tr("Recurring knots"),
            [_tr("#"), _tr("Knot"), _tr("Days"), _tr("Holds"), _tr("Tenderness, first → latest")],
        )
        self.knot_table.itemSelectionChanged.connect(self.show_knot)
        self.knot_days = _table(
            page,
            _tr("The knot's days"),
            [_tr("Day"), _tr("Holds"), _tr("Held"), _tr("Tenderness before → after")],
        )
        self.trend = TrendChart(page)
        self.knots_note = QLabel(page)
        self.knots_note.setWordWrap(True)

        left = QVBoxLayout()
        span_row = QHBoxLayout()
        span_row.addWidget(_labelled(_tr("&Show"), self.span_box, page))
        span_row.addWidget(self.span_box, 1)
        left.addLayout(span_row)
        left.addWidget(self.heat_diagram, 1)
        left.addWidget(self.knots_note)
        right = QVBoxLayout()
        right.addWidget(_labelled(_tr("&Knots"), self.knot_table, page))
        right.addWidget(self.knot_table, 2)
        right.addWidget(_labelled(_tr("The knot, &day by day"), self.knot_days, page))
        right.addWidget(self.knot_days, 1)
        right.addWidget(self.trend, 1)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.knots: list[KnotSummary] = []
        return page

    # -- refreshing --------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Reload everything from the store (after any change to the record)."""
        self.mark_calendar()
        self.show_day()
        self.show_knots()

    def mark_calendar(self) -> None:
        """Days with holds in bold, with the number of holds as a tooltip."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every date
        for count in days_with_holds(self.main.store, FIRST_DAY, self.main.today()):
            marked = QTextCharFormat()
            marked.setFontWeight(QFont.Weight.Bold)
            marked.setFontUnderline(True)  # not by weight alone
            tip = holds_text(count.holds)
            if count.cancelled:
                tip += ", " + _tr("{n} cancelled").format(n=count.cancelled)
            marked.setToolTip(tip)
            self.calendar.setDateTextFormat(_qdate(count.day), marked)

    def chosen_day(self) -> date:
        """The day picked on the calendar."""
        picked = self.calendar.selectedDate()
        return date(picked.year(), picked.month(), picked.day())

    @Slot()
    def report_day(self) -> None:
        """A PDF of the chosen day, to hand a therapist."""
        from knotimer.ui.report.pdf import report_dialog

        day = self.chosen_day()
        report_dialog(self, self.main.store, day, day)

    @Slot()
    def show_day(self) -> None:
        """The chosen day's spots, sessions and holds."""
        store, day = self.main.store, self.chosen_day()
        summaries = store.day_summary(day)
        self.day_model.set_summaries(summaries)
        self.day_diagram.set_markers(
            [
                Marker(s.spot.id, n, s.spot.x, s.spot.y, self.day_model.describe(n - 1))
                for n, s in enumerate(summaries, start=1)
            ]
        )
        self.holds = day_holds(store, day)
        _fill(
            self.holds_table,
            [self._hold_cells(h) for h in self.holds],
            [h.hold.id for h in self.holds],
        )
        gap = timedelta(minutes=idle_gap_minutes(self.main.settings))
        sessions = split_sessions([h.hold for h in self.holds], gap, run_of=lambda h: h.run_id)
        self.sessions_label.setText(
            "\n".join(
                _tr("Session {n}: {start}–{end}, {holds}, {held} held").format(
                    n=s.number,
                    start=s.start.strftime("%H:%M"),
                    end=s.end.strftime("%H:%M"),
                    holds=holds_text(len(s.holds)),
                    held=seconds_text(s.held_s),
                )
                for s in sessions
            )
            or _tr("No holds on this day.")
        )
        self.day_title.setText(
            _tr("{day}: {spots}, {holds}").format(
                day=day.strftime("%A %d %B %Y"),
                spots=(_tr("{n} spot") if len(summaries) == 1 else _tr("{n} spots")).format(
                    n=len(summaries)
                ),
                holds=holds_text(len(self.holds)),
            )
        )
        self._update_buttons()

    def _hold_cells(self, item: DayHold) -> list[str]:
        hold = item.hold
        return [
            hold.started.strftime("%H:%M:%S"),
            region_name(item.spot.region),
            seconds_text(hold.planned_s),
            seconds_text(hold.held_s),
            outcome_name(hold.outcome),
            tenderness_change(hold.tenderness_before, hold.tenderness_after),
        ]

    @Slot()
    def show_knots(self) -> None:
        """The heat map, markers and list of knots for the chosen span."""
        span = self.span_box.currentData()
        assert isinstance(span, Span)
        first = span.first_day(self.main.today())
        self.knots = recurring_knots(heat_spots(self.main.store, first))
        self.heat_diagram.set_heat(heat_points(self.knots))
        self.heat_diagram.set_markers(
            [
                Marker(k.number, k.number, k.knot.x, k.knot.y, self._knot_text(k))
                for k in self.knots[:MARKED_KNOTS]
            ]
        )
        _fill(
            self.knot_table,
            [self._knot_cells(k) for k in self.knots],
            [k.number for k in self.knots],
        )
        self.knots_note.setText(
            _tr("No holds in this time yet.")
            if not self.knots
            else _tr("Warmer: held more often. The {n} most held knots are numbered.").format(
                n=min(len(self.knots), MARKED_KNOTS)
            )
        )
        self.show_knot()

    @staticmethod
    def _knot_cells(k: KnotSummary) -> list[str]:
        return [
            str(k.number),
            region_name(k.knot.region),
            str(k.days),
            str(k.holds),
            tenderness_change(k.first_tenderness, k.latest_tenderness),
        ]

    @staticmethod
    def _knot_text(k: KnotSummary) -> str:
        days = (_tr("{n} day") if k.days == 1 else _tr("{n} days")).format(n=k.days)
        return _tr("Knot {n}, {name}, {holds} on {days}").format(
            n=k.number, name=region_name(k.knot.region), holds=holds_text(k.holds), days=days
        )

    def selected_knot(self) -> KnotSummary | None:
        """The knot chosen in the list."""
        rows = self.knot_table.selectionModel().selectedRows()
        return self.knots[rows[0].row()] if rows else None

    @Slot()
    def show_knot(self) -> None:
        """The chosen knot's days and its tenderness trend."""
        knot = self.selected_knot()
        self.heat_diagram.set_selected(None if knot is None else knot.number)
        if knot is None:
            _fill(self.knot_days, [], [])
            self.trend.set_points([])
            return
        span = self.span_box.currentData()
        assert isinstance(span, Span)
        gap = timedelta(minutes=idle_gap_minutes(self.main.settings))
        history = knot_history(self.main.store, knot.knot, span.first_day(self.main.today()), gap)
        rows = [
            [
                t.start.date().isoformat(),
                str(t.holds),
                seconds_text(t.held_s),
                tenderness_change(t.before, t.after),
            ]
            for t in history.days
        ]
        _fill(self.knot_days, rows, list(range(len(rows))))
        self.trend.set_points([(t.before, t.after) for t in history.sessions])

    # -- choosing and editing ----------------------------------------------
    @Slot(int)
    def _day_spot_clicked(self, spot_id: int) -> None:
        row = self.day_model.row_of(spot_id)
        if row is not None:
            self.day_list.selectRow(row)
        self.day_diagram.set_selected(spot_id)

    @Slot(int)
    def _knot_marker_clicked(self, number: int) -> None:
        self.knot_table.selectRow(number - 1)

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
        """Delete the selected hold (undo in the main window brings it back)."""
        item = self.selected_hold()
        if not self.edit_box.isChecked() or item is None:
            return
        name = _tr("at {time} on {spot}").format(
            time=item.hold.started.strftime("%H:%M"), spot=region_name(item.spot.region)
        )
        if self.main.edits.history.push(DeleteHold(self.main, item.hold.id, name)):
            self.main.say(_tr("Hold {name} deleted. Ctrl+Z brings it back.").format(name=name))

    @Slot()
    def delete_day(self) -> None:
        """Delete every spot and hold of the chosen day (undoable)."""
        if not self.edit_box.isChecked():
            return
        day = self.chosen_day()
        if self.main.edits.history.push(DeleteDay(self.main, day, day.isoformat())):
            self.main.say(_tr("{day} deleted. Ctrl+Z brings it back.").format(day=day.isoformat()))
