"""The recurring knots as a table model, shared by the knot list and the heat map's markers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from knotimer.app.daymodel import NUMBER_ROLE, POSITION_ROLE, SPOT_ID_ROLE, tenderness_change
from knotimer.app.labels import holds_text, region_name
from knotimer.core.history import KnotSummary

MARKED_KNOTS = 20  # numbered markers on the diagram; the list has them all
AnyIndex = QModelIndex | QPersistentModelIndex


class KnotModel(QAbstractTableModel):
    """One row per knot, most held first; the first MARKED_KNOTS have a place on the diagram."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._knots: list[KnotSummary] = []

    def set_knots(self, knots: list[KnotSummary]) -> None:
        """Show another span's knots (a new list: the rows are new too)."""
        self.beginResetModel()
        self._knots = list(knots)
        self.endResetModel()

    def knots(self) -> list[KnotSummary]:
        """The knots shown, in order."""
        return list(self._knots)

    def knot(self, row: int) -> KnotSummary:
        """The knot in ``row``."""
        return self._knots[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per knot."""
        return 0 if parent.isValid() else len(self._knots)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number, knot, days, holds, tenderness."""
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("#"),
            self.tr("Knot"),
            self.tr("Days"),
            self.tr("Holds"),
            self.tr("Tenderness, first → latest"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cells, and each knot's number and place for the heat map."""
        if not index.isValid() or not 0 <= index.row() < len(self._knots):
            return None
        knot = self._knots[index.row()]
        if role in (SPOT_ID_ROLE, NUMBER_ROLE):
            return knot.number
        if role == POSITION_ROLE:
            return (knot.knot.x, knot.knot.y) if index.row() < MARKED_KNOTS else None
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
            return self.describe(knot)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        cells = (
            str(knot.number),
            region_name(knot.knot.region),
            str(knot.days),
            str(knot.holds),
            tenderness_change(knot.first_tenderness, knot.latest_tenderness),
        )
        return cells[index.column()] if 0 <= index.column() < len(cells) else None

    def describe(self, knot: KnotSummary) -> str:
        """E.g. 'Knot 2, Left · soleus, 7 holds on 3 days'."""
        days = (self.tr("{n} day") if knot.days == 1 else self.tr("{n} days")).format(n=knot.days)
        return self.tr("Knot {n}, {name}, {holds} on {days}").format(
            n=knot.number,
            name=region_name(knot.knot.region),
            holds=holds_text(knot.holds),
            days=days,
        )
