"""The diagram reads a row of its model once per change of that row, never at every paint."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from knotimer.app.daymodel import NUMBER_ROLE, POSITION_ROLE, SPOT_ID_ROLE
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.store import Store
from knotimer.resources import asset
from knotimer.ui.diagram.widget import DiagramWidget, Marker

from fakes import FakeClock
from qtsupport import point_on, shown_window


class CountingModel(QStandardItemModel):
    """Counts the position reads: one per row read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.position_reads = 0

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == POSITION_ROLE:
            self.position_reads += 1
        return super().data(index, role)


def item(spot_id: int, x: float = 0.3, y: float = 0.4) -> QStandardItem:
    row = QStandardItem(str(spot_id))
    row.setData(spot_id, SPOT_ID_ROLE)
    row.setData(spot_id * 10, NUMBER_ROLE)
    row.setData((x, y), POSITION_ROLE)
    row.setData(f"Spot {spot_id}", Qt.ItemDataRole.AccessibleTextRole)
    return row


def fresh(model: QStandardItemModel) -> list[Marker]:
    """What a full read of the model gives (the oracle)."""
    found = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        position = index.data(POSITION_ROLE)
        if position is not None:
            found.append(
                Marker(
                    index.data(SPOT_ID_ROLE),
                    index.data(NUMBER_ROLE),
                    position[0],
                    position[1],
                    index.data(Qt.ItemDataRole.AccessibleTextRole),
                )
            )
    return found


@pytest.fixture
def diagram(qtbot: QtBot) -> DiagramWidget:
    widget = DiagramWidget(asset("diagram/calves.svg"))
    qtbot.addWidget(widget)
    widget.resize(400, 600)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_paints_and_lookups_read_no_row_again(qtbot: QtBot, diagram: DiagramWidget) -> None:
    model = CountingModel(diagram)
    for spot_id in (1, 2, 3):
        model.appendRow(item(spot_id))
    diagram.set_model(model, QItemSelectionModel(model))
    diagram.markers()
    assert model.position_reads == 3
    for _ in range(3):
        diagram.repaint()
        diagram.markers()
        diagram.marker_at(diagram.to_widget(0.3, 0.4))
    diagram.select(2)  # another selection: drawn anew, nothing read again
    diagram.repaint()
    assert model.position_reads == 3
    model.appendRow(item(4))  # one new row: that row is read, once
    diagram.repaint()
    diagram.markers()
    assert model.position_reads == 4
    model.item(0).setData((0.6, 0.7), POSITION_ROLE)  # one row changed: only it is read
    diagram.repaint()
    assert model.position_reads == 5
    assert diagram.markers()[0].x == 0.6


def test_after_any_change_the_markers_are_what_the_model_says(diagram: DiagramWidget) -> None:
    model = QStandardItemModel(diagram)
    diagram.set_model(model, QItemSelectionModel(model))
    rng = random.Random(7)
    next_id = 1
    for _ in range(300):
        action = rng.choice(["insert", "remove", "change", "unplace", "reset", "move", "sort"])
        rows = model.rowCount()
        if action == "insert" or rows == 0:
            model.insertRow(rng.randint(0, rows), item(next_id, rng.random(), rng.random()))
            next_id += 1
        elif action == "remove":
            model.removeRows(rng.randrange(rows), 1)
        elif action == "change":
            model.item(rng.randrange(rows)).setData(rng.randint(1, 99), NUMBER_ROLE)
        elif action == "unplace":
            model.item(rng.randrange(rows)).setData(None, POSITION_ROLE)
        elif action == "reset":
            model.beginResetModel()
            model.endResetModel()
        elif action == "move" and rows > 1:
            model.moveRow(QModelIndex(), rng.randrange(rows), QModelIndex(), 0)
        else:
            model.sort(0, rng.choice([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]))
        if rng.random() < 0.5:
            assert diagram.markers() == fresh(model), action
    assert diagram.markers() == fresh(model)


def test_a_click_paints_the_diagram_before_todays_list(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    """The diagram is opaque, so Qt paints it on its own, first; the list comes after it."""
    window = shown_window(qtbot, store, clock, tmp_path)
    painted: list[QWidget] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() is QEvent.Type.Paint and isinstance(watched, QWidget):
                painted.append(watched)
            return False

    watch = Watch()
    qtbot.wait(50)
    QApplication.instance().installEventFilter(watch)  # type: ignore[union-attr]
    try:
        point = point_on(window.diagram, Region(Side.LEFT, Muscle.SOLEUS))
        qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=point)
        qtbot.waitUntil(lambda: window.table.viewport() in painted)
    finally:
        QApplication.instance().removeEventFilter(watch)  # type: ignore[union-attr]
    assert len(window.diagram.markers()) == 1
    assert window.diagram in painted
    assert painted.index(window.diagram) < painted.index(window.table.viewport())
    assert painted.index(window.diagram) < painted.index(window.statusBar())
