"""One's own cue sound: a WAV, OGG, FLAC or MP3 file checked and turned into a WAV to play.

QSoundEffect, which plays the cues with the least delay, reads only plain WAV. So a chosen
file is decoded once (QAudioDecoder, FFmpeg) into 16-bit PCM and kept as a WAV in
knotimer's cache; a file that cannot be decoded, has no sound, or is too long for a cue
gets one clear message, and the built-in sound stays.
"""

from __future__ import annotations

import hashlib
import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, QUrl, Signal, Slot

from knotimer.app.settings import sound_file
from knotimer.ui.common.cues import Cue, CuePlayer

SUFFIXES = (".wav", ".ogg", ".oga", ".flac", ".mp3")
LONGEST_S = 10.0  # a cue, not a song
RATE, CHANNELS = 44100, 1  # as the built-in sounds: the same path to the speaker
QUIET = 100  # a sample below this (about -50 dB) is silence to the ear
# A sound shorter than the sound server's start-up buffer waits to be played until that
# buffer fills (measured here: a 0.12 s cue came 15-20 ms late); silence after it helps.
SHORTEST_S = 0.5


def _without_leading_silence(frames: bytes, peak: int) -> bytes:
    """The sound from where it is clearly heard (a twentieth of its peak, -26 dB, on).

    Silence or a faint lead-in before it would make the cue late: MP3 and OGG files often
    begin with some silence from their encoder, and an MP3 with a faint smear of its attack.
    """
    samples = memoryview(frames).cast("h")
    loud = max(QUIET, peak // 20)
    for index, sample in enumerate(samples):
        if abs(sample) >= loud:
            first = index - index % CHANNELS  # keep whole frames
            return frames[first * 2 :]
    return frames


def cached_wav(source: Path, cue: str) -> Path:
    """Where the playable copy of ``source`` for ``cue`` is kept (it changes with the file)."""
    try:
        info = source.stat()
        stamp = f"{source.resolve()}|{info.st_size}|{info.st_mtime_ns}"
    except OSError:
        stamp = str(source)
    digest = hashlib.sha256(stamp.encode()).hexdigest()[:16]
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    return folder / "sounds" / f"{cue}-{digest}.wav"


class SoundCheck(QObject):
    """Decodes ``source`` into ``target``: ``ready(target)`` or ``failed(message)``, once."""

    ready = Signal(str)
    failed = Signal(str)

    def __init__(self, source: Path, target: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source, self.target = source, target
        self._frames = bytearray()
        self._done = False
        self._decoder: object = None

    def start(self) -> None:
        """Begin decoding (the answer comes from the event loop)."""
        name = self.source.name
        if self.source.suffix.lower() not in SUFFIXES:
            self._fail(
                QCoreApplication.translate(
                    "SoundCheck", "{name} is not a WAV, OGG, FLAC or MP3 file."
                ).format(name=name)
            )
            return
        if not self.source.is_file():
            self._fail(
                QCoreApplication.translate("SoundCheck", "{name} cannot be found.").format(
                    name=name
                )
            )
            return
        try:
            from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat
        except ImportError as error:
            self._fail(str(error))
            return
        wanted = QAudioFormat()
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        wanted.setSampleRate(RATE)
        wanted.setChannelCount(CHANNELS)
        decoder = QAudioDecoder(self)
        decoder.setAudioFormat(wanted)
        decoder.setSource(QUrl.fromLocalFile(str(self.source)))
        decoder.bufferReady.connect(self._buffer)
        decoder.finished.connect(self._finished)
        decoder.error.connect(self._error)
        self._decoder = decoder
        decoder.start()

    @Slot()
    def _buffer(self) -> None:
        from PySide6.QtMultimedia import QAudioDecoder

        decoder = self._decoder
        assert isinstance(decoder, QAudioDecoder)
        while decoder.bufferAvailable():
            self._frames += bytes(decoder.read().constData())
        if len(self._frames) > LONGEST_S * RATE * CHANNELS * 2:
            decoder.stop()
            self._fail(
                QCoreApplication.translate(
                    "SoundCheck",
                    "{name} lasts longer than {n} seconds: please choose a short sound.",
                ).format(name=self.source.name, n=round(LONGEST_S))
            )

    @Slot()
    def _error(self) -> None:
        self._fail(
            QCoreApplication.translate(
                "SoundCheck", "{name} cannot be played as a sound here."
            ).format(name=self.source.name)
        )

    @Slot()
    def _finished(self) -> None:
        self._buffer()  # what is left, and the length check
        if self._done:
            return
        peak = max((abs(s) for s in memoryview(bytes(self._frames)).cast("h")), default=0)
        if peak < QUIET:
            self._fail(
                QCoreApplication.translate("SoundCheck", "{name} has no sound in it.").format(
                    name=self.source.name
                )
            )
            return
        frames = _without_leading_silence(bytes(self._frames), peak)
        frames += bytes(max(0, int(SHORTEST_S * RATE) * CHANNELS * 2 - len(frames)))
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            with wave.open(str(self.target), "wb") as out:
                out.setnchannels(CHANNELS)
                out.setsampwidth(2)
                out.setframerate(RATE)
                out.writeframes(frames)
        except OSError as error:
            self._fail(str(error))
            return
        self._done = True
        self.ready.emit(str(self.target))

    def _fail(self, message: str) -> None:
        if not self._done:
            self._done = True
            self.failed.emit(message)


def restore_own_sounds(
    cues: CuePlayer, settings: QSettings, tell: Callable[[str], None]
) -> list[SoundCheck]:
    """At start: give each cue the user's own sound, decoding again what the cache lost.

    A file that has gone or no longer plays is told once; its cue keeps the built-in sound.
    """
    checks = []
    for cue in Cue:
        chosen = sound_file(settings, cue.value)
        if not chosen:
            continue
        source = Path(chosen)
        wav = cached_wav(source, cue.value)
        if wav.is_file():
            cues.set_own_sound(cue, str(wav))
            continue
        check = SoundCheck(source, wav, cues)
        check.ready.connect(lambda path, cue=cue: cues.set_own_sound(cue, path))
        check.failed.connect(
            lambda message: tell(
                QCoreApplication.translate(
                    "SoundCheck", "{message} The built-in sound plays instead."
                ).format(message=message)
            )
        )
        check.start()
        checks.append(check)
    return checks
