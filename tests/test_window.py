from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.holdtimer import HoldState, Outcome
from knotimer.core.store import Store
from knotimer.ui.main.window import MainWindow

from fakes import FakeClock
from qtsupport import RecordingCues, build_window, make_window, point_on, shown_window

MEDIAL_LEFT = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
LATERAL_RIGHT = Region(Side.RIGHT, Muscle.GASTROCNEMIUS_LATERAL)


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, store, clock, tmp_path)


def click_region(qtbot: QtBot, window: MainWindow, region: Region) -> QPoint:
    point = point_on(window.diagram, region)
    qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=point)
    return point


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """A key pressed wherever the keyboard focus is, as a person would."""
    target = window.focusWidget() or window
    qtbot.keyClick(target, key)


def test_space_starts_the_hold_wherever_the_focus_is(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click_region(qtbot, window, MEDIAL_LEFT)
    focusable = [window.diagram, window.table, window.panel.length, window.panel.start_button]
    for widget in focusable:
        widget.setFocus()
        assert window.focusWidget() is widget
        qtbot.keyClick(widget, Qt.Key.Key_Space)
        assert window.session.hold.state is HoldState.RUNNING, type(widget).__name__
        qtbot.keyClick(widget, Qt.Key.Key_Escape)
        assert window.session.hold.state is HoldState.IDLE
    assert window.panel.length_s() == 20  # no space typed into the box


def test_click_space_hold_and_find_it_in_todays_list(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click_region(qtbot, window, MEDIAL_LEFT)
    [summary] = store.day_summary(clock.now().date())
    assert summary.spot.region == MEDIAL_LEFT
    assert 0 < summary.spot.x < 0.5  # the left leg is drawn on the left
    assert window.session.selected_spot() == summary.spot.id
    assert len(window.diagram.markers()) == 1

    press(qtbot, window, Qt.Key.Key_Space)
    assert window.session.hold.state is HoldState.RUNNING
    assert window.cues.asked == ["start"]  # type: ignore[attr-defined]
    assert window.panel.countdown.seconds_shown() == 20

    clock.advance(12.3)
    window.session.hold.check()
    assert window.panel.countdown.seconds_shown() == 8
    clock.advance(7.7)
    window.session.hold.check()

    assert window.session.hold.state is HoldState.IDLE
    assert window.cues.asked == ["start", "end"]  # type: ignore[attr-defined]
    assert window.flash.isVisible()
    assert window.flash.geometry() == window.rect()  # a wash over everything
    assert window.centralWidget().count() == 2  # type: ignore[attr-defined]
    [hold] = store.holds_for_spot(summary.spot.id)
    assert hold.outcome is Outcome.COMPLETED
    assert hold.held_s == 20
    assert window.session.today.index(0, 2).data() == "1"
    assert window.session.today.index(0, 3).data() == "20 s"
    assert window.session.today.index(0, 5).data() == "09:30"
    assert "Saved" in window.statusBar().currentMessage()


def test_escape_cancels_and_the_hold_is_kept_but_not_counted(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click_region(qtbot, window, MEDIAL_LEFT)
    press(qtbot, window, Qt.Key.Key_Space)
    clock.advance(4)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.session.hold.state is HoldState.IDLE
    assert window.cues.asked == ["start"]  # type: ignore[attr-defined]
    assert not window.flash.isVisible()
    [summary] = store.day_summary(clock.now().date())
    assert summary.holds == 0
    assert summary.cancelled == 1
    assert [h.outcome for h in store.holds_for_spot(summary.spot.id)] == [Outcome.CANCELLED]


def test_a_click_outside_the_calves_records_nothing_and_says_why(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert store.day_summary(clock.now().date()) == []
    assert "outside the calf" in window.statusBar().currentMessage()
    assert window.diagram.markers() == []


def test_space_without_a_spot_explains_what_to_do(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.session.hold.state is HoldState.IDLE
    assert "click the knot" in window.statusBar().currentMessage()


def test_a_click_near_a_spot_selects_it_instead_of_making_a_new_one(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    first = click_region(qtbot, window, MEDIAL_LEFT)
    click_region(qtbot, window, LATERAL_RIGHT)
    assert len(store.day_summary(clock.now().date())) == 2
    qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=first + QPoint(4, -3))
    summaries = store.day_summary(clock.now().date())
    assert len(summaries) == 2
    assert window.session.selected_spot() == summaries[0].spot.id


def test_list_and_diagram_selection_follow_each_other(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click_region(qtbot, window, MEDIAL_LEFT)
    click_region(qtbot, window, LATERAL_RIGHT)
    first, second = (s.spot.id for s in store.day_summary(clock.now().date()))
    assert window.table.currentIndex().row() == 1
    window.table.selectRow(0)
    assert window.session.selected_spot() == first
    assert window.diagram.selected() == first
    marker = next(m for m in window.diagram.markers() if m.spot_id == second)
    qtbot.mouseClick(
        window.diagram,
        Qt.MouseButton.LeftButton,
        pos=window.diagram.to_widget(marker.x, marker.y).toPoint(),
    )
    assert window.table.currentIndex().row() == 1  # one selection model: Qt keeps them together
    assert window.table.selectionModel() is window.session.selection
    assert "Right · lateral gastrocnemius" in window.selection_label.text()


def test_todays_list_is_back_after_a_restart(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    click_region(qtbot, window, MEDIAL_LEFT)
    press(qtbot, window, Qt.Key.Key_Space)
    clock.advance(20)
    window.session.hold.check()
    window.close()
    store.close()

    reopened = Store.in_folder(store.path.parent)
    again = make_window(reopened, clock, tmp_path)
    qtbot.addWidget(again)
    assert again.session.today.rowCount() == 1
    assert again.session.today.index(0, 1).data() == "Left · medial gastrocnemius"
    assert again.session.today.index(0, 2).data() == "1"
    assert len(again.diagram.markers()) == 1
    reopened.close()


def test_closing_mid_hold_records_it_as_interrupted(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click_region(qtbot, window, MEDIAL_LEFT)
    press(qtbot, window, Qt.Key.Key_Space)
    clock.advance(6)
    window.close()
    [summary] = store.day_summary(clock.now().date())
    [hold] = store.holds_for_spot(summary.spot.id)
    assert hold.outcome is Outcome.INTERRUPTED
    assert hold.held_s == pytest.approx(6)


def test_hold_length_from_the_command_line_and_presets(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    window = make_window(store, clock, tmp_path, hold_s=15)
    qtbot.addWidget(window)
    assert window.panel.length_s() == 15
    assert not any(b.isChecked() for b in window.panel.presets.buttons())
    window.panel.presets.button(30).click()
    assert window.panel.length_s() == 30
    assert window.panel.presets.button(30).isChecked()
    window.panel.length.setValue(99)  # the box itself refuses anything above 30
    assert window.panel.length_s() == 30
    again = make_window(store, clock, tmp_path)
    qtbot.addWidget(again)
    assert again.panel.length_s() == 30  # remembered


def test_marking_is_refused_while_a_hold_runs(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click_region(qtbot, window, MEDIAL_LEFT)
    press(qtbot, window, Qt.Key.Key_Space)
    click_region(qtbot, window, LATERAL_RIGHT)
    assert len(store.day_summary(clock.now().date())) == 1
    assert "finish it" in window.statusBar().currentMessage()


def test_today_rolls_over_at_midnight_without_a_restart(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    clock.wall = clock.wall.replace(hour=23, minute=59, second=50)
    click_region(qtbot, window, MEDIAL_LEFT)
    spot_id = window.session.today.spot_id_at(0)
    press(qtbot, window, Qt.Key.Key_Space)
    clock.advance(20)  # from 23:59:50 to 00:00:10
    window.session.hold.check()
    [hold] = store.holds_for_spot(spot_id)
    assert hold.local_date.isoformat() == "2026-11-25"  # the day it started
    assert window.session.day.isoformat() == "2026-11-26"
    assert window.session.today.rowCount() == 0

    clock.wall = clock.wall.replace(hour=8)
    click_region(qtbot, window, MEDIAL_LEFT)
    assert window.session.today.rowCount() == 1
    clock.advance(86400)  # the window stayed open all day and night
    assert window.session.today.rowCount() == 1
    window.session.check_day()  # what the midnight timer, or coming back to the window, does
    assert window.session.day.isoformat() == "2026-11-27"
    assert window.session.today.rowCount() == 0
    assert window.diagram.markers() == []


def test_window_size_and_layout_are_remembered(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    first = make_window(store, clock, tmp_path)
    qtbot.addWidget(first)
    with qtbot.waitExposed(first):
        first.show()
    first.resize(740, 640)  # within the screen, above the least height the window can have
    first.splitter.setSizes([250, 450])
    sizes = first.splitter.sizes()
    first.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = build_window(store, clock, RecordingCues(), settings)
    qtbot.addWidget(again)
    with qtbot.waitExposed(again):
        again.show()
    assert again.size().width() == 740
    assert again.size().height() == 640
    assert again.splitter.sizes() == sizes


def test_today_shows_its_sessions(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    assert window.today_title.text() == "<b>Today</b>"
    click_region(qtbot, window, MEDIAL_LEFT)
    for pause_min in (0, 50):  # the second hold comes after a long pause: a new session
        clock.advance(pause_min * 60)
        press(qtbot, window, Qt.Key.Key_Space)
        clock.advance(20)
        window.session.hold.check()
    assert "2 sessions · 40 s held" in window.today_title.text()
    assert window.today_title.toolTip().count("Session") == 2
