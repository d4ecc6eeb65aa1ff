"""The table model behind today's list: one row per spot, with its holds and time held."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from knotimer.app.labels import holds_text, region_name, seconds_text
from knotimer.core.records import SpotSummary

SPOT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

COL_NUMBER, COL_SPOT, COL_HOLDS, COL_HELD, COL_TENDER, COL_LAST = range(6)
_HEADERS = ("#", "Spot", "Holds", "Held", "Tender", "Last hold")

AnyIndex = QModelIndex | QPersistentModelIndex


def _rating(value: float | None) -> str:
    if value is None:
        return "–"  # an en dash: no rating
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def tenderness_change(before: float | None, after: float | None) -> str:
    """E.g. '6 → 3' (means of the day's ratings); '' when nothing was rated."""
    if before is None and after is None:
        return ""
    return f"{_rating(before)} → {_rating(after)}"


class DaySpotsModel(QAbstractTableModel):
    """A day's spots, numbered in the order they were marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SpotSummary] = []

    # -- filling -----------------------------------------------------------
    def set_summaries(self, summaries: list[SpotSummary]) -> None:
        """Replace the rows (the day's list is small: a reset is the clear choice)."""
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def summaries(self) -> list[SpotSummary]:
        """The rows, in order."""
        return list(self._rows)

    def spot_id_at(self, row: int) -> int:
        """The spot id shown in ``row``."""
        return self._rows[row].spot.id

    def row_of(self, spot_id: int) -> int | None:
        """The row showing ``spot_id``, if any."""
        for row, summary in enumerate(self._rows):
            if summary.spot.id == spot_id:
                return row
        return None

    # -- QAbstractTableModel ----------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows: one per spot; none below a valid parent (this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Six columns."""
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        horizontal = orientation is Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_HEADERS):
            return QCoreApplication.translate("DaySpotsModel", _HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment, tooltip, and the spot id under SPOT_ID_ROLE."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == SPOT_ID_ROLE:
            return summary.spot.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_SPOT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole or (
            # A screen reader hears the whole row once, at its first cell; the rest by value.
            role == Qt.ItemDataRole.AccessibleTextRole and column == COL_NUMBER
        ):
            return self.describe(index.row())
        return None

    def describe(self, row: int) -> str:
        """A sentence for a row, as a tooltip or for a screen reader."""
        summary = self._rows[row]
        text = QCoreApplication.translate(
            "DaySpotsModel", "Spot {number}, {name}, {holds}, {held} held"
        ).format(
            number=row + 1,
            name=region_name(summary.spot.region),
            holds=holds_text(summary.holds),
            held=seconds_text(summary.held_s),
        )
        change = tenderness_change(summary.tenderness_before, summary.tenderness_after)
        if change:
            text += ", " + QCoreApplication.translate(
                "DaySpotsModel", "tenderness {change}"
            ).format(change=change)
        if summary.spot.note:
            text += ". " + summary.spot.note[:200]
        return text

    @staticmethod
    def _display(summary: SpotSummary, row: int, column: int) -> str:
        if column == COL_NUMBER:
            return str(row + 1)
        if column == COL_SPOT:
            return region_name(summary.spot.region)
        if column == COL_HOLDS:
            return str(summary.holds)
        if column == COL_HELD:
            return seconds_text(summary.held_s)
        if column == COL_TENDER:
            return tenderness_change(summary.tenderness_before, summary.tenderness_after)
        if column == COL_LAST:
            return "" if summary.last_hold is None else summary.last_hold.strftime("%H:%M")
        return ""
