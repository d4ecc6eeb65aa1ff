"""Which language knotimer speaks: LANGUAGE and LANG, the choice in Preferences, plurals, dates."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from pytestqt.qtbot import QtBot

from knotimer.app.labels import holds_text, sessions_count_text
from knotimer.app.languages import (
    LANGUAGE_KEY,
    available_languages,
    language_name,
    resolve_language,
)
from knotimer.app.localformat import DayFormat, day_text, number_text, time_text
from knotimer.ui.preferences.dialog import PreferencesDialog
from knotimer.ui.preferences.language import LanguageChoice

from tsfiles import REPO, TRANSLATIONS, installed_language, updater

# What a start under a given environment shows: the File menu, a plural, a date, a number.
PROBE = """
import json, sys
from datetime import date, datetime
from PySide6.QtCore import QCoreApplication, QLocale
from knotimer.ui.start.app import make_application
app = make_application([])
from knotimer.app.labels import holds_text
from knotimer.app.localformat import DayFormat, day_text, number_text, time_text
print(json.dumps({
    "file": QCoreApplication.translate("MainWindow", "&File"),
    "holds": [holds_text(1), holds_text(3)],
    "day": day_text(date(2026, 11, 25), DayFormat.WEEKDAY_LONG),
    "time": time_text(datetime(2026, 11, 25, 14, 5)),
    "number": number_text(2.5),
    "locale": QLocale().name(),
}))
"""
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_TIME", "LC_NUMERIC", "LANG")


def start_with(home: Path, **variables: str) -> dict[str, object]:
    """Start knotimer's application under these locale variables; what it showed."""
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    env |= {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home / ".config")}
    env |= {"PYTHONPATH": str(REPO / "src"), **variables}
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    shown: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return shown


GERMAN = {
    "file": "&Datei",
    "holds": ["1 Haltephase", "3 Haltephasen"],
    "day": "Mittwoch, 25. November 2026",
    "time": "14:05",
    "number": "2,5",
}


@pytest.mark.parametrize(
    "variables",
    [
        {"LANGUAGE": "de"},  # LANG unset: Qt's system locale is C, its languages say German
        {"LANG": "de_DE.UTF-8"},
        {"LANGUAGE": "de", "LANG": "C.UTF-8"},
        {"LANGUAGE": "fr:de", "LANG": "fr_FR.UTF-8"},  # no French: the next one listed
        {"LC_ALL": "de_AT.UTF-8"},
    ],
    ids=lambda v: " ".join(f"{k}={w}" for k, w in v.items()),
)
def test_a_german_system_gets_german_words_dates_and_numbers(
    private_home: Path, variables: dict[str, str]
) -> None:
    shown = start_with(private_home, **variables)
    assert {k: shown[k] for k in GERMAN if k != "day"} == {
        k: v for k, v in GERMAN.items() if k != "day"
    }
    assert str(shown["day"]).endswith("25. November 2026")
    assert str(shown["locale"]).startswith("de")


def test_language_with_an_english_lang_shows_german_with_german_formats(
    private_home: Path,
) -> None:
    """LANGUAGE=de over LANG=en_US: German words, and dates in German (the window's language)."""
    shown = start_with(private_home, LANGUAGE="de", LANG="en_US.UTF-8")
    assert {k: shown[k] for k in GERMAN} == GERMAN


@pytest.mark.parametrize(
    ("variables", "time"),
    [({"LANG": "en_US.UTF-8"}, "2:05\u202fPM"), ({"LANG": "C.UTF-8"}, "14:05"), ({}, "14:05")],
    ids=["en_US", "C", "nothing set"],
)
def test_an_english_or_unknown_system_gets_english_with_english_plurals(
    private_home: Path, variables: dict[str, str], time: str
) -> None:
    shown = start_with(private_home, **variables)
    assert shown["file"] == "&File"
    assert shown["holds"] == ["1 hold", "3 holds"]
    assert str(shown["time"]).replace(" ", "\u202f") == time
    assert shown["number"] == "2.5"


def test_french_without_a_french_translation_falls_back_to_english(private_home: Path) -> None:
    shown = start_with(private_home, LANG="fr_FR.UTF-8")
    assert shown["file"] == "&File"
    assert shown["holds"] == ["1 hold", "3 holds"]
    assert str(shown["day"]).startswith("Wednesday")  # English words, not 'mercredi'


def test_the_choice_in_preferences_wins_over_the_system_at_the_next_start(
    private_home: Path,
) -> None:
    settings = QSettings(
        str(private_home / ".config" / "knotimer" / "knotimer.conf"), QSettings.Format.IniFormat
    )
    settings.setValue(LANGUAGE_KEY, "en")
    settings.sync()
    shown = start_with(private_home, LANG="de_DE.UTF-8")
    assert shown["file"] == "&File"
    assert shown["holds"] == ["1 hold", "3 holds"]
    assert shown["number"] == "2,5"  # English words, the German decimal sign of en_DE
    assert shown["locale"] == "en_DE"
    settings.setValue(LANGUAGE_KEY, "de")
    settings.sync()
    assert start_with(private_home, LANG="en_US.UTF-8")["file"] == "&Datei"
    settings.setValue(LANGUAGE_KEY, "")  # the system's again
    settings.sync()
    assert start_with(private_home, LANG="en_US.UTF-8")["file"] == "&File"


