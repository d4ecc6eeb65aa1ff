"""Small helpers for History's read-only tables: build one, fill it, label it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def qdate(day: date) -> QDate:
    """A date as Qt's QDate."""
    return QDate(day.year, day.month, day.day)


def read_only_table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    """A table to read and pick a row from, reachable and left by the keyboard."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table: the keyboard can reach the rest
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: list[list[str]], ids: list[int]) -> None:
    """Show these rows (each with an id under ID_ROLE)."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for row, (cells, item_id) in enumerate(zip(rows, ids, strict=True)):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, item_id)
            item.setToolTip(text)  # the whole text, where the column cuts it short
            table.setItem(row, column, item)


def labelled(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A label whose mnemonic moves the focus to ``buddy``."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label
