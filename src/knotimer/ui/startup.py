"""Open the record at start: check it, recover it if damaged, and say plainly what happened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from knotimer.core.backup import CheckedBackup, newest_good_backup
from knotimer.core.clock import Clock
from knotimer.core.recovery import (
    EarlyCheck,
    Health,
    HealthReport,
    check_database,
    move_aside,
    move_orphans_aside,
    restore_backup,
)
from knotimer.core.store import (
    DB_FILENAME,
    SCHEMA_VERSION,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    Store,
    StoreError,
    create_private_dir,
)
from knotimer.ui.recoverydialog import (
    Choice,
    ask_about_damage,
    ask_about_missing,
    tell_problem,
    tell_read_only,
    tell_too_new,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


def prepare_folder(folder: Path) -> bool:
    """Create the data folder (0700) if needed; False (after telling the user) if it cannot be."""
    try:
        create_private_dir(folder)
    except OSError as error:
        tell_read_only(
            _tr("the folder {folder} cannot be created ({error})").format(
                folder=folder, error=error.strerror or error
            )
        )
        return False
    return True


def open_record(folder: Path, clock: Clock, early: EarlyCheck | None = None) -> Store | None:
    """The store for ``folder``, after the start-up check; None if knotimer should quit.

    A damaged database is moved aside (never changed, never overwritten) before anything
    else happens, and the newest backup that passes its own check is offered. A check
    begun early (``early``) is trusted when it finds the record sound; anything else is
    checked once more now that this knotimer holds the folder's lock.
    """
    database = folder / DB_FILENAME
    report = early.report() if early is not None and early.database == database else None
    if report is None or report.health is not Health.SOUND:
        report = check_database(database, SCHEMA_VERSION)
    if not _recover(database, report, clock):
        return None
    try:
        store = Store(database)
    except DatabaseTooNewError:
        tell_too_new(database, report.schema_version, SCHEMA_VERSION)
        return None
    except DatabaseReadOnlyError as error:
        tell_read_only(str(error))
        return None
    except StoreError as error:
        _tell_unusable(folder, str(error))
        return None
    try:
        store.check_writable()
    except DatabaseReadOnlyError as error:
        store.close()
        tell_read_only(str(error))
        return None
    return store


def _recover(database: Path, report: HealthReport, clock: Clock) -> bool:
    """Act on the start-up check; False if knotimer should quit (the user was told why)."""
    folder = database.parent
    match report.health:
        case Health.SOUND:
            return True
        case Health.TOO_NEW:
            tell_too_new(database, report.schema_version, SCHEMA_VERSION)
            return False
        case Health.READ_ONLY:
            tell_read_only(report.reason)
            return False
        case Health.UNREADABLE:
            _tell_unusable(folder, report.reason)
            return False
        case Health.MISSING:
            if report.orphans:
                move_orphans_aside(database, clock.now())
            offered = newest_good_backup(folder, SCHEMA_VERSION)
            if offered is None:
                return True
            choice = ask_about_missing(database, offered)
        case Health.DAMAGED:
            moved = move_aside(database, clock.now())
            offered = newest_good_backup(folder, SCHEMA_VERSION)
            choice = ask_about_damage(report.reason, moved, offered)
    return _carry_out(choice, offered, database)


def _carry_out(choice: Choice, offered: CheckedBackup | None, database: Path) -> bool:
    if choice is Choice.QUIT:
        return False
    if choice is Choice.RESTORE and offered is not None:
        try:
            restore_backup(offered.backup, database)
        except (OSError, StoreError) as error:
            tell_problem(
                _tr("knotimer could not restore the backup"),
                _tr(
                    "The backup {path} could not be restored ({error}). It is unchanged, "
                    "and so is everything else in the folder."
                ).format(path=offered.backup.path, error=error),
            )
            return False
    return True


def _tell_unusable(folder: Path, reason: str) -> None:
    tell_problem(
        _tr("knotimer cannot open your record"),
        _tr(
            "knotimer could not open its record in {folder}: {reason}. Nothing has been changed."
        ).format(folder=folder, reason=reason),
    )
