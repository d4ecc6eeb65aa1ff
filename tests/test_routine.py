from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from knotimer.app.settings import load_check, save_check
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.holdtimer import HoldState, Outcome
from knotimer.core.routine import Routine, Stage, Step, plan, step_seconds
from knotimer.core.safety import RedFlag, SafetyCheck, needs_check
from knotimer.core.store import Store
from knotimer.ui.dialogs.safety import YES, SafetyDialog
from knotimer.ui.main.window import MainWindow

from fakes import FakeClock
from qtsupport import make_window, point_on, shown_window

LEFT_MEDIAL = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
LEFT_LATERAL = Region(Side.LEFT, Muscle.GASTROCNEMIUS_LATERAL)
RIGHT_MEDIAL = Region(Side.RIGHT, Muscle.GASTROCNEMIUS_MEDIAL)


# -- the core ------------------------------------------------------------------
def test_a_two_leg_plan_switches_legs_in_between() -> None:
    steps = [(s.step, s.side) for s in plan((Side.LEFT, Side.RIGHT))]
    assert steps == [
        (Step.WARM_UP, Side.LEFT),
        (Step.CROSS_FIBRE, Side.LEFT),
        (Step.FIND_KNOTS, Side.LEFT),
        (Step.HOLD_KNOTS, Side.LEFT),
        (Step.SWITCH_LEGS, Side.RIGHT),
        (Step.WARM_UP, Side.RIGHT),
        (Step.CROSS_FIBRE, Side.RIGHT),
        (Step.FIND_KNOTS, Side.RIGHT),
        (Step.HOLD_KNOTS, Side.RIGHT),
    ]
    assert [s.step for s in plan((Side.RIGHT,))][-1] is Step.HOLD_KNOTS


def test_the_knot_queue_skips_repeats_and_grows() -> None:
    routine = Routine([Stage(Step.HOLD_KNOTS, Side.LEFT)])
    assert routine.start_knots([4, 5, 6]) == 4
    assert routine.knot_done() == 5
    assert routine.repeat_last() == 4
    assert routine.knot_done() == 5
    assert routine.skip_knot() == 6
    routine.add_knot(9)
    routine.add_knot(9)
    assert routine.knots == [6, 9]
    assert routine.knot_done() == 9
    assert routine.knot_done() is None
    assert routine.held == [4, 6, 9]  # a repeated knot counts once in the queue
    assert routine.advance() is None
    assert routine.finished


def test_step_lengths_are_kept_in_range() -> None:
    lengths = step_seconds({"warm-up": "5", "cross-fibre": 99999, "find-knots": "soon"})
    assert lengths[Step.WARM_UP] == 10
    assert lengths[Step.CROSS_FIBRE] == 600
    assert lengths[Step.FIND_KNOTS] == 60
    assert lengths[Step.SWITCH_LEGS] == 10


def test_the_safety_check_is_asked_first_and_after_a_long_absence() -> None:
    assert needs_check(None, date(2026, 11, 25))
    check = SafetyCheck(date(2026, 11, 25), frozenset())
    assert check.clear
    assert not needs_check(check, date(2026, 12, 20))
    assert needs_check(check, date(2027, 2, 1))
    worried = SafetyCheck(date(2026, 11, 25), frozenset({RedFlag.PREVIOUS_CLOT}))
    assert not worried.clear
    assert SafetyCheck.from_mapping(worried.to_mapping()) == worried
    assert SafetyCheck.from_mapping({"answered_on": "garbage"}) is None


# -- the window ----------------------------------------------------------------
@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, store, clock, tmp_path)