def test_a_language_that_is_gone_means_the_system_s(private_home: Path) -> None:
    settings = QSettings(
        str(private_home / ".config" / "knotimer" / "knotimer.conf"), QSettings.Format.IniFormat
    )
    settings.setValue(LANGUAGE_KEY, "xx")
    settings.sync()
    assert start_with(private_home, LANG="de_DE.UTF-8")["file"] == "&Datei"


def test_languages_come_from_the_qm_files_english_first(tmp_path: Path) -> None:
    assert available_languages()[:2] == ["en", "de"]
    (tmp_path / "knotimer_pt_BR.qm").write_bytes(b"")
    (tmp_path / "other_fr.qm").write_bytes(b"")
    assert available_languages(tmp_path) == ["en", "pt_BR"]
    assert [language_name(c) for c in ("en", "de", "pt_BR")] == [
        "English",
        "Deutsch",
        "Português (Brasil)",
    ]


def test_resolving_reads_the_system_s_languages_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    codes = ["en", "de"]
    assert resolve_language("", codes, QLocale("de_CH")).code == "de"
    assert resolve_language("", codes, QLocale("de_CH")).locale.name() == "de_CH"
    assert resolve_language("", codes, QLocale("fr_FR")).code == "en"
    assert resolve_language("en", codes, QLocale("de_DE")).locale.name() == "en_DE"
    assert resolve_language("de", codes, QLocale("en_US")).locale.language() == (
        QLocale.Language.German
    )


def test_german_and_english_plurals_differ_as_they_should(qapp: object) -> None:
    with installed_language("de"):
        assert [holds_text(n) for n in (0, 1, 2, 21)] == [
            "0 Haltephasen",
            "1 Haltephase",
            "2 Haltephasen",
            "21 Haltephasen",
        ]
        assert sessions_count_text(1) == "1 Sitzung"
        assert holds_text(1500) == "1.500 Haltephasen"  # %Ln: the locale's digit grouping
    with installed_language("en"):
        assert [holds_text(n) for n in (0, 1, 2, 21)] == [
            "0 holds",
            "1 hold",
            "2 holds",
            "21 holds",
        ]


def test_polish_gets_its_three_plural_forms_from_qt(qapp: object, tmp_path: Path) -> None:
    """A Polish translation needs nothing but its file: Qt knows 1, 2-4 and 5+ (and 22, 25)."""
    ts = tmp_path / "knotimer_pl.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="pl"><context><name>Counts</name>'
        '<message numerus="yes"><source>%Ln hold(s)</source><translation>'
        "<numerusform>%Ln uchwyt</numerusform><numerusform>%Ln uchwyty</numerusform>"
        "<numerusform>%Ln uchwytów</numerusform></translation></message></context></TS>\n",
        encoding="utf-8",
    )
    updater().lrelease(ts)
    (tmp_path / "knotimer_en.qm").write_bytes((TRANSLATIONS / "knotimer_en.qm").read_bytes())
    with installed_language("pl", tmp_path) as language:
        assert language.code == "pl"
        assert [holds_text(n) for n in (1, 2, 4, 5, 12, 22, 25)] == [
            "1 uchwyt",
            "2 uchwyty",
            "4 uchwyty",
            "5 uchwytów",
            "12 uchwytów",
            "22 uchwyty",
            "25 uchwytów",
        ]
        assert sessions_count_text(2) == "2 sessions"  # not in this file: English's forms


def test_dates_times_and_decimals_follow_the_language(qapp: object) -> None:
    day = date(2026, 11, 25)
    with installed_language("de", system="de_DE"):
        assert day_text(day) == "25. Nov. 2026"
        assert day_text(day, DayFormat.WEEKDAY_SHORT) == "Mi., 25. Nov. 2026"
        assert day_text(day, DayFormat.MONTH) == "November 2026"
        assert number_text(2.5) == "2,5"
        assert number_text(6.0) == "6"
    with installed_language("en", system="en_GB"):
        assert day_text(day, DayFormat.WEEKDAY_LONG) == "Wednesday, 25 November 2026"
        assert number_text(2.5) == "2.5"
    from datetime import datetime

    with installed_language("en", system="en_US"):
        assert time_text(datetime(2026, 11, 25, 14, 5, 9), seconds=True).startswith("2:05:09")


def test_preferences_offer_the_system_s_english_and_deutsch(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings, hold_s=20, cues=_cues(), voices=[], data_folder=tmp_path)
    qtbot.addWidget(dialog)
    combo = dialog.language.combo
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert items[0][1] == ""
    assert items[0][0].startswith("The system's (")
    assert items[1:] == [("English", "en"), ("Deutsch", "de")]
    assert "next time knotimer starts" in dialog.language.note.text()
    combo.setCurrentIndex(combo.findData("de"))
    dialog.store()
    assert settings.value(LANGUAGE_KEY) == "de"
    again = LanguageChoice(settings)
    qtbot.addWidget(again)
    assert again.chosen() == "de"


def test_the_preferences_in_german_name_the_language_in_german(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with installed_language("de", system="de_DE"):
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        choice = LanguageChoice(settings)
        qtbot.addWidget(choice)
        assert choice.combo.itemText(0).startswith("Wie das System (")  # this machine's
        assert choice.combo.itemText(2) == "Deutsch"
        assert choice.label_text() == "&Sprache"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # undone again


def test_the_english_plurals_are_installed_for_every_test(english_plurals: QTranslator) -> None:
    assert not english_plurals.isEmpty()
    assert holds_text(1) == "1 hold"


def _cues() -> object:
    from knotimer.core.preferences import CuePreferences

    return CuePreferences()
