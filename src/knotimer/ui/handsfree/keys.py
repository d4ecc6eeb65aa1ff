"""The hold key: its shortcut, and press-and-hold while a knotimer window has the keyboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QWindow

from knotimer.app.presshold import PressHold
from knotimer.app.settings import DEFAULT_HOLD_KEY

_KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
# Keyboards, headsets and remotes send these when the window has the keyboard.
MEDIA_PLAY_KEYS = (Qt.Key.Key_MediaTogglePlayPause, Qt.Key.Key_MediaPlay, Qt.Key.Key_MediaPause)
# On X11 a key held down repeats as release-and-press pairs, and Qt does not always mark
# them as auto-repeat; a release is only a let-go when no press follows within this time.
RELEASE_GRACE_MS = 40


def first_key(sequence: QKeySequence) -> QKeyCombination:
    """The first key of a sequence (PySide6's stubs lack QKeySequence's indexing)."""
    combination: QKeyCombination = sequence[0]  # type: ignore[index]
    return combination


def key_sequence(text: str) -> QKeySequence:
    """The hold key from its stored text; Space for anything unusable."""
    sequence = QKeySequence(text, QKeySequence.SequenceFormat.PortableText)
    if sequence.isEmpty() or first_key(sequence).key() == Qt.Key.Key_unknown:
        sequence = QKeySequence(DEFAULT_HOLD_KEY)
    return QKeySequence(first_key(sequence))  # one key (a foot pedal types one), not a chord


class HoldKey(QObject):
    """Gives the start/pause command its key; in press-and-hold, the key's down and up.

    Only keys sent to one of ``accepts``'s windows count (never typing in a dialog), and
    auto-repeat is ignored. When knotimer's windows lose the keyboard with the key down,
    that counts as letting go.
    """

    def __init__(
        self,
        press: PressHold,
        start_pause: QAction,
        key_text: str,
        *,
        accepts: Callable[[QWindow | None], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._press = press
        self._start_pause = start_pause
        self._accepts = accepts
        self.sequence = key_sequence(key_text)
        self.set_key(key_text)
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setInterval(RELEASE_GRACE_MS)
        self._release.timeout.connect(press.let_go)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.installEventFilter(self)
        app.focusWindowChanged.connect(self._focus_changed)

    @Slot()
    def come_first(self) -> None:
        """Be the first to see key events again (a filter installed later is asked first).

        While the end sound repeats, HoldFeedback takes the first key press as "heard it";
        the hold key's own presses and releases must still reach press-and-hold first.
        """
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            app.installEventFilter(self)

    def set_key(self, key_text: str) -> None:
        """Use this key to start and pause holds (and the media play keys too)."""
        self.sequence = key_sequence(key_text)
        self._start_pause.setShortcuts([self.sequence, *(QKeySequence(k) for k in MEDIA_PLAY_KEYS)])

    def key_name(self) -> str:
        """The key as the user reads it, e.g. 'Space' or 'F13'."""
        return self.sequence.toString(QKeySequence.SequenceFormat.NativeText)

    def matches(self, event: QKeyEvent) -> bool:
        """True for the hold key, with at least the modifiers chosen with it."""
        combination = first_key(self.sequence)
        if event.key() != combination.key():
            return False
        wanted = combination.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return bool((event.modifiers() & wanted) == wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In press-and-hold, the hold key's press and release go to PressHold, nowhere else."""
        if event.type() not in _KEY_EVENTS or not self._press.enabled:
            return False
        if not isinstance(event, QKeyEvent) or not self.matches(event):
            return False
        window = watched if isinstance(watched, QWindow) else QGuiApplication.focusWindow()
        if not self._accepts(window):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key is ours: no shortcut (start/pause) fires for it
            return True
        if event.isAutoRepeat():
            return True
        if event.type() == QEvent.Type.KeyPress:
            if self._release.isActive():
                self._release.stop()  # a repeat after all: the key never came up
            else:
                self._press.press()
        else:
            self._release.start()
        return True

    @Slot(QWindow)
    def _focus_changed(self, window: QWindow | None) -> None:
        if self._press.pressing and not self._accepts(window):
            self._release.stop()
            self._press.let_go()  # the key's release will never reach us
