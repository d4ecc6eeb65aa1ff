"""Where knotimer keeps its data: --data-dir, $KNOTIMER_DATA_DIR, or the app-data folder."""

from __future__ import annotations

import os
from pathlib import Path

from knotimer import APP_NAME

DATA_DIR_ENV = "KNOTIMER_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's per-user app-data folder for knotimer (QStandardPaths)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() != APP_NAME:
        QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        raise OSError("this system names no folder for application data; use --data-dir")
    return Path(location)


def resolve_data_dir(option: str | None) -> Path:
    """The data folder to use: the option, then the environment, then the platform default."""
    chosen = option or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return default_data_dir()
