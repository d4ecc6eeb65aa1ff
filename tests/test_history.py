"""History: the core queries over several days, and the history window on both tabs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from knotimer.app.knotlabels import comparison_text
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.edits import hold_deletion, set_deleted
from knotimer.core.heatfield import HeatBy
from knotimer.core.history import Span, day_holds, days_with_holds, knot_history
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.core.records import Spot
from knotimer.core.recurring import heat_spots, recurring_knots
from knotimer.core.store import Store
from knotimer.ui.history.window import HistoryWindow
from knotimer.ui.main.window import MainWindow

from fakes import FakeClock
from qtsupport import make_window

MEDIAL = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
SOLEUS = Region(Side.RIGHT, Muscle.SOLEUS)
DAY1 = date(2026, 11, 20)  # FakeClock starts on 2026-11-25 09:30 (+01:00); we go back first
DAY2 = date(2026, 11, 21)
DAY3 = date(2026, 11, 22)  # just after midnight


def hold(
    store: Store,
    clock: FakeClock,
    spot: Spot,
    *,
    run: str,
    before: int | None = None,
    after: int | None = None,
    outcome: Outcome = Outcome.COMPLETED,
) -> int:
    result = HoldResult(clock.now(), 20.0, 20.0, 0.0, 0, outcome)
    made = store.record_hold(spot.id, result, tenderness_before=before, run_id=run)
    if after is not None:
        store.change("UPDATE holds SET tenderness_after = ? WHERE id = ?", (after, made.id))
    clock.advance(30)
    return made.id


@pytest.fixture(autouse=True)
def english_dates(qapp: QApplication) -> Iterator[None]:
    """Month and weekday names as the assertions spell them, whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def record(store: Store, clock: FakeClock) -> dict[str, int]:
    """Day 1: two runs of the app (a restart), and an idle gap; day 2 ends after midnight."""
    clock.jump_wall(timedelta(days=-5))  # 2026-11-20 09:30
    ids: dict[str, int] = {}
    a = store.add_spot(MEDIAL, 0.30, 0.40, clock.now())
    ids["a"] = a.id
    hold(store, clock, a, run="r1", before=6, after=4)
    hold(store, clock, a, run="r1", before=5, after=3)
    b = store.add_spot(SOLEUS, 0.70, 0.60, clock.now())
    hold(store, clock, b, run="r2")  # the app restarted: a new session
    clock.advance(2 * 3600)  # idle: a new session again
    hold(store, clock, b, run="r2", outcome=Outcome.CANCELLED)
    ids["b"] = b.id
    clock.jump_wall(timedelta(days=1))  # 2026-11-21, late evening
    clock.wall = clock.wall.replace(hour=23, minute=59, second=40)
    a2 = store.add_spot(MEDIAL, 0.305, 0.405, clock.now())  # the same knot again
    ids["a2"] = a2.id
    hold(store, clock, a2, run="r3", before=4, after=2)
    hold(store, clock, a2, run="r3", before=3, after=1)  # after midnight: 2026-11-22
    ids["last"] = hold(store, clock, a2, run="r3")
    clock.wall = clock.wall.replace(day=25, hour=9, minute=30)
    return ids


# -- core -----------------------------------------------------------------
def test_days_with_holds_counts_each_day_and_leaves_deleted_out(
    store: Store, record: dict[str, int]
) -> None:
    counts = days_with_holds(store, DAY1, date(2026, 11, 25))
    assert [(c.day, c.holds, c.cancelled) for c in counts] == [
        (DAY1, 3, 1),
        (DAY2, 1, 0),
        (DAY3, 2, 0),
    ]
    set_deleted(store, hold_deletion(record["last"]), True)
    assert [c.holds for c in days_with_holds(store, DAY3, DAY3)] == [1]
    assert days_with_holds(store, DAY2, DAY2)[0].day == DAY2


def test_day_holds_come_with_their_spots_in_order(store: Store, record: dict[str, int]) -> None:
    items = day_holds(store, DAY1)
    assert [i.spot.id for i in items] == [record["a"]] * 2 + [record["b"]] * 2
    assert [i.hold.run_id for i in items] == ["r1", "r1", "r2", "r2"]
    assert items[0].spot.region == MEDIAL
    assert items[0].hold.tenderness_after == 4


