"""Start the window: the QApplication, the data folder and store, then the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from knotimer import APP_NAME, __version__
from knotimer.core.clock import SystemClock
from knotimer.core.store import Store, StoreError
from knotimer.paths import resolve_data_dir
from knotimer.resources import asset
from knotimer.ui.cues import CuePlayer
from knotimer.ui.mainwindow import MainWindow


def application_settings() -> QSettings:
    """Knotimer's QSettings (native format, per user)."""
    return QSettings(APP_NAME, APP_NAME)


def make_application(argv: list[str]) -> QApplication:
    """The QApplication, named so QStandardPaths and QSettings find knotimer's folders."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("knotimer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(QIcon(str(asset("icons/knotimer.svg"))))
    return app


def run_window(hold_s: int | None = None, data_dir: str | None = None) -> int:
    """Open the main window and run until it closes; the process exit code."""
    app = make_application(sys.argv[:1])
    try:
        folder = resolve_data_dir(data_dir)
        store = Store.in_folder(folder)
    except (OSError, StoreError) as error:
        QMessageBox.critical(None, "knotimer", f"knotimer cannot open its data: {error}")
        return 1
    try:
        cues = CuePlayer()
        window = MainWindow(store, SystemClock(), cues, application_settings(), hold_s)
        window.show()
        QTimer.singleShot(0, cues.preload)
        return app.exec()
    finally:
        store.close()
