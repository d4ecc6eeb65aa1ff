from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.store import Store
from knotimer.ui.main.window import MainWindow

from fakes import FakeClock
from qtsupport import make_window, pdf_text, point_on

MEDIAL = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
SOLEUS = Region(Side.RIGHT, Muscle.SOLEUS)


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    shown = make_window(store, clock, tmp_path)
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    qtbot.mouseClick(shown.diagram, Qt.MouseButton.LeftButton, pos=point_on(shown.diagram, MEDIAL))
    qtbot.keyClick(shown.diagram, Qt.Key.Key_Space)
    clock.advance(20)
    shown.session.hold.check()
    return shown


def test_the_history_window_opens_once_and_shows_today(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.commands.history.trigger()
    history = window.wiring.history
    assert history is not None
    assert history.isVisible()
    window.commands.history.trigger()
    assert window.wiring.history is history
    assert history.days.calendar.selectedDate().toPython() == clock.now().date()
    assert window.session.history.undo_action in history.actions()


def test_the_report_action_writes_a_private_pdf(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "for-my-physio.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(f"warning: {args}"))
    window.commands.report.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_report_for_a_past_day_from_history(
    qtbot: QtBot,
    window: MainWindow,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    past = clock.now().date()  # the fixture's hold on the medial gastrocnemius was on this day
    clock.advance(2 * 24 * 3600)  # two days later, a hold on another muscle
    window.session.check_day()
    point = point_on(window.diagram, SOLEUS)
    qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=point)
    qtbot.keyClick(window.diagram, Qt.Key.Key_Space)
    clock.advance(20)
    window.session.hold.check()
    assert window.session.today_date() == past + timedelta(days=2)
    window.commands.history.trigger()
    history = window.wiring.history
    assert history is not None
    history.days.calendar.setSelectedDate(QDate(past.year, past.month, past.day))
    target = tmp_path / "that-day.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(f"warning: {args}"))
    history.days.report_day_button.click()
    text = " ".join(pdf_text(target).split())
    assert QLocale().toString(QDate(past.year, past.month, past.day), "dddd, d MMMM yyyy") in text
    assert "Left · medial gastrocnemius" in text
    assert "Right · soleus" not in text  # today's hold is not in the past day's report
