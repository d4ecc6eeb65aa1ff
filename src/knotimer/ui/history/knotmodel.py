"""The recurring knots as a table model, shared by the knot list and the heat map's markers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from knotimer.app.daymodel import NUMBER_ROLE, POSITION_ROLE, SPOT_ID_ROLE
from knotimer.app.knotlabels import (
    comparison_text,
    knot_name,
    release_explained,
    tenderness_explained,
    windows_text,
)
from knotimer.app.labels import holds_text
from knotimer.app.localformat import count_text
from knotimer.core.knotnames import distinct
from knotimer.core.recurring import KnotSummary

MARKED_KNOTS = 20  # numbered markers on the diagram; the list has them all
COL_NUMBER, COL_KNOT, COL_DAYS, COL_HOLDS, COL_TENDER, COL_RELEASE = range(6)
AnyIndex = QModelIndex | QPersistentModelIndex


class KnotModel(QAbstractTableModel):
    """One row per knot, most held first; the first MARKED_KNOTS have a place on the diagram."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._knots: list[KnotSummary] = []
        self._names: list[str] = []

    def set_knots(self, knots: list[KnotSummary]) -> None:
        """Show another span's knots (a new list: the rows are new too)."""
        self.beginResetModel()
        self._knots = list(knots)
        self._names = distinct(knot_name(k.knot.region, k.place) for k in self._knots)
        self.endResetModel()

    def knots(self) -> list[KnotSummary]:
        """The knots shown, in order."""
        return list(self._knots)

    def knot(self, row: int) -> KnotSummary:
        """The knot in ``row``."""
        return self._knots[row]

    def name(self, row: int) -> str:
        """The knot's name: side, muscle and place, numbered where two places share one."""
        return self._names[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per knot."""
        return 0 if parent.isValid() else len(self._knots)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number, knot, days, holds, tenderness, time to release."""
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles (and what the last two compare, as a tooltip)."""
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_TENDER:
            return self.tr(
                "Tenderness just before a hold (0–10): its first week → its latest week "
                "(first day → latest day for a knot younger than two weeks). "
                "'avg' marks an average of several ratings."
            )
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_RELEASE:
            return self.tr(
                "How long it took to let go (holds you ended with Enter): its first week → "
                "its latest week. Sooner is better."
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("#"),
            self.tr("Knot"),
            self.tr("Days"),
            self.tr("Holds"),
            self.tr("Tender before"),
            self.tr("Let go after"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cells, their explanations, and each knot's number and place for the heat map."""
        if not index.isValid() or not 0 <= index.row() < len(self._knots):
            return None
        knot = self._knots[index.row()]
        column = index.column()
        if role in (SPOT_ID_ROLE, NUMBER_ROLE):
            return knot.number
        if role == POSITION_ROLE:
            return (knot.knot.x, knot.knot.y) if index.row() < MARKED_KNOTS else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_NUMBER:
            return self.describe(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TENDER:
                return tenderness_explained(knot.tenderness)
            if column == COL_RELEASE:
                return release_explained(knot.release)
            return self.describe(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_DAYS, COL_HOLDS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        cells = (
            str(knot.number),
            self._names[index.row()],
            count_text(knot.day_count),
            count_text(knot.holds),
            comparison_text(knot.tenderness.before),
            comparison_text(knot.release.times, seconds=True),
        )
        return cells[column] if 0 <= column < len(cells) else None

    def describe(self, row: int) -> str:
        """E.g. 'Knot 2, Left · soleus · usual spot TP1, 7 holds on 3 days, ...'."""
        knot = self._knots[row]
        text = self.tr("Knot {n}, {name}, {holds} on {days}").format(
            n=knot.number,
            name=self._names[row],
            holds=holds_text(knot.holds),
            days=self.tr("%Ln day(s)", None, knot.day_count),
        )
        tender = comparison_text(knot.tenderness.before)
        if tender:
            text += ", " + self.tr("tender before a hold {change} ({windows})").format(
                change=tender, windows=windows_text(knot.tenderness.before)
            )
        release = comparison_text(knot.release.times, seconds=True)
        if release:
            text += ", " + self.tr("let go after {change}").format(change=release)
        return text
