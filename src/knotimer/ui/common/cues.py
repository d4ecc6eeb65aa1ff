"""Sound cues for a hold through QtMultimedia, degrading to visual cues with one notice."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal

from knotimer.resources import asset

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect


class Cue(StrEnum):
    """The sounds knotimer makes; each is ``assets/sounds/<value>.wav``."""

    START = "start"
    END = "end"
    TICK = "tick"


class CuePlayer(QObject):
    """Plays the cue WAVs; says once, through :attr:`unavailable`, when sound cannot work."""

    unavailable = Signal(str)
    requested = Signal(str)  # a Cue value: emitted for every cue asked for, sound or not

    def __init__(self, parent: QObject | None = None, *, volume: float = 1.0) -> None:
        super().__init__(parent)
        self._volume = volume
        self._effects: dict[Cue, QSoundEffect] | None = None
        self._failed = False

    @property
    def available(self) -> bool:
        """False once sound has been found not to work."""
        return not self._failed

    def set_volume(self, volume: float) -> None:
        """Loudness of every cue, 0 to 1."""
        self._volume = volume
        for effect in (self._effects or {}).values():
            effect.setVolume(volume)

    def preload(self) -> None:
        """Load the sounds now (after the first paint) so the first cue is not late."""
        self._load()

    def play(self, cue: Cue) -> None:
        """Play a cue (loading QtMultimedia on first use)."""
        self.requested.emit(cue.value)
        effects = self._load()
        if effects is None:
            return
        effect = effects[cue]
        effect.stop()
        effect.play()

    def _load(self) -> dict[Cue, QSoundEffect] | None:
        if self._failed:
            return None
        if self._effects is None:
            try:
                from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
            except ImportError as error:
                self._give_up(
                    QCoreApplication.translate(
                        "cues", "Sound is not available ({reason}); knotimer will flash instead."
                    ).format(reason=error)
                )
                return None
            if QMediaDevices.defaultAudioOutput().isNull():
                self._give_up(
                    QCoreApplication.translate(
                        "cues", "No sound device was found; knotimer will flash instead."
                    )
                )
                return None
            self._effects = {}
            for cue in Cue:
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(asset(f"sounds/{cue.value}.wav"))))
                effect.setVolume(self._volume)
                effect.statusChanged.connect(self._check_status)
                self._effects[cue] = effect
        return self._effects

    def _check_status(self, *_: Any) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if self._effects and any(
            effect.status() is QSoundEffect.Status.Error for effect in self._effects.values()
        ):
            self._give_up(
                QCoreApplication.translate(
                    "cues", "No sound device could play knotimer's cues; it will flash instead."
                )
            )

    def _give_up(self, message: str) -> None:
        if not self._failed:
            self._failed = True
            self.unavailable.emit(message)
