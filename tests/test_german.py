"""knotimer in German: the window, History and the PDF report, as a German user sees them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from knotimer.app.daymodel import COL_HOLDS, COL_SPOT, COL_TENDER
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.core.store import Store
from knotimer.ui.main.window import MainWindow
from knotimer.ui.report.pdf import write_report

from fakes import FakeClock
from qtsupport import pdf_text, shown_window
from tsfiles import REPO, installed_language

SOLEUS = Region(Side.LEFT, Muscle.SOLEUS)


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    with installed_language("de", system="de_DE"):
        yield


def rated_holds(store: Store, clock: FakeClock) -> None:
    """Two holds on the left soleus today, rated 6 → 4 and 5 → 3."""
    spot = store.add_spot(SOLEUS, 0.25, 0.62, clock.now())
    for before, after in ((6, 4), (5, 3)):
        result = HoldResult(clock.now(), 20.0, 20.0, 0.0, 0, Outcome.COMPLETED)
        made = store.record_hold(spot.id, result, tenderness_before=before)
        store.change("UPDATE holds SET tenderness_after = ? WHERE id = ?", (after, made.id))
        clock.advance(60)


@pytest.fixture
def window(
    german: None, qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> MainWindow:
    rated_holds(store, clock)
    return shown_window(qtbot, store, clock, tmp_path)


def test_the_window_speaks_german_with_german_decimals(window: MainWindow) -> None:
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "Ha&lten", "Si&gnale", "&Ansicht", "&Hilfe"]
    model = window.table.model()
    assert model.headerData(COL_SPOT, Qt.Orientation.Horizontal) == "Stelle"
    assert model.data(model.index(0, COL_SPOT)) == "Links · Soleus"
    assert model.data(model.index(0, COL_HOLDS)) == "2"
    assert model.data(model.index(0, COL_TENDER)) == "5,5 → 3,5"  # the German decimal comma
    assert "2 Haltephasen" in window.today_title.toolTip()
    assert window.commands.start_pause.text() == "Halten &starten"


def test_history_writes_german_dates(window: MainWindow, clock: FakeClock) -> None:
    window.commands.history.trigger()
    history = window.wiring.history
    assert history is not None
    assert history.days.day_title.text() == "Mittwoch, 25. November 2026: 1 Stelle, 2 Haltephasen"
    assert history.windowTitle() == "Verlauf – knotimer"


def test_the_report_is_german(german: None, store: Store, clock: FakeClock, tmp_path: Path) -> None:
    rated_holds(store, clock)
    day = clock.now().date()
    target = tmp_path / "bericht.pdf"
    write_report(store, day, day, target)
    text = " ".join(pdf_text(target).split())
    assert "knotimer – Protokoll der Waden-Selbstmassage" in text
    assert "Mittwoch, 25. November 2026" in text
    assert "Alle Haltephasen, in zeitlicher Reihenfolge" in text
    assert "keine Diagnose und kein ärztlicher Rat" in text
    assert "2× bis zum Ende" in text
    week = tmp_path / "woche.pdf"
    write_report(store, day - timedelta(days=13), day, week)
    text = " ".join(pdf_text(week).split())
    assert "12. November 2026 – 25. November 2026 (14 Tage)" in text
    assert "Ø 5,5" in text


def test_knotimer_report_from_the_command_line_follows_language(
    store: Store, clock: FakeClock, data_dir: Path, tmp_path: Path, private_home: Path
) -> None:
    rated_holds(store, clock)
    store.close()
    target = tmp_path / "bericht.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "DISPLAY")}
    env |= {"LANGUAGE": "de", "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run(
        [
            *(sys.executable, "-m", "knotimer", "report", "--date", "2026-11-25"),
            *("--data-dir", str(data_dir), "--output", str(target)),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Mittwoch, 25. November 2026" in " ".join(pdf_text(target).split())
