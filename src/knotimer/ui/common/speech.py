"""Spoken prompts through QTextToSpeech, in the system's language where a voice exists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

# The engine that speaks through the system's speech-dispatcher; "mock" is Qt's test engine.
DEFAULT_ENGINE = "speechd"


class Speaker(QObject):
    """Says short prompts; reports once through :attr:`unavailable` when no engine can speak."""

    unavailable = Signal(str)
    spoken = Signal(str)  # each prompt handed to the engine

    def __init__(self, parent: QObject | None = None, *, engine: str = DEFAULT_ENGINE) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._engine: QTextToSpeech | None = None
        self._failed = False
        self._volume = 0.8
        self._voice_name = ""

    @property
    def available(self) -> bool:
        """False once speech has been found not to work."""
        return not self._failed

    def set_volume(self, volume: float) -> None:
        """Loudness from 0 to 1."""
        self._volume = volume
        if self._engine is not None:
            self._engine.setVolume(volume)

    def voice_names(self) -> list[str]:
        """The voices the engine offers for the current language (loads the engine)."""
        engine = self._load()
        return [] if engine is None else [voice.name() for voice in engine.availableVoices()]

    def set_voice(self, name: str) -> None:
        """Use the voice called ``name`` ('' keeps the engine's choice for the language)."""
        self._voice_name = name
        engine = self._engine
        if engine is None or not name:
            return
        for voice in engine.availableVoices():
            if voice.name() == name:
                engine.setVoice(voice)
                return

    def say(self, text: str) -> None:
        """Speak ``text`` now, interrupting anything still being said."""
        engine = self._load()
        if engine is None:
            return
        engine.stop()
        engine.say(text)
        self.spoken.emit(text)

    def _load(self) -> QTextToSpeech | None:
        if self._failed:
            return None
        if self._engine is None:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech
            except ImportError as error:
                self._give_up(str(error))
                return None
            if self._engine_name not in QTextToSpeech.availableEngines():
                self._give_up(QCoreApplication.translate("speech", "no speech engine is installed"))
                return None
            engine = QTextToSpeech(self._engine_name, self)
            if engine.state() is QTextToSpeech.State.Error:
                self._give_up(
                    engine.errorString()
                    or QCoreApplication.translate("speech", "the speech engine did not start")
                )
                engine.deleteLater()
                return None
            self._choose_voice(engine)
            engine.setVolume(self._volume)
            self._engine = engine
            self.set_voice(self._voice_name)
        return self._engine

    @staticmethod
    def _choose_voice(engine: QTextToSpeech) -> None:
        shown = QLocale()  # the window's language (the default locale), so prompts match it
        locales = engine.availableLocales()
        same_language = [loc for loc in locales if loc.language() == shown.language()]
        exact = [loc for loc in same_language if loc.territory() == shown.territory()]
        if exact or same_language:
            engine.setLocale((exact or same_language)[0])

    def _give_up(self, reason: str) -> None:
        if not self._failed:
            self._failed = True
            self.unavailable.emit(
                QCoreApplication.translate(
                    "speech", "Spoken prompts are not available ({reason})."
                ).format(reason=reason)
            )
