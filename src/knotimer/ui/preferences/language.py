"""The language choice in Preferences: the system's, or one of the translations found."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from knotimer.app.languages import (
    available_languages,
    language_name,
    resolve_language,
    store_language,
    stored_language,
)


class LanguageChoice(QWidget):
    """A list of languages, built from the .qm files there are, and a word on when it applies."""

    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        codes = available_languages(folder)
        self.combo = QComboBox(self)
        system = language_name(resolve_language("", codes).code)
        self.combo.addItem(
            QCoreApplication.translate("LanguageChoice", "The system's ({language})").format(
                language=system
            ),
            "",
        )
        for code in codes:
            self.combo.addItem(language_name(code), code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(stored_language(settings, codes))))
        self.combo.setAccessibleName(QCoreApplication.translate("LanguageChoice", "Language"))
        self.note = QLabel(
            QCoreApplication.translate(
                "LanguageChoice", "A new language takes effect the next time knotimer starts."
            ),
            self,
        )
        self.note.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.combo)
        column.addWidget(self.note)
        self.setFocusProxy(self.combo)

    @staticmethod
    def label_text() -> str:
        """The form's label for this row, with its accelerator."""
        return QCoreApplication.translate("LanguageChoice", "&Language")

    def chosen(self) -> str:
        """The code chosen ('' for the system's)."""
        return str(self.combo.currentData() or "")

    def store(self) -> None:
        """Remember the choice for the next start."""
        store_language(self._settings, self.chosen())
