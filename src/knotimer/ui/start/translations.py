"""Load a translation for the user's language from assets/translations/, if one is there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from knotimer.resources import assets_dir

TRANSLATIONS = "translations"


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[str]:
    """Install Qt's own and knotimer's translators for ``locale``; the files loaded.

    A translator is added by dropping ``knotimer_<lang>.qm`` (e.g. ``knotimer_de.qm``, made
    with pyside6-lupdate and pyside6-lrelease) into assets/translations/: no code changes.
    """
    chosen = locale or QLocale.system()
    loaded: list[str] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    folder = assets_dir() / TRANSLATIONS
    for prefix, where in (("qtbase", qt_folder), ("knotimer", str(folder))):
        translator = QTranslator(app)
        if translator.load(chosen, prefix, "_", where):
            app.installTranslator(translator)
            loaded.append(translator.filePath())
        else:
            translator.deleteLater()
    return loaded
