"""Preferences in QSettings, read back safely: a damaged or odd value means the default."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from knotimer.core.holdtimer import DEFAULT_HOLD_S, MAX_HOLD_S, MIN_HOLD_S

if TYPE_CHECKING:  # loaded where read: the start reads only the hold length before its frame
    from knotimer.core.preferences import CuePreferences
    from knotimer.core.routine import Step
    from knotimer.core.safety import SafetyCheck

CUES_GROUP = "cues"
SAFETY_GROUP = "safety"
ROUTINE_GROUP = "routine"
HOLD_LENGTH_KEY = "hold/length_s"
NAMES_KEY = "view/muscle_names"
HINTS_KEY = "view/knot_hints"
IDLE_GAP_KEY = "sessions/idle_gap_min"
DEFAULT_IDLE_GAP_MIN = 45
VOICE_KEY = "speech/voice"
SNOOZED_KEY = "safety_banner/not_now_on"


def _group(settings: QSettings, group: str) -> dict[str, object]:
    settings.beginGroup(group)
    try:
        return {key: settings.value(key) for key in settings.childKeys()}
    finally:
        settings.endGroup()


def _store_group(settings: QSettings, group: str, values: dict[str, object]) -> None:
    settings.beginGroup(group)
    try:
        for key, value in values.items():
            settings.setValue(key, value)
    finally:
        settings.endGroup()


def load_cue_preferences(settings: QSettings) -> CuePreferences:
    """The stored cue preferences; defaults for anything missing or unreadable."""
    from knotimer.core.preferences import CuePreferences

    return CuePreferences.from_mapping(_group(settings, CUES_GROUP))


def save_cue_preferences(settings: QSettings, preferences: CuePreferences) -> None:
    """Store the cue preferences."""
    _store_group(settings, CUES_GROUP, preferences.to_mapping())


def stored_step_seconds(settings: QSettings) -> dict[Step, int]:
    """Each timed step's length from preferences (defaults: 60 s; switching legs 10 s)."""
    from knotimer.core.routine import step_seconds

    return step_seconds(_group(settings, ROUTINE_GROUP))


def idle_gap_minutes(settings: QSettings) -> int:
    """The pause after which a new session begins (5-240 min, default 45)."""
    try:
        value = int(str(settings.value(IDLE_GAP_KEY, DEFAULT_IDLE_GAP_MIN)))
    except ValueError:
        return DEFAULT_IDLE_GAP_MIN
    return max(5, min(240, value))


def remembered_length(settings: QSettings) -> int:
    """The last hold length chosen; anything unusable (a damaged file) means 20."""
    value = settings.value(HOLD_LENGTH_KEY, DEFAULT_HOLD_S)
    try:
        seconds = float(str(value))
    except ValueError:
        return DEFAULT_HOLD_S
    if not MIN_HOLD_S <= seconds <= MAX_HOLD_S or seconds != int(seconds):
        return DEFAULT_HOLD_S  # also nan and inf
    return int(seconds)


def flag(settings: QSettings, key: str) -> bool:
    """A stored yes/no (native formats store booleans as text)."""
    return settings.value(key, False) in (True, "true")


def load_check(settings: QSettings) -> SafetyCheck | None:
    """The last answers to the "before you start" questions, if any."""
    from knotimer.core.safety import SafetyCheck

    return SafetyCheck.from_mapping(_group(settings, SAFETY_GROUP))


def save_check(settings: QSettings, check: SafetyCheck) -> None:
    """Remember the answers and the day."""
    _store_group(settings, SAFETY_GROUP, check.to_mapping())


def snoozed_on(settings: QSettings) -> date | None:
    """The day the user said "Not now" to the safety banner, if any."""
    try:
        return date.fromisoformat(str(settings.value(SNOOZED_KEY, "")))
    except ValueError:
        return None


def snooze(settings: QSettings, day: date) -> None:
    """Remember a "Not now" for ``day``."""
    settings.setValue(SNOOZED_KEY, day.isoformat())


# -- hands-free: the hold key, press-and-hold, the sound device and one's own sounds ----------
HOLD_KEY_KEY = "handsfree/hold_key"
DEFAULT_HOLD_KEY = "Space"
PRESS_AND_HOLD_KEY = "handsfree/press_and_hold"
OUTPUT_DEVICE_KEY = "sounds/output_device"
SOUND_FILE_GROUP = "sounds/files"
SHORTCUTS_TOLD_KEY = "notices/no_global_shortcuts_told"
NO_BUS_TOLD_KEY = "notices/no_session_bus_told"


def hold_key(settings: QSettings) -> str:
    """The hold key as a QKeySequence's portable text ('Space' unless the user chose one)."""
    value = settings.value(HOLD_KEY_KEY, DEFAULT_HOLD_KEY)
    text = value.strip() if isinstance(value, str) else ""
    return text or DEFAULT_HOLD_KEY


def press_and_hold(settings: QSettings) -> bool:
    """True when a hold runs only while the hold key is down."""
    return flag(settings, PRESS_AND_HOLD_KEY)


def output_device(settings: QSettings) -> str:
    """The id of the chosen sound output device, hex-encoded; '' for the system's default."""
    value = settings.value(OUTPUT_DEVICE_KEY, "")
    return value if isinstance(value, str) else ""


def sound_file(settings: QSettings, cue: str) -> str:
    """The user's own sound file for ``cue`` ('start', 'end', 'tick'); '' for the built-in."""
    value = settings.value(f"{SOUND_FILE_GROUP}/{cue}", "")
    return value if isinstance(value, str) else ""


def set_sound_file(settings: QSettings, cue: str, path: str) -> None:
    """Remember the user's own sound for ``cue`` ('' goes back to the built-in one)."""
    settings.setValue(f"{SOUND_FILE_GROUP}/{cue}", path)
