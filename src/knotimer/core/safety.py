"""The short "before you start" check: red flags that mean a doctor first, not massage."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

RECHECK_AFTER = timedelta(days=60)  # ask again after a long absence


class RedFlag(StrEnum):
    """Signs that calf pain may not be a muscle knot (see docs: clinical facts)."""

    SWOLLEN_WARM_RED = "swollen-warm-red"  # one calf swollen, warm or red
    IMMOBILE = "immobile"  # recent surgery, long bed rest or cast, a long flight
    BLOOD_THINNERS = "blood-thinners"
    PREVIOUS_CLOT = "previous-clot"
    SUDDEN_PAIN = "sudden-pain"  # a sudden, sharp pain, like a snap


@dataclass(frozen=True, slots=True)
class SafetyCheck:
    """The answers given, and when."""

    answered_on: date
    yes: frozenset[RedFlag]

    @property
    def clear(self) -> bool:
        """No red flag was answered with yes."""
        return not self.yes

    def due(self, today: date) -> bool:
        """True when it is time to ask again."""
        return today - self.answered_on > RECHECK_AFTER

    def to_mapping(self) -> dict[str, object]:
        """Values to store."""
        return {"answered_on": self.answered_on.isoformat(), "yes": sorted(self.yes)}

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> SafetyCheck | None:
        """The stored check, or None if there is none (or it cannot be read)."""
        try:
            answered = date.fromisoformat(str(values.get("answered_on", "")))
        except ValueError:
            return None
        raw = values.get("yes") or []
        items = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
        flags = {RedFlag(item) for item in items if item in set(RedFlag)}
        return cls(answered, frozenset(flags))


def needs_check(stored: SafetyCheck | None, today: date) -> bool:
    """Ask on first use, and again after a long absence."""
    return stored is None or stored.due(today)
