"""Start the window: the QApplication, the data folder and store, then the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from knotimer import APP_NAME, __version__
from knotimer.core.clock import SystemClock
from knotimer.core.store import Store, StoreError
from knotimer.paths import resolve_data_dir
from knotimer.resources import asset
from knotimer.ui.cues import CuePlayer
from knotimer.ui.mainwindow import MainWindow

# For the benchmark: write time.monotonic() at the first paint of the window to this file,
# and quit right after when KNOTIMER_QUIT_AFTER_FIRST_PAINT=1.
FIRST_PAINT_FILE_ENV = "KNOTIMER_FIRST_PAINT_FILE"
QUIT_AFTER_PAINT_ENV = "KNOTIMER_QUIT_AFTER_FIRST_PAINT"


class FirstPaintProbe(QObject):
    """Reports when the diagram has been painted for the first time (start-up benchmark)."""

    def __init__(self, target: Path, quit_after: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self._quit_after = quit_after
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint event, report once the paint has been done."""
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        self._target.write_text(f"{time.monotonic():.6f}\n", encoding="utf-8")
        if self._quit_after:
            app = QApplication.instance()
            if app is not None:
                app.quit()


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
        probe_file = os.environ.get(FIRST_PAINT_FILE_ENV)
        if probe_file:
            probe = FirstPaintProbe(
                Path(probe_file), os.environ.get(QUIT_AFTER_PAINT_ENV) == "1", window
            )
            window.diagram.installEventFilter(probe)
        window.show()
        QTimer.singleShot(0, cues.preload)
        return app.exec()
    finally:
        store.close()
