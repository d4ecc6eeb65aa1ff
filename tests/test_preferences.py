from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from knotimer.app.settings import load_cue_preferences, save_cue_preferences
from knotimer.core.preferences import CuePreferences


def test_defaults_are_gentle() -> None:
    defaults = CuePreferences()
    assert defaults.start_sound
    assert defaults.end_sound
    assert defaults.flash
    assert not defaults.ticks
    assert not defaults.speech
    assert not defaults.repeat_end
    assert 0 < defaults.volume <= 100


def test_unreadable_values_fall_back_and_volume_is_clamped() -> None:
    read = CuePreferences.from_mapping(
        {"volume": "loud", "ticks": "maybe", "speech": "true", "flash": 0, "unknown": 1}
    )
    assert read.volume == CuePreferences().volume
    assert read.ticks is False
    assert read.speech is True
    assert read.flash is False
    assert CuePreferences.from_mapping({"volume": 250}).volume == 100
    assert CuePreferences.from_mapping({"volume": "-3"}).volume == 0


def test_changed_validates_and_refuses_unknown_names() -> None:
    assert CuePreferences().changed("volume", 40).volume == 40
    with pytest.raises(KeyError):
        CuePreferences().changed("colour", "red")


def test_preferences_survive_a_restart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "settings.ini")
    chosen = CuePreferences(volume=35, ticks=True, speech=True, flash=False)
    first = QSettings(path, QSettings.Format.IniFormat)
    save_cue_preferences(first, chosen)
    first.sync()
    again = QSettings(path, QSettings.Format.IniFormat)
    assert load_cue_preferences(again) == chosen


def test_a_corrupt_settings_file_gives_defaults(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.ini"
    path.write_bytes(b"\x00\xff[cues]\nvolume=\xfe\xfe\nticks=@Variant(garbage\n[[[")
    assert load_cue_preferences(QSettings(str(path), QSettings.Format.IniFormat)).volume in range(
        101
    )
