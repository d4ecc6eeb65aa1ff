"""Preferences for hands-free use and sounds: the hold key, press-and-hold, own sounds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from knotimer.core.store import Store
from knotimer.ui.common.cues import Cue, builtin_sound
from knotimer.ui.main.window import MainWindow
from knotimer.ui.preferences.cuemenu import cue_choices
from knotimer.ui.preferences.dialog import PreferencesDialog
from test_soundfile import made_by_sox

from fakes import FakeClock
from qtsupport import RecordingCues, build_window


def open_window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    window = build_window(store, clock, RecordingCues(), settings)
    qtbot.addWidget(window)
    return window


def test_the_cues_menu_and_preferences_name_each_option_the_same(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    window = open_window(qtbot, store, clock, tmp_path)
    dialog = PreferencesDialog(
        window.session.settings,
        hold_s=20,
        cues=window.feedback.preferences,
        voices=[],
        data_folder=tmp_path,
    )
    qtbot.addWidget(dialog)
    names = [name for name, _text, _tip in cue_choices()]
    menu = {name: window.cue_menu.choice_actions[name].text() for name in names}
    shown = {name: dialog.checks[name].text() for name in names}
    assert menu == shown
    assert len(set(menu.values())) == len(names)


def test_press_and_hold_and_a_pedal_key_chosen_in_preferences(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, store, clock, tmp_path)

    def choose(dialog: PreferencesDialog) -> int:
        dialog.handsfree.press.setChecked(True)
        dialog.handsfree.key.setKeySequence(QKeySequence("F13"))
        return PreferencesDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.commands.preferences.trigger()
    assert window.session.press.enabled
    assert window.handsfree.key.key_name() == "F13"
    assert QKeySequence("F13") in window.commands.start_pause.shortcuts()
    again = open_window(qtbot, store, clock, tmp_path)  # the next start
    assert again.session.press.enabled
    assert again.handsfree.key.key_name() == "F13"


def test_an_own_sound_is_checked_stored_played_and_kept_for_the_next_start(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, store, clock, tmp_path)
    mine = made_by_sox(tmp_path, "bell.ogg", "0.3", "sine", "880", "vol", "0.6")
    tested: list[str] = []

    def choose(dialog: PreferencesDialog) -> int:
        page = dialog.sounds
        assert page.names[Cue.END].text() == "built-in sound"
        page.use_file(Cue.END, mine)
        qtbot.waitUntil(lambda: Cue.END in page.wavs, timeout=10000)
        assert page.names[Cue.END].text() == "bell.ogg"
        page.test(Cue.END)  # the Test button plays what is chosen here
        assert page._preview is not None
        assert page._preview.source(Cue.END) == Path(page.wavs[Cue.END])
        tested.append("end")
        return PreferencesDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.commands.preferences.trigger()
    assert tested == ["end"]
    wav = window.cues.source(Cue.END)
    assert wav != builtin_sound(Cue.END)
    assert wav.is_file()
    assert window.cues.source(Cue.START) == builtin_sound(Cue.START)
    assert window.session.settings.value("sounds/files/end") == str(mine)
    again = open_window(qtbot, store, clock, tmp_path)
    assert again.cues.source(Cue.END) == wav  # the prepared copy, found again


def test_a_sound_that_cannot_play_gets_one_message_and_the_old_sound_stays(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, store, clock, tmp_path)
    broken = tmp_path / "broken.flac"
    broken.write_bytes(b"\x00\x01garbage" * 100)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )

    def choose(dialog: PreferencesDialog) -> int:
        dialog.sounds.use_file(Cue.START, broken)
        qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
        qtbot.wait(100)
        assert dialog.sounds.names[Cue.START].text() == "built-in sound"
        return PreferencesDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.commands.preferences.trigger()
    assert len(warnings) == 1
    assert warnings[0].split(" The sound you had")[0] in {
        "broken.flac cannot be played as a sound here.",
        "broken.flac has no sound in it.",  # FFmpeg may read the garbage as silence
    }
    assert window.cues.source(Cue.START) == builtin_sound(Cue.START)
    assert window.session.settings.value("sounds/files/start") == ""


def test_the_output_device_offers_the_default_and_is_remembered(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, store, clock, tmp_path)
    window.session.settings.setValue("sounds/output_device", "6e6f6e65")  # not connected now

    def choose(dialog: PreferencesDialog) -> int:
        combo = dialog.sounds.device
        assert combo.itemText(0) == "The system's default"
        assert combo.currentIndex() == 0  # a device that is not there: the default is shown
        return PreferencesDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.commands.preferences.trigger()
    assert window.session.settings.value("sounds/output_device") == ""
    assert window.cues.device_id == ""
