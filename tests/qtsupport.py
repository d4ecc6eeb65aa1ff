"""Helpers for widget tests: a point on a region of the diagram, a window, a PDF's text."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from knotimer.app.daymodel import NUMBER_ROLE, POSITION_ROLE, SPOT_ID_ROLE
from knotimer.app.session import Session
from knotimer.core.anatomy import Region
from knotimer.core.store import Store
from knotimer.ui.common.cues import CuePlayer
from knotimer.ui.common.speech import Speaker
from knotimer.ui.diagram.widget import DiagramWidget, Marker
from knotimer.ui.main.window import MainWindow

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


def build_window(
    store: Store,
    clock: FakeClock,
    cues: CuePlayer,
    settings: QSettings,
    hold_s: int | None = None,
    *,
    speaker: Speaker | None = None,
) -> MainWindow:
    """The real main window on a new session of ``store``."""
    session = Session(store, clock, settings, hold_s=hold_s)
    return MainWindow(session, cues, speaker=speaker)


def make_window(
    store: Store, clock: FakeClock, tmp_path: Path, hold_s: int | None = None
) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(store, clock, RecordingCues(), settings, hold_s)
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


def pdf_text(path: Path, page: int | None = None) -> str:
    """The PDF's text laid out as on the page (poppler's pdftotext); skips where it is absent."""
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext is missing: CI must install poppler-utils")
        pytest.skip("pdftotext (poppler-utils) is not installed here")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return unicodedata.normalize("NFKC", result.stdout)  # the "fi" ligature as two letters


def show_markers(diagram: DiagramWidget, markers: list[Marker]) -> QItemSelectionModel:
    """Give a bare diagram a model with these markers (and a selection model); the latter."""
    model = QStandardItemModel(diagram)
    for marker in markers:
        item = QStandardItem(str(marker.number))
        item.setData(marker.spot_id, SPOT_ID_ROLE)
        item.setData(marker.number, NUMBER_ROLE)
        item.setData((marker.x, marker.y), POSITION_ROLE)
        item.setData(marker.description, Qt.ItemDataRole.AccessibleTextRole)
        model.appendRow(item)
    selection = QItemSelectionModel(model, diagram)
    diagram.set_model(model, selection)
    return selection


@contextlib.contextmanager
def kept_palette(qapp: QApplication) -> Iterator[QApplication]:
    """Put the application's style and palette back afterwards, also when the block fails."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    try:
        yield qapp
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)
