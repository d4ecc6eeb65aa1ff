"""What the user is told at start when the record is damaged, missing, too new or read-only."""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from knotimer.app.labels import Counts
from knotimer.app.localformat import DayFormat, day_text
from knotimer.core.backup import CheckedBackup


class Choice(StrEnum):
    """The user's answer; also the object name of its button (tests click it by name)."""

    RESTORE = "restore"
    START_EMPTY = "start-empty"
    QUIT = "quit"


def _day(day: date) -> str:
    return day_text(day, DayFormat.WEEKDAY_LONG)


def _box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("knotimer-startup-message")
    box.setTextFormat(Qt.TextFormat.PlainText)
    # Paths can be copied out of the message.
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def _offer(
    box: QMessageBox, offered: CheckedBackup | None, start_text: str
) -> dict[Choice, object]:
    buttons: dict[Choice, object] = {}
    if offered is not None:
        restore = box.addButton(
            QCoreApplication.translate("RecoveryDialog", "Restore the backup of {day}").format(
                day=_day(offered.backup.day)
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        restore.setObjectName(Choice.RESTORE.value)
        box.setDefaultButton(restore)
        buttons[Choice.RESTORE] = restore
    start = box.addButton(start_text, QMessageBox.ButtonRole.DestructiveRole)
    start.setObjectName(Choice.START_EMPTY.value)
    buttons[Choice.START_EMPTY] = start
    if offered is None:
        box.setDefaultButton(start)
    leave = box.addButton(
        QCoreApplication.translate("RecoveryDialog", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    leave.setObjectName(Choice.QUIT.value)
    box.setEscapeButton(leave)
    buttons[Choice.QUIT] = leave
    return buttons


def _ask(box: QMessageBox, buttons: dict[Choice, object]) -> Choice:
    box.exec()
    clicked = box.clickedButton()
    for choice, button in buttons.items():
        if button is clicked:
            return choice
    return Choice.QUIT


def _backup_sentence(offered: CheckedBackup | None) -> str:
    if offered is not None:
        return Counts.tr(
            "The newest backup that checks out is from {day}, with %Ln hold(s). "
            "Whatever was saved after that day and can still be read in the damaged file "
            "is copied back into it; the damaged file itself is kept as it is.",
            None,
            offered.holds,
        ).format(day=_day(offered.backup.day))
    return QCoreApplication.translate(
        "RecoveryDialog",
        "There is no backup that checks out, so knotimer starts a new record, with "
        "whatever can still be read in the damaged file.",
    )


def ask_about_damage(
    reason: str, moved: list[Path], offered: CheckedBackup | None, parent: QWidget | None = None
) -> Choice:
    """The database was damaged and has been moved aside: say so, and offer the backup."""
    box = _box(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("RecoveryDialog", "knotimer: your record could not be read"),
        QCoreApplication.translate(
            "RecoveryDialog", "knotimer could not read your record: the database file is damaged."
        ),
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "RecoveryDialog",
            "Nothing has been deleted. knotimer moved the damaged file aside, unchanged, to:\n"
            "{path}\n\n{backup}",
        ).format(path=moved[0] if moved else "", backup=_backup_sentence(offered))
    )
    box.setDetailedText(
        QCoreApplication.translate(
            "RecoveryDialog", "What SQLite found: {reason}\n\nFiles moved aside:\n{files}"
        ).format(reason=reason, files="\n".join(str(path) for path in moved))
    )
    line = QCoreApplication.translate(
        "RecoveryDialog", "the database was damaged ({reason}); it was moved aside to {path}"
    )
    print(
        "knotimer: " + line.format(reason=reason, path=moved[0] if moved else ""), file=sys.stderr
    )
    return _ask(
        box,
        _offer(
            box,
            offered,
            QCoreApplication.translate(
                "RecoveryDialog", "Start a new record with what can still be read"
            ),
        ),
    )


def ask_about_missing(
    database: Path, offered: CheckedBackup, parent: QWidget | None = None
) -> Choice:
    """There is no database, but there are backups: perhaps the file went missing."""
    box = _box(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("RecoveryDialog", "knotimer: no record found"),
        QCoreApplication.translate(
            "RecoveryDialog", "knotimer found no record at {path}, but it found backups."
        ).format(path=database),
        parent,
    )
    box.setInformativeText(
        _backup_sentence(offered)
        + "\n\n"
        + QCoreApplication.translate(
            "RecoveryDialog",
            "Restore it, or start a new, empty record (the backups stay where they are).",
        )
    )
    return _ask(
        box,
        _offer(
            box, offered, QCoreApplication.translate("RecoveryDialog", "Start a new, empty record")
        ),
    )


def tell_problem(title: str, text: str, parent: QWidget | None = None) -> None:
    """A problem knotimer cannot solve by itself: one clear message (and one line on stderr)."""
    print(f"knotimer: {text}", file=sys.stderr)
    box = _box(QMessageBox.Icon.Critical, title, text, parent)
    close = box.addButton(QMessageBox.StandardButton.Close)
    close.setObjectName(Choice.QUIT.value)
    box.setEscapeButton(close)
    box.exec()


def tell_read_only(where: str, parent: QWidget | None = None) -> None:
    """The data folder or database cannot be written."""
    tell_problem(
        QCoreApplication.translate("RecoveryDialog", "knotimer cannot save"),
        QCoreApplication.translate(
            "RecoveryDialog",
            "knotimer cannot save your holds: {where}. Nothing has been changed, and "
            "nothing was saved anywhere else. Make it writable for you, or start knotimer "
            "with --data-dir and a folder you can write to.",
        ).format(where=where),
        parent,
    )


def tell_too_new(database: Path, version: int, known: int, parent: QWidget | None = None) -> None:
    """A newer knotimer wrote this database: leave it alone."""
    tell_problem(
        QCoreApplication.translate("RecoveryDialog", "knotimer is too old for this record"),
        QCoreApplication.translate(
            "RecoveryDialog",
            "Your record at {path} was saved by a newer version of knotimer (record format "
            "{version}; this version reads up to {known}). knotimer has left it untouched. "
            "Please use the newer knotimer again.",
        ).format(path=database, version=version, known=known),
        parent,
    )


def tell_other_running(pid: int, host: str = "", parent: QWidget | None = None) -> None:
    """Another knotimer has this data folder and did not answer (``host``: on another computer)."""
    if host:
        title = QCoreApplication.translate("RecoveryDialog", "knotimer is open on another computer")
        text = QCoreApplication.translate(
            "RecoveryDialog",
            "knotimer seems to be open on the computer '{host}' (this folder is shared). Please "
            "close it there first: two knotimers must not use the same record at once.",
        ).format(host=host)
    elif pid:
        title = QCoreApplication.translate("RecoveryDialog", "knotimer is already running")
        text = QCoreApplication.translate(
            "RecoveryDialog",
            "knotimer is already running (process {pid}) with the same record, but it is not "
            "answering, so its window could not be brought forward. Please look for it on your "
            "screen or taskbar.",
        ).format(pid=pid)
    else:  # its lock file does not say which process it is
        title = QCoreApplication.translate("RecoveryDialog", "knotimer is already running")
        text = QCoreApplication.translate(
            "RecoveryDialog",
            "knotimer is already running with the same record, but it is not answering, so its "
            "window could not be brought forward. Please look for it on your screen or taskbar.",
        )
    print(f"knotimer: {text}", file=sys.stderr)
    box = _box(QMessageBox.Icon.Information, title, text, parent)
    close = box.addButton(QMessageBox.StandardButton.Ok)
    close.setObjectName(Choice.QUIT.value)
    box.setEscapeButton(close)
    box.exec()
