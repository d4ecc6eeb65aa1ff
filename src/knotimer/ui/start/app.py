"""Start the window: one instance per data folder, the checked record, then the main window.

Only the standard library and knotimer's core are imported up front: the record's start-up
check begins in a thread first, and runs while Qt and the window's modules load.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from knotimer import APP_NAME, __version__
from knotimer.core.collector import collection_paused
from knotimer.core.dbfile import DB_FILENAME
from knotimer.core.recovery import EarlyCheck
from knotimer.core.schema import SCHEMA_VERSION
from knotimer.paths import resolve_data_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from knotimer.app.carried import CarriedHold
    from knotimer.app.session import Session
    from knotimer.core.clock import SystemClock
    from knotimer.core.store import Store
    from knotimer.ui.main.window import MainWindow
    from knotimer.ui.start.firstpaint import FirstPaintProbe
    from knotimer.ui.start.singleinstance import SingleInstance

EXIT_FAILURE = 1


def application_settings() -> QSettings:
    """Knotimer's QSettings (native format, per user); readers fall back on bad values."""
    from PySide6.QtCore import QSettings

    return QSettings(APP_NAME, APP_NAME)


def make_application(argv: list[str]) -> QApplication:
    """The QApplication, named so QStandardPaths and QSettings find knotimer's folders."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from knotimer.resources import asset
    from knotimer.ui.start.translations import install_translations

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("knotimer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(QIcon(str(asset("icons/knotimer.svg"))))
    install_translations(app)
    return app


def run_window(
    hold_s: int | None = None, data_dir: str | None = None, *, press_and_hold: bool = False
) -> int:
    """Open the main window and run until it closes; the process exit code.

    ``press_and_hold``: holds last while the hold key is down. No collector passes run
    until the first frame is up (what the start makes lives on anyway).
    """
    with collection_paused() as resume:
        return _start_window(hold_s, data_dir, press_and_hold, resume)


def _start_window(
    hold_s: int | None, data_dir: str | None, press_and_hold: bool, resume: Callable[[], None]
) -> int:
    folder: Path | None = None
    problem = ""
    try:
        folder = resolve_data_dir(data_dir)
    except OSError as error:
        problem = str(error)
    # The record's check runs while Qt loads; it only reads, and is redone if it finds trouble.
    usable = folder if folder is not None and folder.is_dir() else None
    early = None if usable is None else EarlyCheck(usable / DB_FILENAME, SCHEMA_VERSION)
    from PySide6.QtCore import QCoreApplication

    from knotimer.core.clock import SystemClock
    from knotimer.ui.start.datafolder import prepare_folder
    from knotimer.ui.start.firstpaint import open_first_frame
    from knotimer.ui.start.singleinstance import Claim, SingleInstance

    app = make_application(sys.argv[:1])
    if folder is None:
        from knotimer.ui.dialogs.recovery import tell_problem

        tell_problem(
            QCoreApplication.translate("knotimer", "knotimer cannot find its folder"), problem
        )
        return EXIT_FAILURE
    if not prepare_folder(folder):
        return EXIT_FAILURE
    instance = SingleInstance(folder)
    claim = instance.claim(listen=False)  # it answers once the window is up
    if claim is Claim.FORWARDED:
        # Nothing was opened or written: the running knotimer has come forward instead.
        print(
            "knotimer: "
            + QCoreApplication.translate(
                "knotimer", "already running; its window was brought forward"
            ),
            file=sys.stderr,
        )
        return 0
    if claim is Claim.NO_ANSWER:
        from knotimer.ui.dialogs.recovery import tell_other_running

        tell_other_running(instance.other_pid, instance.other_host)
        return 0
    if claim is Claim.REFUSED:
        from knotimer.ui.dialogs.recovery import tell_problem

        tell_problem(
            QCoreApplication.translate("knotimer", "knotimer cannot start"), instance.problem
        )
        return EXIT_FAILURE
    # The window's cached first frame goes on the screen now, before the record is opened
    # (its check may take a moment on a long record); the window is built behind it.
    first = open_first_frame(application_settings(), hold_s)
    resume()  # the frame is on the screen: the collector runs again
    clock = SystemClock()
    try:
        return _run_sessions(
            app,
            folder,
            clock,
            instance,
            hold_s=hold_s,
            early=early,
            press=press_and_hold,
            first=first,
        )
    finally:
        instance.release()


def _run_sessions(
    app: QApplication,
    folder: Path,
    clock: SystemClock,
    instance: SingleInstance,
    *,
    hold_s: int | None,
    early: EarlyCheck | None,
    press: bool = False,
    first: tuple[MainWindow, FirstPaintProbe | None] | None = None,
) -> int:
    """Open the record and run the window; again after damage found while it ran."""
    from knotimer.core.store import DatabaseDamagedError
    from knotimer.ui.start.record import finish_left_over_work, open_record

    damage: str | None = None
    carried: list[CarriedHold] = []
    while True:
        notices: list[str] = []
        store = open_record(folder, clock, early, damage=damage, notices=notices)
        if store is None:
            return EXIT_FAILURE
        shell, first = first, None  # a record opened again after damage: a new window
        try:
            notices += finish_left_over_work(store)
            session = _Session(app, store, clock, instance, hold_s)
            session.press_and_hold = press
            session.early, early = early, None  # its check of every row, collected later
            code = session.run(notices, carried, shell)
        except DatabaseDamagedError as error:  # found before the window ran
            from knotimer.ui.start.damagewatch import EXIT_RECOVER

            code, session, damage = EXIT_RECOVER, None, str(error)
        finally:
            store.close()
        from knotimer.ui.start.damagewatch import EXIT_RECOVER

        if code != EXIT_RECOVER:
            return code
        if session is not None:
            damage, carried = session.damage, session.carried


class _Session:
    """The window's whole life on one open record, with signals, logout and backups."""

    def __init__(
        self,
        app: QApplication,
        store: Store,
        clock: SystemClock,
        instance: SingleInstance,
        hold_s: int | None,
    ) -> None:
        self.app, self.store, self.clock, self.instance = app, store, clock, instance
        self.hold_s = hold_s
        self.damage: str | None = None
        self.carried: list[CarriedHold] = []
        self.early: EarlyCheck | None = None
        self.press_and_hold = False  # --press-and-hold: for this run only

    def _open_window(
        self, shell: tuple[MainWindow, FirstPaintProbe | None] | None
    ) -> tuple[MainWindow, Session, FirstPaintProbe | None]:
        """The window built on a session (behind its first frame, if one is shown)."""
        from knotimer.app.session import Session
        from knotimer.ui.common.cues import CuePlayer
        from knotimer.ui.main.window import MainWindow

        window, probe = shell if shell is not None else (MainWindow(), None)
        try:
            session = Session(self.store, self.clock, application_settings(), hold_s=self.hold_s)
            if self.press_and_hold:
                session.press.set_enabled(True, remember=False)
            window.attach(session, CuePlayer())
        except BaseException:
            window.hide()  # the record turned out damaged, say: its dialog comes next
            window.deleteLater()
            raise
        return window, session, probe

    def run(
        self,
        notices: list[str],
        carried: list[CarriedHold],
        shell: tuple[MainWindow, FirstPaintProbe | None] | None = None,
    ) -> int:
        """Show the window and run the event loop; the exit code (EXIT_RECOVER after damage)."""
        app, store = self.app, self.store
        window, session, probe = self._open_window(shell)
        from PySide6.QtCore import QCoreApplication, QTimer

        from knotimer.app.backups import DailyBackups
        from knotimer.app.carried import save_carried
        from knotimer.app.labels import Counts
        from knotimer.core.holdtimer import HoldState
        from knotimer.ui.start.damagewatch import DamageWatch, watch_contents
        from knotimer.ui.start.firstpaint import AfterFirstPaint, keep_first_frame
        from knotimer.ui.start.shutdown import ShutdownGuard

        self.instance.listen()  # from now on a second launch brings this window forward
        if carried:
            saved = save_carried(store, carried, session.unsaved.run_id)
            session.refresh()
            notices.append(
                Counts.tr(
                    "%n hold(s) made before the damage was found are saved in it.",
                    None,
                    saved,
                )
            )
        self.instance.activated.connect(window.bring_forward)
        guard = ShutdownGuard(app, window.finish_running_hold, window)
        watch = DamageWatch(app, window.end_for_recovery)
        backups = DailyBackups(
            store.path,
            self.clock,
            busy=lambda: session.hold.state is not HoldState.IDLE,
            parent=window,
        )
        backups.failed.connect(
            lambda reason: window.statusBar().showMessage(
                QCoreApplication.translate(
                    "knotimer",
                    "Today's backup could not be made ({reason}). Your record itself is "
                    "unaffected.",
                ).format(reason=reason)
            )
        )
        if probe is not None:
            probe.watch(window.diagram)
        window.diagram.installEventFilter(AfterFirstPaint(window.cues.preload, window))
        window.show()  # shown already if the first frame was
        if self.early is not None:
            watch_contents(self.early, watch, window)
        if notices:
            window.statusBar().showMessage(" ".join(notices))
        backups.start()
        if probe is not None:
            QTimer.singleShot(0, probe.main_loop_started)
        try:
            code = app.exec()
        finally:
            backups.stop()
            guard.uninstall()
            watch.uninstall()
            if watch.reason is None:
                window.finish_running_hold()
            window.close()
            if watch.reason is None:
                keep_first_frame(window)
            window.deleteLater()
        self.damage, self.carried = watch.reason, watch.carried
        return code
