"""Press-and-hold in the real window: the hold lasts while the hold key is down (fake clock)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.holdtimer import HoldState, Outcome
from knotimer.core.store import Store
from knotimer.ui.main.window import MainWindow

from fakes import FakeClock
from qtsupport import RecordingCues, shown_window

SPACE = Qt.Key.Key_Space


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    window = shown_window(qtbot, store, clock, tmp_path)
    session = window.session
    spot = session.edits.mark(Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL), 0.3, 0.4)
    session.select(spot)
    session.press.set_enabled(True)
    return window


def holds(store: Store) -> list[tuple[str, float, float]]:
    return [(row.outcome, row.planned_s, row.held_s) for row in store.export_rows(None)]


def auto_repeat(window: MainWindow, key: Qt.Key = SPACE) -> None:
    """What a keyboard sends while a key stays down: release and press, marked auto-repeat."""
    target = QApplication.focusWidget() or window
    for kind in (QEvent.Type.KeyRelease, QEvent.Type.KeyPress):
        QApplication.sendEvent(
            target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, " ", True)
        )


def let_go(qtbot: QtBot, window: MainWindow, key: Qt.Key = SPACE) -> None:
    """Release the key; a let-go counts once no repeat has followed (RELEASE_GRACE_MS)."""
    qtbot.keyRelease(window, key)
    qtbot.waitUntil(lambda: not window.session.press.pressing, timeout=1000)


def advance(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    window.session.hold.check()


def test_letting_go_early_is_released_with_the_seconds_held(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    qtbot.keyPress(window, SPACE)
    assert window.session.hold.state is HoldState.RUNNING
    assert window.session.hold.core.runs_on
    advance(window, clock, 7)
    auto_repeat(window)  # neither ends nor pauses the hold
    assert window.session.hold.state is HoldState.RUNNING
    let_go(qtbot, window)
    assert window.session.hold.state is HoldState.IDLE
    assert holds(store) == [("released", 20.0, 7.0)]
    cues = window.cues
    assert isinstance(cues, RecordingCues)
    assert cues.asked == ["start"]  # no end cue for a hold let go early


def test_the_end_cue_sounds_at_the_length_and_the_hold_runs_on_until_let_go(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    cues = window.cues
    assert isinstance(cues, RecordingCues)
    qtbot.keyPress(window, SPACE)
    advance(window, clock, 20)
    assert cues.asked == ["start", "end"]  # on time, while the key is still down
    assert window.session.hold.state is HoldState.RUNNING
    advance(window, clock, 15)
    auto_repeat(window)
    assert holds(store) == []
    let_go(qtbot, window)
    assert holds(store) == [("completed", 20.0, 35.0)]
    assert cues.asked == ["start", "end"]  # the end cue once, not again at the release


def test_a_key_kept_down_stops_by_itself_at_90_seconds(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    qtbot.keyPress(window, SPACE)
    advance(window, clock, 20)
    advance(window, clock, 70)
    assert window.session.hold.state is HoldState.IDLE
    assert holds(store) == [("completed", 20.0, 90.0)]
    let_go(qtbot, window)
    assert len(holds(store)) == 1  # the late release starts or ends nothing


def test_losing_the_keyboard_with_the_key_down_ends_the_hold_as_released(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    qtbot.keyPress(window, SPACE)
    advance(window, clock, 5)
    other = QWidget()
    qtbot.addWidget(other)
    with qtbot.waitExposed(other):
        other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    assert holds(store) == [("released", 20.0, 5.0)]
    assert not window.session.press.pressing


def test_without_press_and_hold_space_starts_and_pauses_as_before(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.session.press.set_enabled(False)
    qtbot.keyClick(window, SPACE)
    assert window.session.hold.state is HoldState.RUNNING
    assert not window.session.hold.core.runs_on
    qtbot.keyClick(window, SPACE)
    assert window.session.hold.state is HoldState.PAUSED


def test_another_hold_key_like_a_foot_pedal_s_works_both_ways(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    window.handsfree.set_hold_key("F8")
    qtbot.keyPress(window, SPACE)
    qtbot.keyRelease(window, SPACE)
    assert window.session.hold.state is HoldState.IDLE  # Space is no longer the hold key
    qtbot.keyPress(window, Qt.Key.Key_F8)
    advance(window, clock, 3)
    let_go(qtbot, window, Qt.Key.Key_F8)
    assert holds(store) == [("released", 20.0, 3.0)]
    window.session.press.set_enabled(False)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.session.hold.state is HoldState.RUNNING


def test_a_release_followed_at_once_by_a_press_is_an_unmarked_repeat(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    qtbot.keyPress(window, SPACE)
    advance(window, clock, 4)
    for _ in range(3):  # as X11 sends a held key: release and press, not marked
        qtbot.keyRelease(window, SPACE)
        qtbot.keyPress(window, SPACE)
    qtbot.wait(100)
    assert window.session.hold.state is HoldState.RUNNING
    assert holds(store) == []
    let_go(qtbot, window)
    assert holds(store) == [("released", 20.0, 4.0)]


def test_a_repeating_end_sound_neither_ends_the_run_on_nor_outlasts_the_let_go(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    window.set_cue_preferences(window.feedback.preferences.changed("repeat_end", True))
    qtbot.keyPress(window, SPACE)
    advance(window, clock, 20)
    assert window.feedback.alarm_active
    qtbot.keyRelease(window, SPACE)  # X11's repeat of a key held down
    qtbot.keyPress(window, SPACE)
    qtbot.wait(100)
    assert window.session.hold.state is HoldState.RUNNING
    advance(window, clock, 5)
    let_go(qtbot, window)
    assert holds(store) == [("completed", 20.0, 25.0)]
    assert not window.feedback.alarm_active  # letting go was the answer


def test_press_and_hold_is_remembered_and_one_run_can_have_it_without(
    window: MainWindow,
) -> None:
    settings = window.session.settings
    assert settings.value("handsfree/press_and_hold") in (True, "true")
    window.session.press.set_enabled(False, remember=False)
    assert settings.value("handsfree/press_and_hold") in (True, "true")


def test_an_outcome_is_never_completed_before_the_planned_length(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    qtbot.keyPress(window, SPACE)
    advance(window, clock, 19.9)
    let_go(qtbot, window)
    [(outcome, _planned, held)] = holds(store)
    assert outcome == Outcome.RELEASED.value
    assert held == pytest.approx(19.9)
