"""The user's cue and display preferences, with defaults and validation (no Qt)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields

VOLUME_MAX = 100


@dataclass(frozen=True, slots=True)
class CuePreferences:
    """How a hold is announced: by sound, by voice and by sight."""

    volume: int = 80  # 0-100, for every sound cue
    start_sound: bool = True
    ticks: bool = False  # soft ticks in the last 3 seconds
    end_sound: bool = True
    repeat_end: bool = False  # repeat the end cue until a key or click acknowledges it
    speech: bool = False  # "hold", "ten seconds left", "release"
    flash: bool = True  # a wash over the window when a hold completes
    tray: bool = True  # a tray icon with the seconds left, where a tray exists

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> CuePreferences:
        """Read stored values; anything missing or unreadable falls back to its default."""
        defaults = cls()
        chosen: dict[str, object] = {}
        for field in fields(cls):
            default = getattr(defaults, field.name)
            raw = values.get(field.name, default)
            if isinstance(default, bool):
                chosen[field.name] = _as_bool(raw, default)
            else:
                chosen[field.name] = _as_volume(raw, default)
        return cls(**chosen)  # type: ignore[arg-type]

    def changed(self, name: str, value: object) -> CuePreferences:
        """A copy with one preference set (validated like stored values)."""
        if name not in self.to_mapping():
            raise KeyError(name)
        return CuePreferences.from_mapping({**self.to_mapping(), name: value})

    def to_mapping(self) -> dict[str, object]:
        """Values to store."""
        return asdict(self)


def _as_bool(raw: object, default: bool) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off"):
        return False
    return default


def _as_volume(raw: object, default: int) -> int:
    try:
        value = int(float(str(raw)))
    except ValueError:
        return default
    return max(0, min(VOLUME_MAX, value))
