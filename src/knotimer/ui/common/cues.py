"""Sound cues for a hold through QtMultimedia, degrading to visual cues with one notice."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal

from knotimer.resources import asset

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioDevice, QSoundEffect


class Cue(StrEnum):
    """The sounds knotimer makes; each is ``assets/sounds/<value>.wav``."""

    START = "start"
    END = "end"
    TICK = "tick"


def builtin_sound(cue: Cue) -> Path:
    """The sound knotimer brings for ``cue``."""
    return asset(f"sounds/{cue.value}.wav")


def device_key(device: QAudioDevice) -> str:
    """An output device's id as text (hex), to remember it by."""
    return bytes(device.id().toHex().data()).decode()


def output_device(device_id: str) -> QAudioDevice:
    """The output device whose id (hex) is ``device_id``; the system's default otherwise."""
    from PySide6.QtMultimedia import QMediaDevices

    for device in QMediaDevices.audioOutputs():
        if device_id and device_key(device) == device_id:
            return device
    return QMediaDevices.defaultAudioOutput()


class CuePlayer(QObject):
    """Plays the cue WAVs; says once, through :attr:`unavailable`, when sound cannot work.

    Each cue may have the user's own sound (a WAV prepared by soundfile.SoundCheck), and
    all of them go to the chosen output device, or to the system's default one.
    """

    unavailable = Signal(str)
    requested = Signal(str)  # a Cue value: emitted for every cue asked for, sound or not
    ownSoundFailed = Signal(str)  # one's own sound could not be played: the built-in is back

    def __init__(self, parent: QObject | None = None, *, volume: float = 1.0) -> None:
        super().__init__(parent)
        self._volume = volume
        self._effects: dict[Cue, QSoundEffect] | None = None
        self._failed = False
        self._own: dict[Cue, Path] = {}
        self.device_id = ""  # hex; '' for the system's default

    def source(self, cue: Cue) -> Path:
        """The file ``cue`` plays: one's own, else the built-in one."""
        return self._own.get(cue) or builtin_sound(cue)

    def set_own_sound(self, cue: Cue, wav: str) -> None:
        """Play this WAV for ``cue`` ('' for the built-in sound)."""
        if wav:
            self._own[cue] = Path(wav)
        else:
            self._own.pop(cue, None)
        if self._effects is not None:
            self._effects[cue].setSource(QUrl.fromLocalFile(str(self.source(cue))))

    def set_device(self, device_id: str) -> None:
        """Play through the output device with this id (hex), '' for the system's default."""
        self.device_id = device_id
        if self._effects:
            device = output_device(device_id)
            for effect in self._effects.values():
                effect.setAudioDevice(device)

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
            device = output_device(self.device_id)
            for cue in Cue:
                effect = QSoundEffect(device, self)
                effect.setSource(QUrl.fromLocalFile(str(self.source(cue))))
                effect.setVolume(self._volume)
                effect.statusChanged.connect(self._check_status)
                self._effects[cue] = effect
        return self._effects

    def _check_status(self, *_: Any) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        for cue, effect in (self._effects or {}).items():
            if effect.status() is QSoundEffect.Status.Error and cue in self._own:
                name = self._own.pop(cue).name
                effect.setSource(QUrl.fromLocalFile(str(builtin_sound(cue))))
                self.ownSoundFailed.emit(
                    QCoreApplication.translate(
                        "cues", "Your sound {name} could not be played; the built-in one is back."
                    ).format(name=name)
                )
                return
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
