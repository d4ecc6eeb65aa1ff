"""Load the chosen language's translations (knotimer's and Qt's) and make its locale the default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from knotimer import APP_NAME
from knotimer.app.languages import (
    PREFIX,
    SOURCE_LANGUAGE,
    Language,
    available_languages,
    resolve_language,
    stored_language,
    translations_folder,
)


def install_translations(
    app: QCoreApplication,
    settings: QSettings | None = None,
    folder: Path | None = None,
    system: QLocale | None = None,
) -> Language:
    """Install the translators for the language chosen in Preferences (or the system's).

    English's own file (its plural forms) goes in first, under the chosen one, so a text a
    translation lacks still reads '1 hold'. A language is added by dropping its
    ``knotimer_<code>.qm`` into assets/translations/: no code changes.
    """
    where = folder or translations_folder()
    codes = available_languages(where)
    choice = stored_language(settings or QSettings(APP_NAME, APP_NAME), codes)
    language = resolve_language(choice, codes, system)
    QLocale.setDefault(language.locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _install(app, qt_folder, f"qtbase_{language.code}")  # Qt's own dialogs and key names
    _install(app, str(where), PREFIX + SOURCE_LANGUAGE)
    if language.code != SOURCE_LANGUAGE:
        _install(app, str(where), PREFIX + language.code)
    return language


def _install(app: QCoreApplication, folder: str, name: str) -> bool:
    """Load ``name`` (or, failing that, its shorter forms: 'pt_BR', then 'pt') and install it."""
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        return True
    translator.deleteLater()
    return False
