"""How the main window is laid out and which menus it has (built from its parts and actions)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from knotimer.app.daymodel import COL_SPOT
from knotimer.ui.common.theme import ThemeChoice, add_theme_menu
from knotimer.ui.preferences.cuemenu import CueMenu

if TYPE_CHECKING:
    from knotimer.ui.main.window import MainWindow


@dataclass(frozen=True)
class Menus:
    """The menus the window needs to reach again later."""

    edit: QMenu
    cues: CueMenu
    theme_actions: dict[ThemeChoice, QAction]


SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_SPLITTER = "window/splitter"


def lay_out(window: MainWindow) -> QSplitter:
    """The diagram on the left; routine, hold panel, selection and today's list on the right."""
    window.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    window.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    window.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    window.table.verticalHeader().hide()
    window.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    window.table.horizontalHeader().setSectionResizeMode(COL_SPOT, QHeaderView.ResizeMode.Stretch)
    window.table.setAccessibleName(QCoreApplication.translate("MainWindow", "Today's spots"))
    window.selection_label.setWordWrap(True)
    # No fixed accessible names on these labels: a screen reader reads their text.
    window.advice_label.setWordWrap(True)
    window.advice_label.setForegroundRole(QPalette.ColorRole.Link)  # follows the theme
    advice_font = window.advice_label.font()
    advice_font.setItalic(True)
    window.advice_label.setFont(advice_font)

    side = QWidget(window)
    column = QVBoxLayout(side)
    column.addWidget(window.safety_banner)
    column.addWidget(window.routine_panel)
    column.addWidget(window.panel, 3)
    column.addWidget(window.selection_label)
    column.addWidget(window.rating_label)
    column.addWidget(window.advice_label)
    column.addWidget(window.today_title)
    column.addWidget(window.table, 2)

    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.addWidget(window.diagram)
    splitter.addWidget(side)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    window.setCentralWidget(splitter)
    window.statusBar().addPermanentWidget(window.sound_notice)
    window.resize(1100, 760)
    geometry = window.session.settings.value(SETTINGS_GEOMETRY)
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    layout = window.session.settings.value(SETTINGS_SPLITTER)
    if isinstance(layout, QByteArray):
        splitter.restoreState(layout)
    return splitter


def add_menus(window: MainWindow) -> Menus:
    """File, Edit, Hold, Cues, View and Help, all made of the window's actions."""
    a = window.commands
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(a.export_csv)
    file_menu.addAction(a.report)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(window.session.history.undo_action)
    edit_menu.addAction(window.session.history.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(a.note)
    edit_menu.addAction(a.delete_spot)
    edit_menu.addSeparator()
    edit_menu.addAction(a.preferences)
    hold_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Hold"))
    for action in window.hold_actions():
        hold_menu.addAction(action)
    hold_menu.addSeparator()
    hold_menu.addAction(a.routine)
    hold_menu.addAction(a.routine_next)
    cue_menu = CueMenu(window.feedback.preferences, window.set_cue_preferences, window)
    window.menuBar().addMenu(cue_menu)
    view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addAction(a.history)
    view_menu.addAction(window.mini_action)
    view_menu.addSeparator()
    view_menu.addAction(a.muscle_names)
    view_menu.addAction(a.knot_hints)
    view_menu.addSeparator()
    theme_actions = add_theme_menu(view_menu, window.session.settings)
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    for action in (a.how_to, a.shortcuts, a.safety):
        help_menu.addAction(action)
    help_menu.addSeparator()
    help_menu.addAction(a.about)
    return Menus(edit_menu, cue_menu, theme_actions)
