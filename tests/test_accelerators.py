"""In English and in every translation, each Alt+letter means one thing per menu and window."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.backup import Backup, CheckedBackup
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.core.preferences import CuePreferences
from knotimer.core.store import Store
from knotimer.ui.dialogs import recovery
from knotimer.ui.main.window import MainWindow
from knotimer.ui.preferences.dialog import PreferencesDialog

from fakes import FakeClock
from qtsupport import shown_window
from tsfiles import ACCELERATOR, TRANSLATIONS, installed_language

LANGUAGES = ["en", *sorted(p.stem.removeprefix("knotimer_") for p in TRANSLATIONS.glob("*.qm"))]
LANGUAGES = sorted(set(LANGUAGES), key=LANGUAGES.index)


def key(text: str) -> str | None:
    """The accelerator's letter of a text ('&File' -> 'f'), if it has one."""
    found = ACCELERATOR.search(text)
    return found.group(1).lower() if found else None


def clashes(texts: list[str]) -> list[str]:
    """Texts that share their accelerator with another."""
    keys = Counter(key(t) for t in texts)
    return [t for t in texts if key(t) is not None and keys[key(t)] > 1]


def visible_texts(window: QWidget) -> list[str]:
    """The texts with accelerators that Alt+letter reaches in this window now."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy()):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return [t for t in texts if key(t)]


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    with installed_language(request.param):
        yield request.param


@pytest.fixture
def window(
    language: str, qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> MainWindow:
    spot = store.add_spot(Region(Side.LEFT, Muscle.SOLEUS), 0.25, 0.6, clock.now())
    for started in (clock.now() - timedelta(days=1), clock.now()):  # held yesterday and today
        store.record_hold(spot.id, HoldResult(started, 20.0, 20.0, 0.0, 0, Outcome.COMPLETED))
    return shown_window(qtbot, store, clock, tmp_path)


def test_each_menu_gives_each_letter_once(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert clashes(titles) == []
    assert all(key(title) for title in titles)
    for menu in window.findChildren(QMenu):
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        assert clashes(texts) == [], menu.title()


def test_the_window_and_its_menu_bar_share_no_letter(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert clashes(titles + visible_texts(window)) == []


def test_each_page_of_preferences_and_history_gives_each_letter_once(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(
        settings, hold_s=20, cues=CuePreferences(), voices=[], data_folder=tmp_path
    )
    qtbot.addWidget(dialog)
    dialog.show()
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        assert clashes(visible_texts(dialog)) == [], dialog.tabs.tabText(page)
    window.commands.history.trigger()
    history = window.wiring.history
    assert history is not None
    for page in range(history.tabs.count()):
        history.tabs.setCurrentIndex(page)
        assert clashes(visible_texts(history)) == [], history.tabs.tabText(page)


def test_the_questions_knotimer_asks_give_each_letter_once(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    asked: list[list[str]] = []

    def look(box: QDialog) -> int:
        box.show()
        qtbot.waitExposed(box)
        asked.append(visible_texts(box))
        box.hide()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QDialog, "exec", look)
    monkeypatch.setattr(QMessageBox, "exec", look)
    window.table.selectRow(0)
    window.commands.delete_spot.trigger()  # held on another day: which holds to delete?
    window.commands.routine.trigger()  # the safety check first
    offered = CheckedBackup(Backup(Path("/0/1"), date(2026, 11, 20)), 4, 12)
    recovery.ask_about_damage("42", [Path("/0/2")], offered)
    recovery.ask_about_missing(Path("/0/3"), offered)
    from knotimer.ui.routine.start import ask_sides

    ask_sides(window)
    assert len(asked) == 5
    assert [clashes(texts) for texts in asked] == [[] for _ in asked]
    assert any(len(texts) >= 3 for texts in asked)
