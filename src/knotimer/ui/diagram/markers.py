"""The spots a diagram draws, read from a model's rows and its selection model: never a copy."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from knotimer.app.daymodel import NUMBER_ROLE, POSITION_ROLE, SPOT_ID_ROLE
from knotimer.ui.diagram.paint import Marker

_SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
_MODEL_SIGNALS = (
    "rowsInserted",
    "rowsRemoved",
    "rowsMoved",
    "dataChanged",
    "modelReset",
    "layoutChanged",
)


class ModelMarkers(QObject):
    """One row, one marker: its id, number and position come from the model's roles.

    Rows without a position (POSITION_ROLE None) are listed but not drawn. The selected
    marker is the selection model's current row, so a table on the same selection model
    and the diagram always show the same spot selected.
    """

    changed = Signal()  # something drawn changed: rows, their data, or the selection

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model: QAbstractItemModel | None = None
        self._selection: QItemSelectionModel | None = None

    def bind(self, model: QAbstractItemModel, selection: QItemSelectionModel) -> None:
        """Draw ``model``'s rows, selected as ``selection`` says."""
        if self._model is not None:
            for name in _MODEL_SIGNALS:
                getattr(self._model, name).disconnect(self.changed)
        if self._selection is not None:
            self._selection.currentChanged.disconnect(self.changed)
        self._model, self._selection = model, selection
        for name in _MODEL_SIGNALS:
            getattr(model, name).connect(self.changed)
        selection.currentChanged.connect(self.changed)
        self.changed.emit()

    def markers(self) -> list[Marker]:
        """The markers to draw, in row order."""
        model = self._model
        if model is None:
            return []
        found = []
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            position = index.data(POSITION_ROLE)
            if position is None:
                continue
            found.append(
                Marker(
                    int(index.data(SPOT_ID_ROLE)),
                    int(index.data(NUMBER_ROLE)),
                    float(position[0]),
                    float(position[1]),
                    str(index.data(Qt.ItemDataRole.AccessibleTextRole) or ""),
                )
            )
        return found

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
