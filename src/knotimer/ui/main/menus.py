"""The main window's menus: File, Edit, Hold, Cues, View and Help, made of its actions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from knotimer.ui.common.theme import ThemeChoice
    from knotimer.ui.main.window import MainWindow
    from knotimer.ui.preferences.cuemenu import CueMenu


@dataclass(frozen=True)
class Menus:
    """The menus the window needs to reach again later."""

    edit: QMenu
    cues: CueMenu
    theme_actions: dict[ThemeChoice, QAction]


def menu_titles() -> list[str]:
    """The menu bar's titles in order: the first frame shows them before the menus exist."""
    return [
        QCoreApplication.translate("MainWindow", "&File"),
        QCoreApplication.translate("MainWindow", "&Edit"),
        QCoreApplication.translate("MainWindow", "H&old"),
        QCoreApplication.translate("CueMenu", "&Cues"),
        QCoreApplication.translate("MainWindow", "&View"),
        QCoreApplication.translate("MainWindow", "&Help"),
    ]


def add_menus(window: MainWindow) -> Menus:
    """File, Edit, Hold, Cues, View and Help, all made of the window's actions."""
    from knotimer.ui.common.theme import add_theme_menu
    from knotimer.ui.preferences.cuemenu import CueMenu

    a = window.commands
    window.menuBar().clear()  # the first frame's titles, if it showed them
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
    hold_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "H&old"))
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