def test_the_knots_cluster_the_same_spot_over_days_and_compare_like_with_like(
    store: Store, record: dict[str, int]
) -> None:
    spots = heat_spots(store, None)
    assert {s.spot.id: s.holds for s in spots} == {record["a"]: 2, record["b"]: 1, record["a2"]: 3}
    knots = recurring_knots(spots)
    assert [(k.number, k.knot.region, k.holds, k.day_count) for k in knots] == [
        (1, MEDIAL, 5, 3),
        (2, SOLEUS, 1, 1),
    ]
    # Three days, so its first day against its latest: before 6 and 5, then 3.
    before = knots[0].tenderness.before
    assert not before.weeks
    assert comparison_text(before) == "avg 5.5 → 3"
    assert knots[0].tenderness.relief == 2.0  # 6-4, 5-3, 4-2, 3-1
    assert knots[1].tenderness.before.early is None
    recent = heat_spots(store, Span.WEEK.first_day(DAY2))  # from 2026-11-15 on: all
    assert len(recent) == 3
    assert [s.spot.id for s in heat_spots(store, DAY3)] == [record["a2"]]


def test_knot_history_by_day_and_session(store: Store, record: dict[str, int]) -> None:
    knot = recurring_knots(heat_spots(store, None))[0]
    history = knot_history(store, knot.knot, None)
    assert [(d.day, len(d.holds)) for d in history.days] == [(DAY1, 2), (DAY2, 1), (DAY3, 2)]
    assert [len(s.holds) for s in history.sessions] == [2, 1, 2]  # midnight ends a session
    assert [h.tenderness_before for h in history.holds] == [6, 5, 4, 3, None]


# -- window ---------------------------------------------------------------
@pytest.fixture
def main(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path, record: dict[str, int]
) -> MainWindow:
    shown = make_window(store, clock, tmp_path)
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def history(qtbot: QtBot, main: MainWindow) -> HistoryWindow:
    shown = HistoryWindow(main.session, main)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def choose(window: HistoryWindow, day: date) -> None:
    window.days.calendar.setSelectedDate(QDate(day.year, day.month, day.day))


def test_calendar_shades_exactly_the_days_with_holds_and_opens_on_the_latest(
    history: HistoryWindow,
) -> None:
    days = history.days
    marked = {
        date(d.year(), d.month(), d.day()): f
        for d, f in days.calendar.dateTextFormat().items()
        if f.fontWeight() == QFont.Weight.Bold
    }
    assert sorted(marked) == [DAY1, DAY2, DAY3]
    assert marked[DAY1].toolTip() == "3 holds, 1 cancelled"
    # Shaded by how much was done: 3 holds darker than 1 and 2 (and a legend says so).
    shades = {day: marked[day].background().color().lightness() for day in marked}
    assert shades[DAY1] < shades[DAY3] < shades[DAY2]
    assert days.legend.summary() == "Days shaded by holds that day, light to dark: 1, 2, 3+."
    # Today (25 Nov) has no holds: History opens on the latest day that has.
    assert days.calendar.selectedDate() == QDate(2026, 11, 22)
    assert days.day_title.text().startswith("Sunday, 22 November 2026: ")


def test_choosing_a_day_fills_the_list_diagram_sessions_and_holds(history: HistoryWindow) -> None:
    days = history.days
    choose(history, DAY1)
    assert days.day_model.rowCount() == 2
    assert [m.number for m in days.day_diagram.markers()] == [1, 2]
    assert days.holds_table.rowCount() == 4
    assert days.holds_table.item(3, 4).text() == "cancelled"
    assert days.holds_table.item(0, 5).text() == "6 → 4"
    # The restart (a new run) continues the sitting; the two-hour pause ends it.
    assert days.sessions_label.text().count("Session") == 2
    assert days.sessions_label.text().startswith("Session 1: 09:30–09:31, 3 holds")
    # The day's list and its diagram share one selection model.
    days.day_list.selectRow(1)
    assert days.day_diagram.selected() == days.day_model.spot_id_at(1)


def test_deleting_needs_edit_this_day_and_goes_through_undo(
    history: HistoryWindow, main: MainWindow, store: Store
) -> None:
    days = history.days
    choose(history, DAY1)
    days.holds_table.selectRow(0)
    assert not days.delete_hold_button.isEnabled()
    assert not days.delete_day_button.isEnabled()
    days.delete_hold()
    assert len(day_holds(store, DAY1)) == 4  # refused: not editing
    days.edit_box.setChecked(True)
    days.holds_table.selectRow(0)
    assert days.delete_hold_button.isEnabled()
    days.delete_hold_button.click()
    assert len(day_holds(store, DAY1)) == 3
    assert days.holds_table.rowCount() == 3  # refreshed through recordChanged
    main.session.history.undo()
    assert days.holds_table.rowCount() == 4
    days.delete_day_button.click()
    assert day_holds(store, DAY1) == []
    assert store.day_summary(DAY1) == []
    assert days.day_model.rowCount() == 0
    assert DAY1 not in {c.day for c in days_with_holds(store, DAY1, DAY3)}
    main.session.history.undo()
    assert len(day_holds(store, DAY1)) == 4
    assert days.day_model.rowCount() == 2


