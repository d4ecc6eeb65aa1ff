from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from knotimer.app.holdclock import EARLY_WAKE_MS
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.holdtimer import HoldState
from knotimer.core.store import Store
from knotimer.ui.common.speech import Speaker
from knotimer.ui.hold.tray import seconds_icon
from knotimer.ui.main.window import MainWindow

from fakes import FakeClock
from qtsupport import RecordingCues, build_window, point_on

MEDIAL_LEFT = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = build_window(store, clock, RecordingCues(), settings, speaker=Speaker(engine="mock"))
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    qtbot.mouseClick(
        shown.diagram, Qt.MouseButton.LeftButton, pos=point_on(shown.diagram, MEDIAL_LEFT)
    )
    return shown


def hold_to_the_end(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    qtbot.keyClick(window.diagram, Qt.Key.Key_Space)
    while (armed := window.session.hold.armed_ms()) is not None:
        clock.advance((armed + EARLY_WAKE_MS) / 1000)  # it wakes a little early on purpose
        window.session.hold.check()


def asked(window: MainWindow) -> list[str]:
    return window.cues.asked  # type: ignore[attr-defined,no-any-return]


def test_default_cues_start_and_end_with_a_flash(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    hold_to_the_end(qtbot, window, clock)
    assert asked(window) == ["start", "end"]
    assert window.flash.flashes == 1


def test_each_cue_can_be_turned_off_or_on_from_the_menu(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path
) -> None:
    choices = window.cue_menu.choice_actions
    choices["start_sound"].setChecked(False)
    choices["ticks"].setChecked(True)
    choices["flash"].setChecked(False)
    window.cue_menu.volume.setValue(30)
    hold_to_the_end(qtbot, window, clock)
    assert asked(window) == ["tick", "tick", "tick", "end"]
    assert window.flash.flashes == 0
    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert stored.value("cues/ticks") in (True, "true")
    assert int(stored.value("cues/volume")) == 30  # type: ignore[call-overload]


def test_spoken_prompts_say_hold_ten_seconds_left_and_release(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    spoken: list[str] = []
    window.speaker.spoken.connect(spoken.append)
    window.cue_menu.choice_actions["speech"].setChecked(True)
    hold_to_the_end(qtbot, window, clock)
    assert spoken == ["Hold", "Ten seconds left", "Release"]


def test_the_end_cue_repeats_until_a_key_and_that_key_does_nothing_else(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.cue_menu.choice_actions["repeat_end"].setChecked(True)
    hold_to_the_end(qtbot, window, clock)
    assert window.feedback.alarm_active
    window.feedback._repeat.timeout.emit()
    assert asked(window) == ["start", "end", "end"]
    qtbot.keyClick(window.diagram, Qt.Key.Key_Space)
    assert not window.feedback.alarm_active
    assert window.session.hold.state is HoldState.IDLE  # the Space only acknowledged


def test_the_mini_window_shows_the_same_countdown(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    qtbot.keyClick(window.diagram, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.mini.isVisible()
    assert window.mini.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    qtbot.keyClick(window.diagram, Qt.Key.Key_Space)
    clock.advance(4.5)
    window.session.hold.check()
    assert window.mini.countdown.seconds_shown() == window.panel.countdown.seconds_shown() == 16
    assert "medial gastrocnemius" in window.mini.spot_label.text()
    window.mini_action.setChecked(False)
    assert not window.mini.isVisible()


def test_without_a_tray_it_says_so_once(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "tray.ini"), QSettings.Format.IniFormat)
    messages = []
    for _ in range(2):
        shown = build_window(store, clock, RecordingCues(), settings)
        qtbot.addWidget(shown)
        assert not shown.tray.available  # the offscreen platform has none
        messages.append(shown.statusBar().currentMessage())
    assert "no system tray" in messages[0]
    assert "no system tray" not in messages[1]


def test_the_tray_badge_shows_the_seconds(qtbot: QtBot) -> None:
    from PySide6.QtGui import QIcon

    badge = seconds_icon(17, QIcon()).pixmap(64, 64).toImage()
    assert not badge.isNull()
    assert badge.pixelColor(QPoint(6, 32)).alpha() > 0


def test_a_notice_that_can_wait_does_not_replace_the_welcome(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "quiet.ini"), QSettings.Format.IniFormat)
    window = build_window(store, clock, RecordingCues(), settings)
    qtbot.addWidget(window)
    bar = window.statusBar()
    assert "Click a knot" in bar.currentMessage()  # the welcome is what a new user reads first
    window.say_when_quiet("A notice that can wait")
    assert "Click a knot" in bar.currentMessage()
    later = []
    for _ in range(5):
        bar.clearMessage()  # a message's time is over: the next waiting one comes
        if not bar.currentMessage():
            break
        later.append(bar.currentMessage())
    assert "A notice that can wait" in later
    assert len(later) == len(set(later))  # each said once
    assert bar.currentMessage() == ""
