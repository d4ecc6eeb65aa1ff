"""Export from the window: pick a file, write it privately, say where it went."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from knotimer.app.labels import holds_text
from knotimer.core.export import write_csv
from knotimer.core.privatefile import private_output
from knotimer.core.store import DatabaseDamagedError, Store, StoreError


def export_csv_file(store: Store, day: date | None, path: Path) -> int:
    """Write one day's holds (or all with None) to ``path`` as CSV (mode 0600); the row count."""
    with private_output(str(path)) as out:
        return write_csv(store.export_rows(day), out)


def export_csv_dialog(parent: QWidget, store: Store, day: date) -> Path | None:
    """Ask for a file name and export ``day`` there; reports success or the reason it failed."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder or Path.home()) / f"knotimer-{day.isoformat()}.csv")
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("exporting", "Export today's holds"),
        suggested,
        QCoreApplication.translate("exporting", "CSV files (*.csv)"),
    )
    if not name:
        return None
    path = Path(name)
    try:
        count = export_csv_file(store, day, path)
    except (OSError, StoreError) as error:
        if isinstance(error, DatabaseDamagedError):
            raise
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("exporting", "Export failed"),
            QCoreApplication.translate("exporting", "Could not write {path}: {error}").format(
                path=path, error=error
            ),
        )
        return None
    parent.window().statusBar().showMessage(  # type: ignore[attr-defined]
        QCoreApplication.translate("exporting", "Exported {holds} to {path}").format(
            holds=holds_text(count), path=path
        ),
        8000,
    )
    return path
