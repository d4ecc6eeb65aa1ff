"""A day's spots as a table model: one row per spot, updated row by row as the record changes.

The same model (and one selection model) feeds today's table and the diagram, so the
two can never disagree. ``reconcile`` brings it up to date with rows read from the store:
it removes, inserts and changes exactly the rows that differ, never resets.
"""

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
from knotimer.app.localformat import count_text, number_text, time_text
from knotimer.core.records import SpotSummary

SPOT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # int: the spot's id
POSITION_ROLE = Qt.ItemDataRole.UserRole + 2  # (x, y): where it is, 0-1 of the drawing
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 3  # int: the number shown on its marker
REGION_ROLE = Qt.ItemDataRole.UserRole + 4  # Region

COL_NUMBER, COL_SPOT, COL_HOLDS, COL_HELD, COL_TENDER, COL_LAST = range(6)
COLUMNS = 6

# The roles answered, as plain ints: a view asks for a dozen roles per cell at every paint,
# and most of them are answered None at once.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
_ANSWERED = frozenset(
    (
        SPOT_ID_ROLE,
        POSITION_ROLE,
        NUMBER_ROLE,
        REGION_ROLE,
        _DISPLAY,
        _ALIGNMENT,
        _TOOLTIP,
        _ACCESSIBLE,
    )
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("DayModel", "#"),
        QCoreApplication.translate("DayModel", "Spot"),
        QCoreApplication.translate("DayModel", "Holds"),
        QCoreApplication.translate("DayModel", "Held"),
        QCoreApplication.translate("DayModel", "Tender"),
        QCoreApplication.translate("DayModel", "Last hold"),
    )


AnyIndex = QModelIndex | QPersistentModelIndex


def _rating(value: float | None) -> str:
    if value is None:
        return "–"  # an en dash: no rating
    return number_text(value)


def tenderness_change(before: float | None, after: float | None) -> str:
    """E.g. '6 → 3' (means of the day's ratings); '' when nothing was rated."""
    if before is None and after is None:
        return ""
    return f"{_rating(before)} → {_rating(after)}"


class DayModel(QAbstractTableModel):
    """A day's spots, numbered in the order they were marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SpotSummary] = []

    # -- filling -----------------------------------------------------------
    def reconcile(self, summaries: list[SpotSummary]) -> None:
        """Become ``summaries`` (ordered by spot id), signalling only the rows that differ."""
        wanted = {summary.spot.id for summary in summaries}
        first_moved: int | None = None
        for row in reversed(range(len(self._rows))):
            if self._rows[row].spot.id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
                first_moved = row
        for row, summary in enumerate(summaries):
            if row < len(self._rows) and self._rows[row].spot.id == summary.spot.id:
                if self._rows[row] != summary:
                    self._rows[row] = summary
                    self.dataChanged.emit(self.index(row, 0), self.index(row, COL_LAST))
                continue
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, summary)
            self.endInsertRows()
            below = row + 1  # the rows after it have a new number; its own is new anyway
            first_moved = below if first_moved is None else min(first_moved, below)
        if first_moved is not None and first_moved < len(self._rows):
            # Rows below a removed or inserted one have a new number.
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(first_moved, COL_NUMBER), self.index(last, COL_NUMBER))

    def set_summaries(self, summaries: list[SpotSummary]) -> None:
        """Show another day's rows (the old rows go, the new ones come, one by one)."""
        self.reconcile(sorted(summaries, key=lambda summary: summary.spot.id))

    def summaries(self) -> list[SpotSummary]:
        """The rows, in order (a copy)."""
        return list(self._rows)

    def summary(self, row: int) -> SpotSummary:
        """The row's spot and what was done on it."""
        return self._rows[row]

    def spot_id_at(self, row: int) -> int:
        """The spot id shown in ``row``."""
        return self._rows[row].spot.id

    def row_of(self, spot_id: int) -> int | None:
        """The row showing ``spot_id``, if any."""
        for row, summary in enumerate(self._rows):
            if summary.spot.id == spot_id:
                return row
        return None

    def spot_ids(self) -> list[int]:
        """Every spot shown, in order."""
        return [summary.spot.id for summary in self._rows]

    # -- QAbstractTableModel ----------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows: one per spot; none below a valid parent (this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Six columns."""
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        horizontal = orientation is Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return _headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment, tooltip, and the spot's id, place and number by role."""
        if role not in _ANSWERED or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        summary = self._rows[row]
        if role == SPOT_ID_ROLE:
            return summary.spot.id
        if role == POSITION_ROLE:
            return (summary.spot.x, summary.spot.y)
        if role == NUMBER_ROLE:
            return row + 1
        if role == REGION_ROLE:
            return summary.spot.region
        column = index.column()
        if role == _DISPLAY:
            return self._display(summary, row, column)
        if role == _ALIGNMENT:
            return None if column == COL_SPOT else _RIGHT
        if role == _TOOLTIP or column == COL_NUMBER:
            # A screen reader hears the whole row once, at its first cell; the rest by value.
            return self.describe(row)
        return None

    def describe(self, row: int) -> str:
        """A sentence for a row, as a tooltip or for a screen reader."""
        summary = self._rows[row]
        text = QCoreApplication.translate(
            "DayModel", "Spot {number}, {name}, {holds}, {held} held"
        ).format(
            number=row + 1,
            name=region_name(summary.spot.region),
            holds=holds_text(summary.holds),
            held=seconds_text(summary.held_s),
        )
        change = tenderness_change(summary.tenderness_before, summary.tenderness_after)
        if change:
            text += ", " + QCoreApplication.translate("DayModel", "tenderness {change}").format(
                change=change
            )
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
            return count_text(summary.holds)
        if column == COL_HELD:
            return seconds_text(summary.held_s)
        if column == COL_TENDER:
            return tenderness_change(summary.tenderness_before, summary.tenderness_after)
        if column == COL_LAST:
            return "" if summary.last_hold is None else time_text(summary.last_hold)
        return ""
