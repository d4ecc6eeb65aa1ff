"""Which language the window speaks: the translations found, the user's choice, its locale.

A language is offered when ``assets/translations/knotimer_<code>.qm`` exists (English, the
language the texts are written in, always is). The choice is kept in QSettings; '' means
"the system's", read from ``QLocale.system().uiLanguages()`` (on Linux: ``LANGUAGE``, else
``LC_ALL``, ``LC_MESSAGES``, ``LANG``). Dates and numbers then follow the chosen language:
the system's own formats where they are in that language, else that language's.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

from knotimer.resources import assets_dir

LANGUAGE_KEY = "view/language"  # '' (the system's) or a translation's code, such as 'de'
SOURCE_LANGUAGE = "en"  # the texts in the code are English; knotimer_en.qm has its plurals
PREFIX = "knotimer_"
FOLDER = "translations"


def translations_folder() -> Path:
    """Where the .qm files are: ``assets/translations``."""
    return assets_dir() / FOLDER


def available_languages(folder: Path | None = None) -> list[str]:
    """The codes of the translations found ('de', 'pt_BR', ...), English first."""
    where = folder or translations_folder()
    found = {path.stem.removeprefix(PREFIX) for path in where.glob(f"{PREFIX}*.qm")}
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def language_name(code: str) -> str:
    """A language as its speakers write it: 'English', 'Deutsch', 'Português (Brasil)'."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.English:
        name = "English"  # Qt would say 'American English' for plain 'en'
    else:
        name = locale.nativeLanguageName() or code
    if "_" in code and locale.nativeTerritoryName():
        name += f" ({locale.nativeTerritoryName()})"
    return name[:1].upper() + name[1:]


def stored_language(settings: QSettings, codes: list[str]) -> str:
    """The language chosen in Preferences; '' (the system's) when none or not found."""
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in codes else ""


def store_language(settings: QSettings, code: str) -> None:
    """Remember ``code`` ('' for the system's) for the next start."""
    settings.setValue(LANGUAGE_KEY, code)


@dataclass(frozen=True)
class Language:
    """The translation to load and the locale that writes dates and numbers."""

    code: str  # one of available_languages()
    locale: QLocale


def formats_language(system: QLocale) -> QLocale.Language:
    """The language of the system's date formats (on Linux LC_ALL, LC_TIME or LANG)."""
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return QLocale(value.split(".")[0].split("@")[0]).language()
    return system.language()


def _matching(system: QLocale, codes: list[str]) -> tuple[str, QLocale]:
    """The first of the system's languages with a translation; English if none has one."""
    for tag in system.uiLanguages():
        wanted = QLocale(tag)
        name = wanted.name()
        for code in (name, name.split("_")[0]):
            if code in codes:
                return code, wanted
    return SOURCE_LANGUAGE, QLocale(SOURCE_LANGUAGE)


def resolve_language(choice: str, codes: list[str], system: QLocale | None = None) -> Language:
    """The translation and locale for ``choice`` ('' for the system's languages)."""
    system = system or QLocale.system()
    if choice in codes:
        code, wanted = choice, QLocale(choice)
        local = QLocale(wanted.language(), system.territory())
        if local.language() == wanted.language() and local.territory() == system.territory():
            wanted = local  # English in Germany: en_DE, with a 24-hour clock
    else:
        code, wanted = _matching(system, codes)
    own = formats_language(system)
    english_c = own == QLocale.Language.C and wanted.language() == QLocale.Language.English
    if wanted.language() == own or english_c:
        return Language(code, system)  # the system's formats are in this language: keep them
    return Language(code, wanted)
