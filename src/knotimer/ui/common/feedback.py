"""What the user hears and sees as a hold starts, counts down and ends, per their preferences."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

from knotimer.app.holdclock import HoldClock
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.core.preferences import VOLUME_MAX, CuePreferences
from knotimer.ui.common.cues import Cue, CuePlayer
from knotimer.ui.common.flash import FlashOverlay
from knotimer.ui.common.speech import Speaker

REPEAT_END_MS = 4000
REPEAT_END_TIMES = 15  # about a minute of reminders, then it stops on its own
TICK_SECONDS = (3, 2, 1)
_ACKNOWLEDGING_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress)


class HoldFeedback(QObject):
    """Turns the hold clock's moments into sounds, spoken prompts and the end flash."""

    alarmChanged = Signal(bool)  # the end cue is repeating (True) or was acknowledged (False)

    def __init__(
        self,
        hold: HoldClock,
        cues: CuePlayer,
        speaker: Speaker,
        flash: FlashOverlay,
        *,
        preferences: CuePreferences,
        phrases: tuple[Callable[[], str], Callable[[], str]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``phrases`` are what is said at the start and at the end ("Hold", "Release")."""
        super().__init__(parent)
        self._phrases = phrases or (
            lambda: QCoreApplication.translate("HoldFeedback", "Hold"),
            lambda: QCoreApplication.translate("HoldFeedback", "Release"),
        )
        self.cues = cues
        self.speaker = speaker
        self.flash = flash
        self.preferences = preferences
        self._repeats_left = 0
        self._repeat = QTimer(self)
        self._repeat.setInterval(REPEAT_END_MS)
        self._repeat.timeout.connect(self._repeat_end)
        hold.started.connect(self._started)
        hold.secondsLeft.connect(self._seconds_left)
        hold.ending.connect(self._finished)
        self.set_preferences(preferences)

    def set_preferences(self, preferences: CuePreferences) -> None:
        """Apply new preferences (volume at once; the rest from the next cue on)."""
        self.preferences = preferences
        volume = preferences.volume / VOLUME_MAX
        self.cues.set_volume(volume)
        self.speaker.set_volume(volume)
        if not preferences.repeat_end:
            self.acknowledge()

    @property
    def alarm_active(self) -> bool:
        """True while the end cue repeats, waiting for a key or a click."""
        return self._repeat.isActive()

    @Slot()
    def acknowledge(self) -> None:
        """Stop repeating the end cue."""
        if self._repeat.isActive():
            self._repeat.stop()
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self.alarmChanged.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While the end cue repeats, the first key or click anywhere only acknowledges it."""
        if event.type() == QEvent.Type.ShortcutOverride and self.alarm_active:
            event.accept()  # keep Space & co. from also starting the next hold
            return True
        if event.type() in _ACKNOWLEDGING_EVENTS and self.alarm_active:
            self.acknowledge()
            return True
        return False

    @Slot()
    def _started(self) -> None:
        self.acknowledge()
        if self.preferences.start_sound:
            self.cues.play(Cue.START)
        if self.preferences.speech and (phrase := self._phrases[0]()):
            self.speaker.say(phrase)

    @Slot(int)
    def _seconds_left(self, seconds: int) -> None:
        if seconds == 10 and self.preferences.speech:
            self.speaker.say(QCoreApplication.translate("HoldFeedback", "Ten seconds left"))
        elif seconds in TICK_SECONDS and self.preferences.ticks:
            self.cues.play(Cue.TICK)

    @Slot(object)
    def _finished(self, result: HoldResult) -> None:
        if result.outcome is not Outcome.COMPLETED:
            return
        if self.preferences.end_sound:
            self.cues.play(Cue.END)
        if self.preferences.speech and (phrase := self._phrases[1]()):
            self.speaker.say(phrase)
        if self.preferences.flash:
            self.flash.flash()
        if self.preferences.repeat_end and self.preferences.end_sound:
            self._repeats_left = REPEAT_END_TIMES
            self._repeat.start()
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self.alarmChanged.emit(True)

    @Slot()
    def _repeat_end(self) -> None:
        self._repeats_left -= 1
        if self._repeats_left < 0:
            self.acknowledge()
            return
        self.cues.play(Cue.END)
        if self.preferences.flash:
            self.flash.flash()
