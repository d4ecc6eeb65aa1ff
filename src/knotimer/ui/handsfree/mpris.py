"""knotimer as a media player on the session bus (MPRIS), for media keys and remotes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

from knotimer.app.session import Session
from knotimer.core.holdtimer import HoldState

SERVICE = "org.mpris.MediaPlayer2.knotimer"
PATH = "/org/mpris/MediaPlayer2"
ROOT = "org.mpris.MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"
HOLD_TRACK = "/io/github/knotimer/hold"


def _no_strings() -> QDBusArgument:
    """An empty array of strings ('as'): Python's [] would be sent as 'av'."""
    empty = QDBusArgument()
    empty.beginArray(QMetaType(QMetaType.Type.QString))
    empty.endArray()
    return empty


@ClassInfo(**{"D-Bus Interface": ROOT})  # type: ignore[arg-type]
class _Root(QDBusAbstractAdaptor):  # type: ignore[operator]
    """org.mpris.MediaPlayer2: who knotimer is; Raise brings its window forward."""

    def __init__(self, parent: MediaPlayer) -> None:
        super().__init__(parent)
        self._player = parent

    @Slot()
    def Raise(self) -> None:
        """Bring the window forward."""
        self._player.raise_window()

    @Slot()
    def Quit(self) -> None:
        """Knotimer is not closed from a media applet (CanQuit is false)."""

    Identity = Property(str, lambda _self: "knotimer")
    DesktopEntry = Property(str, lambda _self: "knotimer")
    CanQuit = Property(bool, lambda _self: False)
    CanRaise = Property(bool, lambda _self: True)
    HasTrackList = Property(bool, lambda _self: False)
    SupportedUriSchemes = Property("QStringList", lambda _self: [])  # type: ignore[arg-type]
    SupportedMimeTypes = Property("QStringList", lambda _self: [])  # type: ignore[arg-type]


@ClassInfo(**{"D-Bus Interface": PLAYER})  # type: ignore[arg-type]
class _Player(QDBusAbstractAdaptor):  # type: ignore[operator]
    """org.mpris.MediaPlayer2.Player: play/pause is the hold, Next the routine's next step."""

    Seeked = Signal("qlonglong")  # type: ignore[arg-type]

    def __init__(self, parent: MediaPlayer) -> None:
        super().__init__(parent)
        self._p = parent

    @Slot()
    def PlayPause(self) -> None:
        """Start a hold on the selected spot, or pause / resume the running one."""
        self._p.play_pause()

    @Slot()
    def Play(self) -> None:
        """Start or resume a hold; nothing while one runs."""
        if self._p.status() != "Playing":
            self._p.play_pause()

    @Slot()
    def Pause(self) -> None:
        """Pause a running hold."""
        if self._p.status() == "Playing":
            self._p.play_pause()

    @Slot()
    def Stop(self) -> None:
        """End the hold as released early, keeping the seconds held."""
        self._p.session.flow.release()

    @Slot()
    def Next(self) -> None:
        """The routine's next step (or the next knot)."""
        self._p.session.guide.next()

    @Slot()
    def Previous(self) -> None:
        """Nothing to go back to."""

    @Slot("qlonglong")
    def Seek(self, offset: int) -> None:
        """A hold cannot be wound on (CanSeek is false)."""

    @Slot(QDBusObjectPath, "qlonglong")
    def SetPosition(self, track: QDBusObjectPath, position: int) -> None:
        """A hold cannot be wound on (CanSeek is false)."""

    @Slot(str)
    def OpenUri(self, uri: str) -> None:
        """Knotimer plays no files."""

    PlaybackStatus = Property(str, lambda self: self._p.status())
    Metadata = Property("QVariantMap", lambda self: self._p.metadata())  # type: ignore[arg-type]
    Position = Property("qlonglong", lambda self: self._p.position_us())  # type: ignore[arg-type]
    Rate = Property(float, lambda _self: 1.0)
    MinimumRate = Property(float, lambda _self: 1.0)
    MaximumRate = Property(float, lambda _self: 1.0)
    Volume = Property(float, lambda _self: 1.0)
    CanGoNext = Property(bool, lambda self: self._p.session.guide.active)
    CanGoPrevious = Property(bool, lambda _self: False)
    CanPlay = Property(bool, lambda self: self._p.offered)
    CanPause = Property(bool, lambda self: self._p.offered)
    CanSeek = Property(bool, lambda _self: False)
    CanControl = Property(bool, lambda _self: True)


