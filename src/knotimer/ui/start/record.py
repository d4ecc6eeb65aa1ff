"""Open the record at start: check it, recover it if damaged, and say plainly what happened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from knotimer.app.labels import Counts, holds_text, spots_text
from knotimer.app.localformat import day_text, time_text
from knotimer.core.backup import CheckedBackup, newest_good_backup
from knotimer.core.clock import Clock
from knotimer.core.erase import erase_everything, erase_pending
from knotimer.core.recovery import (
    EarlyCheck,
    Health,
    HealthReport,
    check_database,
    move_aside,
    move_orphans_aside,
    restore_backup,
)
from knotimer.core.running import recover_running
from knotimer.core.salvage import salvage
from knotimer.core.store import (
    DB_FILENAME,
    SCHEMA_VERSION,
    DatabaseDamagedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    Store,
    StoreError,
)

if TYPE_CHECKING:
    from knotimer.ui.dialogs.recovery import Choice


def open_record(
    folder: Path,
    clock: Clock,
    early: EarlyCheck | None = None,
    *,
    damage: str | None = None,
    notices: list[str] | None = None,
) -> Store | None:
    """The store for ``folder``, after the start-up check; None if knotimer should quit.

    A damaged database is moved aside (never changed, never overwritten) before anything
    else happens, and the newest backup that passes its own check is offered. A check
    begun early (``early``) is trusted when it finds the record sound; anything else is
    checked once more now that this knotimer holds the folder's lock. ``damage`` is damage
    found while the window ran: the record is treated as damaged at once. What can still
    be read from a damaged file is then copied into the record that replaces it, and
    ``notices`` gets a line saying so.
    """
    database = folder / DB_FILENAME
    report: HealthReport | None = None
    if damage is not None:
        report = HealthReport(Health.DAMAGED, damage)
    elif early is not None and early.database == database:
        report = early.report()
    if report is None or (damage is None and report.health is not Health.SOUND):
        report = check_database(database, SCHEMA_VERSION)
    moved: list[Path] = []
    if not _recover(database, report, clock, moved):
        return None
    try:
        store = Store(database)
    except DatabaseTooNewError:
        from knotimer.ui.dialogs.recovery import tell_too_new

        tell_too_new(database, report.schema_version, SCHEMA_VERSION)
        return None
    except DatabaseReadOnlyError as error:
        from knotimer.ui.dialogs.recovery import tell_read_only

        tell_read_only(str(error))
        return None
    except StoreError as error:
        _tell_unusable(folder, str(error))
        return None
    try:
        store.check_writable()
    except DatabaseReadOnlyError as error:
        from knotimer.ui.dialogs.recovery import tell_read_only

        store.close()
        tell_read_only(str(error))
        return None
    if moved:
        told = _salvage(moved[0], store)
        if notices is not None and told:
            notices.append(told)
    return store


def _salvage(damaged: Path, store: Store) -> str:
    """Copy what can be read from the damaged file; what to tell the user ('' if nothing)."""
    try:
        found = salvage(damaged, store)
    except StoreError as error:
        return QCoreApplication.translate(
            "Startup", "Nothing could be rescued from the damaged file ({error})."
        ).format(error=error)
    if not found:
        return ""
    text = QCoreApplication.translate(
        "Startup",
        "From the damaged file, {spots} and {holds} not in the backup could still be read "
        "and are back in your record.",
        "{spots}: '2 spots', {holds}: '5 holds'",
    ).format(spots=spots_text(found.spots), holds=holds_text(found.holds))
    if found.left_behind:
        text += " " + Counts.tr(
            "%n row(s) could not be read; they stay in the damaged file.",
            None,
            found.left_behind,
        )
    return text


def finish_left_over_work(store: Store) -> list[str]:
    """What the last run could not finish: an erase the user asked for, a hold still running.

    Returns what to tell the user, once. Damage is left to the caller (it raises).
    """
    notices = []
    folder = store.path.parent
    if erase_pending(folder):
        try:
            erase_everything(store)
        except (OSError, StoreError) as error:
            if isinstance(error, DatabaseDamagedError):
                raise
            notices.append(
                QCoreApplication.translate(
                    "Startup",
                    "Deleting all your data did not finish last time, and could not be "
                    "finished now ({error}). knotimer tries again at the next start.",
                ).format(error=error)
            )
        else:
            notices.append(
                QCoreApplication.translate(
                    "Startup",
                    "Deleting all your data did not finish last time (knotimer was stopped); "
                    "it is finished now.",
                )
            )
    try:
        recovered = recover_running(store)
    except DatabaseDamagedError:
        raise
    except StoreError as error:
        notices.append(
            QCoreApplication.translate(
                "Startup", "A hold left running last time could not be recorded yet: {error}"
            ).format(error=error)
        )
        recovered = []
    notices += [
        QCoreApplication.translate(
            "Startup",
            "knotimer stopped during a hold at {time} on {day}; it is kept as "
            "interrupted, with {held} s held.",
        ).format(
            time=time_text(hold.started),
            day=day_text(hold.started.date()),
            held=round(hold.held_s),
        )
        for hold in recovered
    ]
    return notices


def _recover(database: Path, report: HealthReport, clock: Clock, moved_to: list[Path]) -> bool:
    """Act on the start-up check; False if knotimer should quit (the user was told why)."""
    if report.health is Health.SOUND:
        return True  # the usual start: no dialog code is even loaded
    from knotimer.ui.dialogs.recovery import (
        ask_about_damage,
        ask_about_missing,
        tell_read_only,
        tell_too_new,
    )

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
            moved_to += moved[:1]
            offered = newest_good_backup(folder, SCHEMA_VERSION)
            choice = ask_about_damage(report.reason, moved, offered)
    return _carry_out(choice, offered, database)


def _carry_out(choice: Choice, offered: CheckedBackup | None, database: Path) -> bool:
    from knotimer.ui.dialogs.recovery import Choice, tell_problem

    if choice is Choice.QUIT:
        return False
    if choice is Choice.RESTORE and offered is not None:
        try:
            restore_backup(offered.backup, database)
        except (OSError, StoreError) as error:
            tell_problem(
                QCoreApplication.translate("Startup", "knotimer could not restore the backup"),
                QCoreApplication.translate(
                    "Startup",
                    "The backup {path} could not be restored ({error}). It is unchanged, "
                    "and so is everything else in the folder.",
                ).format(path=offered.backup.path, error=error),
            )
            return False
    return True


def _tell_unusable(folder: Path, reason: str) -> None:
    from knotimer.ui.dialogs.recovery import tell_problem

    tell_problem(
        QCoreApplication.translate("Startup", "knotimer cannot open your record"),
        QCoreApplication.translate(
            "Startup",
            "knotimer could not open its record in {folder}: {reason}. Nothing has been changed.",
        ).format(folder=folder, reason=reason),
    )
