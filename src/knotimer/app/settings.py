"""Read and write the cue preferences in QSettings, surviving corrupt values."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from knotimer.core.preferences import CuePreferences

GROUP = "cues"


def load_cue_preferences(settings: QSettings) -> CuePreferences:
    """The stored cue preferences; defaults for anything missing or unreadable."""
    settings.beginGroup(GROUP)
    try:
        values = {key: settings.value(key) for key in settings.childKeys()}
    finally:
        settings.endGroup()
    return CuePreferences.from_mapping(values)


def save_cue_preferences(settings: QSettings, preferences: CuePreferences) -> None:
    """Store the cue preferences."""
    settings.beginGroup(GROUP)
    try:
        for key, value in preferences.to_mapping().items():
            settings.setValue(key, value)
    finally:
        settings.endGroup()