def test_history_reads_the_record_only_while_shown(
    history: HistoryWindow, main: MainWindow, store: Store
) -> None:
    choose(history, DAY1)
    shown = history.refreshes
    main.session.refresh()
    assert history.refreshes == shown + 1  # visible: brought up to date
    history.hide()
    for _ in range(5):
        main.session.refresh()  # hidden: nothing is read
    assert history.refreshes == shown + 1
    history.show()
    assert history.refreshes == shown + 2  # once, when shown again


def show_all(history: HistoryWindow) -> None:
    knots = history.knots
    knots.span_box.setCurrentIndex(knots.span_box.findData(Span.ALL))


def test_recurring_knots_tab_heat_list_and_charts(history: HistoryWindow) -> None:
    knots = history.knots
    show_all(history)
    assert knots.heat_diagram.heat() == knots.field.cells
    assert knots.field.by is HeatBy.HOLDS
    assert max(v for *_, v in knots.field.cells) == 1.0
    assert [m.number for m in knots.heat_diagram.markers()] == [1, 2]
    model = knots.knot_model
    cells = [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]
    assert cells == [
        ["1", "Left · medial gastrocnemius · lower, outer edge", "3", "5", "avg 5.5 → 3", ""],
        ["2", "Right · soleus · lower part", "1", "1", "", ""],
    ]
    detail = knots.detail
    assert detail.title.text() == "Choose a knot in the list or on the map."
    assert detail.trend.summary().startswith("Choose a knot")  # not 'no ratings': none chosen
    knots.knot_table.selectRow(0)
    assert knots.heat_diagram.selected() == 1  # the list and the heat map agree
    assert detail.days.rowCount() == 3
    assert detail.days.item(0, 3).text() == "3 → 1"  # latest day first, each rated hold
    assert detail.trend.points() == [(6, 4), (5, 3), (4, 2), (3, 1)]
    assert detail.trend.axis_labels() == ["20 Nov 2026", "22 Nov 2026"]  # dates, with years
    assert "4 rated holds" in detail.trend.summary()
    assert detail.change.text().startswith("Tender before a hold (first day → latest day): ")
    knots.knot_table.selectRow(1)
    assert detail.trend.summary().startswith("No tenderness ratings for this knot yet.")
    assert detail.release.summary().startswith("It has not let go before the end")
    knots.span_box.setCurrentIndex(knots.span_box.findData(Span.WEEK))  # 19-25 Nov
    assert model.rowCount() == 2


def test_colour_by_tenderness_and_back(history: HistoryWindow) -> None:
    knots = history.knots
    show_all(history)
    held = knots.field.cells
    knots.by_tenderness.setChecked(True)
    assert knots.field.by is HeatBy.TENDERNESS
    assert knots.heat_diagram.heat() == knots.field.cells != held  # only knot 1 was rated
    assert (knots.field.low, knots.field.high) == (4.5, 4.5)  # its average before a hold
    assert "how tender a place was" in knots.legend.summary()
    knots.by_holds.setChecked(True)
    assert knots.heat_diagram.heat() == held
    assert "how often a place was held" in knots.legend.summary()


def test_the_chosen_knot_stays_chosen_when_the_record_changes(
    history: HistoryWindow, main: MainWindow, store: Store, clock: FakeClock, record: dict[str, int]
) -> None:
    knots = history.knots
    show_all(history)
    knots.knot_table.selectRow(1)  # the soleus knot, number 2
    chosen = knots.selected_knot()
    assert chosen is not None
    assert chosen.knot.region == SOLEUS
    soleus = store.spot(record["b"])
    for _ in range(6):  # it is now held most: it becomes number 1
        hold(store, clock, soleus, run="r9")
    main.session.refresh()  # the record changed: History reads it again
    again = knots.selected_knot()
    assert again is not None
    assert (again.number, again.knot.region, again.holds) == (1, SOLEUS, 7)
    assert knots.detail.title.text().startswith("Knot 1: Right · soleus")


def test_grab_both_tabs(history: HistoryWindow, tmp_path: Path) -> None:
    folder = Path(os.environ.get("KNOTIMER_GRAB_DIR", str(tmp_path)))
    choose(history, DAY1)
    history.resize(1100, 760)
    QApplication.sendPostedEvents()  # let the layouts settle, as the event loop would
    history.grab().save(str(folder / "days.png"))
    history.tabs.setCurrentIndex(1)
    show_all(history)
    history.knots.knot_table.selectRow(0)
    QApplication.sendPostedEvents()
    history.grab().save(str(folder / "knots.png"))
    assert (folder / "days.png").stat().st_size > 10_000
    assert (folder / "knots.png").stat().st_size > 10_000


def test_it_is_a_window_of_its_own(history: HistoryWindow) -> None:
    assert history.windowFlags() & Qt.WindowType.Window
