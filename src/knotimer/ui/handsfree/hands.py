"""Everything hands-free beyond the window, made from the session and the window's parts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAccessible, QWindow
from PySide6.QtWidgets import QWidget

from knotimer.app.session import Session
from knotimer.app.settings import (
    NO_BUS_TOLD_KEY,
    SHORTCUTS_TOLD_KEY,
    flag,
    hold_key,
    output_device,
)
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.ui.common.accessible import Announcer, install_roles
from knotimer.ui.common.actions import WindowActions
from knotimer.ui.common.countdown import CountdownDisplay
from knotimer.ui.common.cues import Cue, CuePlayer
from knotimer.ui.common.feedback import HoldFeedback
from knotimer.ui.common.soundfile import restore_own_sounds
from knotimer.ui.diagram.widget import DiagramWidget
from knotimer.ui.handsfree.inhibit import ScreenAwake
from knotimer.ui.handsfree.keys import HoldKey
from knotimer.ui.handsfree.mpris import MediaPlayer
from knotimer.ui.handsfree.notify import EndNotice
from knotimer.ui.handsfree.portal import HOLD, GlobalShortcuts
from knotimer.ui.handsfree.wire import Wire


def install_accessible_roles() -> None:
    """The diagram is a canvas and the countdown a progress bar to screen readers.

    Called before the window's widgets exist: an interface Qt has made is kept.
    """
    install_roles(
        {DiagramWidget: QAccessible.Role.Canvas, CountdownDisplay: QAccessible.Role.ProgressBar}
    )


class HandsFree(QObject):
    """Press-and-hold, media keys, shortcuts from anywhere, the screen kept awake, notices.

    Also a notification when a hold ends unseen, and announcements for screen readers.
    """

    def __init__(
        self,
        session: Session,
        actions: WindowActions,
        feedback: HoldFeedback,
        cues: CuePlayer,
        *,
        window: QWidget,
        others: Callable[[], list[QWidget]],
        countdown: Callable[[], QWidget],
        say: Callable[[str], None],
        bring_forward: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.session, self._window, self._others, self._say = session, window, others, say
        self._feedback, self.cues = feedback, cues
        cues.set_device(output_device(session.settings))
        cues.ownSoundFailed.connect(say)
        self._sound_checks = restore_own_sounds(cues, session.settings, say)
        self.announcer = Announcer(session.hold, countdown, self)
        self.key = HoldKey(
            session.press,
            actions.start_pause,
            hold_key(session.settings),
            accepts=self._ours,
            parent=self,
        )
        session.press.letGo.connect(feedback.acknowledge)
        feedback.alarmChanged.connect(self.key.come_first)
        self.wire, self.bus_problem = Wire.session(self)
        self.player = MediaPlayer(session, bring_forward, self)
        self.awake = ScreenAwake(self.wire, self)
        self.awake.unavailable.connect(say)
        self.notice = EndNotice(self.wire, self)
        self.notice.holdAgain.connect(session.holds.hold_again)
        self.notice.done.connect(feedback.acknowledge)
        self.notice.unavailable.connect(say)
        self.shortcuts = GlobalShortcuts(self.wire, self)
        self.shortcuts.pressed.connect(self._shortcut_pressed)
        self.shortcuts.released.connect(self._shortcut_released)
        self.shortcuts.unavailable.connect(self._no_shortcuts)
        session.hold.changed.connect(self._busy_changed)
        session.guide.stageChanged.connect(self._busy_changed)
        session.guide.step_clock.changed.connect(self._busy_changed)
        session.holds.holdEnded.connect(self._hold_ended)
        if self.wire is None:
            self._tell_once(
                NO_BUS_TOLD_KEY,
                self.tr(
                    "No desktop session bus was found ({reason}): media keys, shortcuts from "
                    "anywhere, keeping the screen awake and notifications are off. The keys "
                    "in knotimer's window work as always."
                ).format(reason=self.bus_problem),
            )
        else:
            self.shortcuts.start(self.key.key_name())

    def _ours(self, window: QWindow | None) -> bool:
        """True for knotimer's main window and its mini timer (not for a dialog)."""
        widgets = [self._window, *self._others()]
        return window is not None and any(w.windowHandle() is window for w in widgets)

    def set_hold_key(self, key_text: str) -> None:
        """A new hold key (from Preferences)."""
        self.key.set_key(key_text)

    def apply(self, press: bool, key_text: str, device: str, sounds: dict[str, str]) -> None:
        """What Preferences chose: press-and-hold, the hold key, the device, own sounds."""
        self.session.press.set_enabled(press)
        self.set_hold_key(key_text)
        self.cues.set_device(device)
        for cue in Cue:
            self.cues.set_own_sound(cue, sounds.get(cue.value, ""))

    @Slot()
    def _busy_changed(self) -> None:
        session = self.session
        self.awake.set_busy(session.flow.active or session.guide.active)

    def notifies(self) -> bool:
        """True when a completed hold is told by a desktop notification (the window unseen)."""
        window = self._window
        return self.wire is not None and (not window.isVisible() or window.isMinimized())

    @Slot(int, object, bool)
    def _hold_ended(self, spot_id: int, result: HoldResult, saved: bool) -> None:
        if result.outcome is not Outcome.COMPLETED or not self.notifies():
            return
        self.notice.show(
            QCoreApplication.translate("HandsFree", "Hold complete"),
            QCoreApplication.translate("HandsFree", "{spot}: you can let go now.").format(
                spot=self.session.spot_name(spot_id)
            ),
        )

    @Slot(str)
    def _shortcut_pressed(self, shortcut: str) -> None:
        session = self.session
        if shortcut != HOLD:
            session.holds.hold_again()
        elif session.press.enabled:
            session.press.press()
        else:
            session.holds.start_or_pause()

    @Slot(str)
    def _shortcut_released(self, shortcut: str) -> None:
        if shortcut == HOLD and self.session.press.enabled:
            self.session.press.let_go()

    @Slot(str)
    def _no_shortcuts(self, message: str) -> None:
        self._tell_once(SHORTCUTS_TOLD_KEY, message)

    def _tell_once(self, key: str, message: str) -> None:
        """A notice told once, not at every start."""
        settings = self.session.settings
        if not flag(settings, key):
            settings.setValue(key, True)
            self._say(message)

    def close(self) -> None:
        """The window is closing: leave the bus, let the screen sleep."""
        self.awake.set_busy(False)
        self.player.close()
