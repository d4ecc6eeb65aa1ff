"""The spots a diagram draws, read from a model's rows and its selection model: never a copy."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)

from knotimer.app.daymodel import NUMBER_ROLE, POSITION_ROLE, SPOT_ID_ROLE
from knotimer.ui.diagram.paint import Marker

_SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
_RESETS = ("rowsMoved", "modelReset", "layoutChanged")  # every row is read again


class ModelMarkers(QObject):
    """One row, one marker: its id, number and position come from the model's roles.

    Rows without a position (POSITION_ROLE None) are listed but not drawn. The selected
    marker is the selection model's current row, so a table on the same selection model
    and the diagram always show the same spot selected. A row is read from the model when
    the model says it came or changed (its signals), not at every paint or click.
    """

    changed = Signal()  # the markers changed: rows or their data
    selectionChanged = Signal()  # another marker is the selected one

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model: QAbstractItemModel | None = None
        self._selection: QItemSelectionModel | None = None
        self._rows: list[Marker | None] | None = None  # per row; None: read them all again

    def bind(self, model: QAbstractItemModel, selection: QItemSelectionModel) -> None:
        """Draw ``model``'s rows, selected as ``selection`` says."""
        if self._model is not None:
            self._connect(self._model, connect=False)
        if self._selection is not None:
            self._selection.currentChanged.disconnect(self.selectionChanged)
        self._model, self._selection = model, selection
        self._connect(model, connect=True)
        selection.currentChanged.connect(self.selectionChanged)
        self._reset()

    def _connect(self, model: QAbstractItemModel, *, connect: bool) -> None:
        pairs = [
            (model.rowsInserted, self._inserted),
            (model.rowsRemoved, self._removed),
            (model.dataChanged, self._data_changed),
            *((getattr(model, name), self._reset) for name in _RESETS),
        ]
        for signal, slot in pairs:
            signal.connect(slot) if connect else signal.disconnect(slot)

    @Slot()
    def _reset(self) -> None:
        self._rows = None
        self.changed.emit()

    @Slot(QModelIndex, int, int)
    def _inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._rows is not None and not parent.isValid():
            self._rows[first:first] = [self._read(row) for row in range(first, last + 1)]
        self.changed.emit()

    @Slot(QModelIndex, int, int)
    def _removed(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._rows is not None and not parent.isValid():
            del self._rows[first : last + 1]
        self.changed.emit()

    @Slot(QModelIndex, QModelIndex)
    def _data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        if not top.isValid():
            self._reset()
            return
        if self._rows is not None and not top.parent().isValid():
            for row in range(top.row(), bottom.row() + 1):
                self._rows[row] = self._read(row)
        self.changed.emit()

    def markers(self) -> list[Marker]:
        """The markers to draw, in row order."""
        if self._rows is None:
            count = 0 if self._model is None else self._model.rowCount()
            self._rows = [self._read(row) for row in range(count)]
        return [marker for marker in self._rows if marker is not None]

    def _read(self, row: int) -> Marker | None:
        model = self._model
        if model is None:
            return None
        index = model.index(row, 0)
        position = index.data(POSITION_ROLE)
        if position is None:
            return None
        return Marker(
            int(index.data(SPOT_ID_ROLE)),
            int(index.data(NUMBER_ROLE)),
            float(position[0]),
            float(position[1]),
            str(index.data(Qt.ItemDataRole.AccessibleTextRole) or ""),
        )

    def selected(self) -> int | None:
        """The id of the selected row, if any."""
        if self._selection is None:
            return None
        current = self._selection.currentIndex()
        return int(current.data(SPOT_ID_ROLE)) if current.isValid() else None

    def select(self, spot_id: int | None) -> None:
        """Select the row with ``spot_id`` (or nothing), in every view of the selection."""
        if self._selection is None or self._model is None:
            return
        index = self._index_of(spot_id)
        if not index.isValid():
            self._selection.clear()
        elif self._selection.currentIndex().row() != index.row():
            self._selection.setCurrentIndex(index, _SELECT)

    def _index_of(self, spot_id: int | None) -> QModelIndex:
        model = self._model
        if model is None or spot_id is None:
            return QModelIndex()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(SPOT_ID_ROLE) == spot_id:
                return index
        return QModelIndex()
