"""Every command of the main window as a QAction with its shortcut and status tip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class WindowActions:
    """The main window's commands; menus, buttons and tests all use these."""

    start_pause: QAction
    release: QAction
    cancel: QAction
    extend: QAction
    repeat: QAction
    export_csv: QAction
    quit: QAction
    about: QAction
    mini_timer: QAction
    muscle_names: QAction
    knot_hints: QAction
    routine: QAction
    routine_next: QAction
    safety: QAction
    shortcuts: QAction
    how_to: QAction
    preferences: QAction
    note: QAction
    delete_spot: QAction
    history: QAction
    report: QAction


def _action(
    owner: QWidget, text: str, tip: str, keys: list[QKeySequence | Qt.Key | str]
) -> QAction:
    action = QAction(text, owner)
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    owner.addAction(action)
    return action


def create_actions(owner: QWidget) -> WindowActions:
    """Create the actions, added to ``owner`` so their shortcuts work anywhere in it."""
    return WindowActions(
        start_pause=_action(
            owner,
            QCoreApplication.translate("actions", "&Start hold"),
            QCoreApplication.translate(
                "actions",
                "Start holding the selected spot, or pause and resume a running hold (Space)",
            ),
            [QKeySequence(Qt.Key.Key_Space)],
        ),
        release=_action(
            owner,
            QCoreApplication.translate("actions", "&Released early"),
            QCoreApplication.translate(
                "actions", "The knot let go: end the hold now and keep the seconds held (Enter)"
            ),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
        ),
        cancel=_action(
            owner,
            QCoreApplication.translate("actions", "&Cancel hold"),
            QCoreApplication.translate("actions", "Stop the hold without counting it (Esc)"),
            [QKeySequence(Qt.Key.Key_Escape)],
        ),
        extend=_action(
            owner,
            QCoreApplication.translate("actions", "&Add 10 seconds"),
            QCoreApplication.translate(
                "actions", "Make the running hold 10 seconds longer, up to 90 seconds (+)"
            ),
            [QKeySequence(Qt.Key.Key_Plus), QKeySequence("=")],
        ),
        repeat=_action(
            owner,
            QCoreApplication.translate("actions", "&Hold again"),
            QCoreApplication.translate("actions", "Hold the same spot once more (R)"),
            [QKeySequence(Qt.Key.Key_R)],
        ),
        export_csv=_action(
            owner,
            QCoreApplication.translate("actions", "&Export today as CSV…"),
            QCoreApplication.translate("actions", "Save today's holds as a spreadsheet file"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E)],
        ),
        quit=_action(
            owner,
            QCoreApplication.translate("actions", "&Quit"),
            QCoreApplication.translate("actions", "Close knotimer"),
            [QKeySequence(QKeySequence.StandardKey.Quit)],
        ),
        about=_action(
            owner,
            QCoreApplication.translate("actions", "&About knotimer"),
            QCoreApplication.translate("actions", "Version and licence"),
            [],
        ),
        mini_timer=_toggle(
            owner,
            QCoreApplication.translate("actions", "&Mini timer"),
            QCoreApplication.translate(
                "actions", "A small countdown that stays above other windows (Ctrl+M)"
            ),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_M)],
        ),
        muscle_names=_toggle(
            owner,
            QCoreApplication.translate("actions", "Muscle &names"),
            QCoreApplication.translate("actions", "Write the muscle names on the diagram (Ctrl+N)"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N)],
        ),
        knot_hints=_toggle(
            owner,
            QCoreApplication.translate("actions", "Where knots &usually are"),
            QCoreApplication.translate(
                "actions", "Faint circles where calf knots are often found (Ctrl+K)"
            ),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K)],
        ),
        routine=_action(
            owner,
            QCoreApplication.translate("actions", "&Guided routine…"),
            QCoreApplication.translate(
                "actions", "Warm-up, strokes, find knots and hold them, step by step (Ctrl+G)"
            ),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_G)],
        ),
        routine_next=_action(
            owner,
            QCoreApplication.translate("actions", "&Next step"),
            QCoreApplication.translate(
                "actions", "In the routine: go on to the next step, or skip this knot (N)"
            ),
            [QKeySequence(Qt.Key.Key_N)],
        ),
        safety=_action(
            owner,
            QCoreApplication.translate("actions", "&Before you start…"),
            QCoreApplication.translate("actions", "A short check of signs that need a doctor"),
            [],
        ),
        shortcuts=_action(
            owner,
            QCoreApplication.translate("actions", "&Keyboard shortcuts"),
            QCoreApplication.translate("actions", "Every key knotimer knows (F1 or ?)"),
            [QKeySequence(Qt.Key.Key_F1), QKeySequence("?")],
        ),
        how_to=_action(
            owner,
            QCoreApplication.translate("actions", "&How to use knotimer"),
            QCoreApplication.translate("actions", "A short guide"),
            [],
        ),
        note=_action(
            owner,
            QCoreApplication.translate("actions", "&Note for this spot…"),
            QCoreApplication.translate("actions", "Write a note on the selected spot (F2)"),
            [QKeySequence(Qt.Key.Key_F2)],
        ),
        delete_spot=_action(
            owner,
            QCoreApplication.translate("actions", "&Delete this spot"),
            QCoreApplication.translate(
                "actions",
                "Delete the selected spot and its holds; Ctrl+Z brings them back (Delete)",
            ),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
        ),
        history=_action(
            owner,
            QCoreApplication.translate("actions", "&History…"),
            QCoreApplication.translate(
                "actions", "Past days on a calendar, and the knots that keep coming back (Ctrl+H)"
            ),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_H)],
        ),
        report=_action(
            owner,
            QCoreApplication.translate("actions", "&Report for a therapist (PDF)…"),
            QCoreApplication.translate(
                "actions", "Today's spots, holds and tenderness as a PDF to print or send (Ctrl+P)"
            ),
            [QKeySequence(QKeySequence.StandardKey.Print)],
        ),
        preferences=_action(
            owner,
            QCoreApplication.translate("actions", "&Preferences…"),
            QCoreApplication.translate(
                "actions", "Hold length, cues, voice, theme, routine and your data (Ctrl+,)"
            ),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma)],
        ),
    )


def _toggle(
    owner: QWidget, text: str, tip: str, keys: list[QKeySequence | Qt.Key | str]
) -> QAction:
    action = _action(owner, text, tip, keys)
    action.setCheckable(True)
    return action
