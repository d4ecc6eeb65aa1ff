"""Helpers for widget tests: find a point on a region of the diagram, build a window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QSettings
from pytestqt.qtbot import QtBot

from knotimer.core.anatomy import Region
from knotimer.core.store import Store
from knotimer.ui.cues import CuePlayer
from knotimer.ui.diagram import DiagramWidget
from knotimer.ui.mainwindow import MainWindow

from fakes import FakeClock


def point_on(diagram: DiagramWidget, region: Region, step: int = 3) -> QPoint:
    """A widget point on ``region``: the region's pixel nearest its own centre of mass."""
    hits = [
        (x, y)
        for y in range(0, diagram.height(), step)
        for x in range(0, diagram.width(), step)
        if diagram.region_at(QPointF(x, y)) == region
    ]
    assert hits, f"{region} is not drawn"
    cx = sum(x for x, _ in hits) / len(hits)
    cy = sum(y for _, y in hits) / len(hits)
    x, y = min(hits, key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2)
    return QPoint(x, y)


class RecordingCues(CuePlayer):
    """The real cue player, also remembering which cues were asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []
        self.requested.connect(self.asked.append)


def make_window(
    store: Store, clock: FakeClock, tmp_path: Path, hold_s: int | None = None
) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, clock, RecordingCues(), settings, hold_s)
    window.resize(1100, 760)
    return window


def shown_window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    """A main window shown, active, with keyboard focus: ready for clicks and keys."""
    window = make_window(store, clock, tmp_path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