def run(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """Let fake time pass as the event loop would (every clock checked each 0.1 s)."""
    for _ in range(round(seconds * 10)):
        clock.advance(0.1)
        window.session.guide.step_clock.check()
        window.session.hold.check()


def key(qtbot: QtBot, window: MainWindow, which: Qt.Key) -> None:
    qtbot.keyClick(window.focusWidget() or window, which)


def stage(window: MainWindow) -> tuple[Step, Side] | None:
    current = window.session.guide.stage
    return None if current is None else (current.step, current.side)


def click(qtbot: QtBot, window: MainWindow, region: Region) -> None:
    qtbot.mouseClick(
        window.diagram, Qt.MouseButton.LeftButton, pos=point_on(window.diagram, region)
    )


def test_a_full_routine_on_both_legs_with_skip_repeat_pause_and_keys(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    window.session.guide.start((Side.LEFT, Side.RIGHT))
    assert window.routine_panel.isVisible()
    assert stage(window) == (Step.WARM_UP, Side.LEFT)
    assert window.diagram.stroke_guide() == (False, Side.LEFT)
    run(window, clock, 60.1)
    assert stage(window) == (Step.CROSS_FIBRE, Side.LEFT)
    assert window.diagram.stroke_guide() == (True, Side.LEFT)
    run(window, clock, 60.1)
    assert stage(window) == (Step.FIND_KNOTS, Side.LEFT)
    assert window.diagram.hints_visible()  # where knots usually are
    click(qtbot, window, LEFT_MEDIAL)
    click(qtbot, window, LEFT_LATERAL)
    click(qtbot, window, RIGHT_MEDIAL)
    first, second, right = (s.spot.id for s in store.day_summary(clock.now().date()))
    run(window, clock, 60.1)

    # Step 4 on the left leg: both left knots, in the order they were marked.
    assert stage(window) == (Step.HOLD_KNOTS, Side.LEFT)
    assert window.session.flow.holding_spot == first
    run(window, clock, 20.1)
    assert window.session.guide.moving_on
    key(qtbot, window, Qt.Key.Key_R)  # hold the knot just done once more
    assert window.session.flow.holding_spot == first
    run(window, clock, 20.1)
    run(window, clock, 5.1)  # the moment to move the thumb, then the next hold starts
    assert window.session.flow.holding_spot == second
    key(qtbot, window, Qt.Key.Key_N)  # skip this knot: its hold is kept as cancelled
    assert stage(window) == (Step.SWITCH_LEGS, Side.RIGHT)
    run(window, clock, 10.1)

    # The right leg: pause the warm-up, go on, skip the strokes and the search.
    assert stage(window) == (Step.WARM_UP, Side.RIGHT)
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.session.guide.step_clock.state is HoldState.PAUSED
    run(window, clock, 300)
    assert stage(window) == (Step.WARM_UP, Side.RIGHT)
    key(qtbot, window, Qt.Key.Key_Space)
    run(window, clock, 30)
    assert stage(window) == (Step.WARM_UP, Side.RIGHT)
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_N)
    assert stage(window) == (Step.HOLD_KNOTS, Side.RIGHT)
    assert window.session.flow.holding_spot == right
    run(window, clock, 20.1)
    assert not window.session.guide.active
    assert not window.routine_panel.isVisible()
    assert window.diagram.stroke_guide() is None

    outcomes = {
        spot: [h.outcome for h in store.holds_for_spot(spot)] for spot in (first, second, right)
    }
    assert outcomes == {
        first: [Outcome.COMPLETED, Outcome.COMPLETED],
        second: [Outcome.CANCELLED],
        right: [Outcome.COMPLETED],
    }


def test_a_leg_with_no_knots_moves_on(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    window.session.guide.start((Side.RIGHT,))
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_N)
    assert not window.session.guide.active
    assert "No knots" in window.statusBar().currentMessage() or "done" in (
        window.statusBar().currentMessage()
    )


def test_escape_leaves_the_routine_and_the_free_timer_still_works(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    window.session.guide.start((Side.LEFT,))
    run(window, clock, 12)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.session.guide.active
    assert not window.session.guide.step_clock.ticking()
    assert "left the routine" in window.statusBar().currentMessage()
    click(qtbot, window, LEFT_MEDIAL)
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.session.hold.state is HoldState.RUNNING


def test_escape_during_a_routine_hold_cancels_only_the_hold(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click(qtbot, window, LEFT_MEDIAL)
    window.session.guide.start((Side.LEFT,))
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_N)
    assert window.session.hold.state is HoldState.RUNNING
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.session.hold.state is HoldState.IDLE
    assert window.session.guide.active  # a second Esc would leave
    key(qtbot, window, Qt.Key.Key_Space)  # hold this knot again
    assert window.session.hold.state is HoldState.RUNNING


# -- the safety check ----------------------------------------------------------
def test_the_safety_dialog_needs_every_answer(qtbot: QtBot) -> None:
    dialog = SafetyDialog(date(2026, 11, 25))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    for flag, group in dialog.groups.items():
        group.button(YES if flag is RedFlag.BLOOD_THINNERS else 0).click()
    assert ok.isEnabled()
    assert dialog.result_check().yes == {RedFlag.BLOOD_THINNERS}


@pytest.mark.parametrize("answer_yes", [False, True])
def test_start_routine_asks_the_check_and_a_yes_keeps_the_routine_off(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    answer_yes: bool,
) -> None:
    asked: list[str] = []

    def answer(dialog: SafetyDialog) -> int:
        asked.append("check")
        for flag, group in dialog.groups.items():
            yes = answer_yes and flag is RedFlag.SWOLLEN_WARM_RED
            group.button(YES if yes else 0).click()
        return SafetyDialog.DialogCode.Accepted.value

    explained: list[str] = []
    monkeypatch.setattr(SafetyDialog, "exec", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: explained.append("doctor"))
    monkeypatch.setattr("knotimer.ui.routine.control.ask_sides", lambda parent: (Side.LEFT,))
    window.commands.routine.trigger()
    assert asked == ["check"]
    assert window.session.guide.active is not answer_yes
    assert explained == (["doctor"] if answer_yes else [])
    stored = load_check(window.session.settings)
    assert stored is not None
    assert stored.clear is not answer_yes
    window.session.guide.leave()
    window.commands.routine.trigger()  # not asked again the same day
    assert asked == ["check"]
    assert window.session.guide.active is not answer_yes


def test_a_recent_clear_check_is_not_asked_again(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> None:
    save_check(window.session.settings, SafetyCheck(clock.now().date(), frozenset()))
    monkeypatch.setattr(SafetyDialog, "exec", lambda self: pytest.fail("asked again"))
    monkeypatch.setattr("knotimer.ui.routine.control.ask_sides", lambda parent: (Side.RIGHT,))
    window.commands.routine.trigger()
    assert stage(window) == (Step.WARM_UP, Side.RIGHT)


def test_settings_for_step_lengths_are_used(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("routine/warm-up", 30)
    settings.sync()
    window = make_window(store, clock, tmp_path)
    qtbot.addWidget(window)
    window.session.guide.start((Side.LEFT,))
    assert window.session.guide.step_clock.core.planned_s == 30


def test_first_run_offers_the_check_without_blocking(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    asked: list[str] = []

    def answer(dialog: SafetyDialog) -> int:
        asked.append("check")
        for group in dialog.groups.values():
            group.button(0).click()
        return SafetyDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SafetyDialog, "exec", answer)
    assert window.safety_banner.isVisible()  # offered, not forced: the timer works meanwhile
    window.safety_banner.checkRequested.emit()
    assert asked == ["check"]
    assert not window.safety_banner.isVisible()
    window.wiring.offer_safety_check()  # answered today: not asked again
    assert asked == ["check"]
    again = make_window(store, clock, tmp_path)
    qtbot.addWidget(again)
    assert again.notices.current_notice() is not again.safety_banner