def _plain(value: object) -> object:
    """A value that compares by content (QDBusObjectPath compares by identity)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, QDBusObjectPath):
        return value.path()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


class MediaPlayer(QObject):
    """Registers as org.mpris.MediaPlayer2.knotimer only while there is something to hold.

    That is while a spot is selected, or a hold or a routine runs; otherwise the media
    keys stay with the user's music player.
    """

    def __init__(
        self, session: Session, raise_window: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.raise_window = raise_window
        self.offered = False
        self.problem = ""
        self._shown: dict[str, Any] = {}
        self._bus = QDBusConnection.sessionBus()
        self._root, self._player = _Root(self), _Player(self)
        if not self._bus.isConnected():
            self.problem = self._bus.lastError().message() or "no session bus"
            return
        self._bus.registerObject(PATH, self, QDBusConnection.RegisterOption.ExportAdaptors)
        for signal in (session.selectedChanged, session.guide.stageChanged):
            signal.connect(self.update)
        session.hold.changed.connect(self.update)
        session.hold.ticked.connect(self.update)  # the seconds left (sent only when they change)
        self.update()

    # -- what the media applet shows --------------------------------------------------
    def status(self) -> str:
        """'Playing' while a hold (or a timed step) runs, 'Paused', else 'Stopped'."""
        state = self.session.hold.state
        if state is HoldState.IDLE and self.session.guide.active:
            state = self.session.guide.step_clock.state
        return {HoldState.RUNNING: "Playing", HoldState.PAUSED: "Paused"}.get(state, "Stopped")

    def seconds_left(self) -> int | None:
        """Whole seconds left in the hold, None without one."""
        core = self.session.hold.core
        if not core.active:
            return None
        return int(-(-core.remaining() // 1))

    def metadata(self) -> dict[str, Any]:
        """The spot's name as the title, the seconds left as the artist line."""
        session = self.session
        title = session.spot_name(session.focus_spot())
        left = self.seconds_left()
        if left is None:
            line = self.tr("{n} s hold, ready").format(n=session.length_s)
        else:
            line = self.tr("{n} s left").format(n=left)
        return {
            "mpris:trackid": QDBusObjectPath(HOLD_TRACK if title else NO_TRACK),
            "xesam:title": title or self.tr("No spot selected"),
            "xesam:artist": [line],
            "xesam:album": "knotimer",
            "knotimer:secondsLeft": -1 if left is None else left,
        }

    def position_us(self) -> int:
        """Microseconds held in this hold (as a 64-bit integer)."""
        return round(self.session.hold.core.held() * 1_000_000)

    # -- commands ----------------------------------------------------------------------
    def play_pause(self) -> None:
        """The play/pause key: what Space does."""
        self.session.holds.start_or_pause()

    # -- keeping the bus up to date ----------------------------------------------------
    @Slot()
    def update(self) -> None:
        """Offer or withdraw the player; tell listeners what changed (only on change)."""
        session = self.session
        offer = session.selected_spot() is not None or session.flow.active or session.guide.active
        if offer != self.offered:
            self.offered = offer
            if offer:
                self._bus.registerService(SERVICE)
            else:
                self._bus.unregisterService(SERVICE)
                self._shown = {}
        if not offer:
            return
        now = {
            "PlaybackStatus": self.status(),
            "Metadata": self.metadata(),
            "CanGoNext": session.guide.active,
            "CanPlay": True,
            "CanPause": True,
        }
        plain = {key: _plain(value) for key, value in now.items()}
        changed = {key: now[key] for key in now if self._shown.get(key) != plain[key]}
        if changed:
            self._shown = plain
            signal = QDBusMessage.createSignal(
                PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged"
            )
            signal.setArguments([PLAYER, changed, _no_strings()])
            self._bus.send(signal)

    def close(self) -> None:
        """Leave the bus (the window is closing)."""
        if self.offered:
            self._bus.unregisterService(SERVICE)
            self.offered = False
        self._bus.unregisterObject(PATH)
