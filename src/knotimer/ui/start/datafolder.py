"""The data folder made (0700) before the first frame, or the user told why it cannot be."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from knotimer.core.dbfile import create_private_dir


def prepare_folder(folder: Path) -> bool:
    """Create the data folder (0700) if needed; False (after telling the user) if it cannot be."""
    try:
        create_private_dir(folder)
    except OSError as error:
        from knotimer.ui.dialogs.recovery import tell_read_only

        tell_read_only(
            QCoreApplication.translate(
                "Startup", "the folder {folder} cannot be created ({error})"
            ).format(folder=folder, error=error.strerror or error)
        )
        return False
    return True
