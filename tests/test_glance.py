"""The window at a glance: a layout that holds at three screen sizes, an end you can see."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from knotimer.app.dial import ASK_MS, RELEASE_MS, DialMode
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.safety import RedFlag, SafetyCheck
from knotimer.core.store import Store
from knotimer.ui.common.countdown import Tone
from knotimer.ui.main.window import MainWindow

from fakes import FakeClock
from faults import FIXTURES, child_env
from qtsupport import point_on, shown_window

SIZES = [(800, 600), (1280, 800), (1920, 1080)]
MEDIAL = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
POPLITEAL = Region(Side.LEFT, Muscle.POPLITEAL)
ACHILLES = Region(Side.LEFT, Muscle.ACHILLES)
HEEL = Region(Side.LEFT, Muscle.HEEL)
STILL = ("dial", "start", "release", "cancel", "length", "table", "diagram", "spot line")


def _states(tmp_path: Path, width: int, height: int) -> dict[str, dict[str, Any]]:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "windowFrameMargins": False,
                "screens": [
                    {"name": "s", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1}
                ],
            }
        )
    )
    env = child_env(QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    done = subprocess.run(
        [sys.executable, str(FIXTURES / "glance_child.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {state["state"]: state for state in found}


def _inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


def _overlap(a: list[int], b: list[int]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


@pytest.fixture(scope="module", params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def states(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    width, height = request.param
    return _states(tmp_path_factory.mktemp("glance"), width, height)


def test_the_window_opens_within_its_screen(states: dict[str, Any]) -> None:
    for state in states.values():
        assert _inside(state["window"], state["screen"]), state["state"]


def test_every_control_is_inside_the_window_and_none_overlaps_another(
    states: dict[str, Any],
) -> None:
    for state in states.values():
        shown = {k: v for k, v in state["controls"].items() if state["visible"][k]}
        assert set(shown) >= {"dial", "start", "table", "diagram", "status"}, state["state"]
        for name, box in shown.items():
            assert box[2] > 0, (state["state"], name)
            assert box[3] > 0, (state["state"], name)
            assert _inside(box, state["inner"]), (state["state"], name, box, state["inner"])
        names = sorted(shown)
        for index, first in enumerate(names):
            for second in names[index + 1 :]:
                assert not _overlap(shown[first], shown[second]), (state["state"], first, second)


def test_nothing_moves_when_a_note_the_banner_or_the_routine_comes_and_goes(
    states: dict[str, Any],
) -> None:
    idle = states["idle"]["controls"]
    for name in ("note", "safety note", "routine", "release", "long message"):
        moved = {
            control: (idle[control], states[name]["controls"][control])
            for control in STILL
            if states[name]["controls"][control] != idle[control]
        }
        if name == "long message":
            # A message longer than two lines makes the bar taller while it shows (never
            # cut): what is above the dial's bottom stays where it was.
            moved = {
                k: v for k, v in moved.items() if k in ("dial", "diagram") and v[0][:2] != v[1][:2]
            }
        assert moved == {}, name


def test_a_long_status_message_is_shown_whole(states: dict[str, Any]) -> None:
    state = states["long message"]
    needed = state["status_lines_needed"] * state["status_line_px"]
    assert state["status_height"] >= needed


def test_on_a_large_screen_the_dial_and_its_text_grow(states: dict[str, Any]) -> None:
    idle = states["idle"]
    dial = idle["controls"]["dial"]
    if idle["screen"][3] >= 1000:
        assert min(dial[2], dial[3]) >= 300  # a number about 0.38 of that: readable at 2 m
        assert idle["rating_pt"] > idle["base_pt"]
    else:
        assert min(dial[2], dial[3]) >= 100


# -- the end of a hold, and what the dial shows --------------------------------------
@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, store, clock, tmp_path)


def click(qtbot: QtBot, window: MainWindow, region: Region) -> None:
    qtbot.mouseClick(
        window.diagram, Qt.MouseButton.LeftButton, pos=point_on(window.diagram, region)
    )


def test_the_end_shows_release_for_three_seconds_then_asks_how_tender(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_6)
    window.commands.start_pause.trigger()
    assert "Before this hold: 6 of 10" in window.rating_label.text()  # still shown
    clock.advance(17.5)
    window.session.hold.check()
    face = window.panel.countdown.face()
    assert (face.tone, face.seconds) == (Tone.LAST_SECONDS, 3)  # seen coming, not only heard
    clock.advance(2.5)
    window.session.hold.check()
    dial = window.session.dial
    assert dial.mode is DialMode.RELEASE
    face = window.panel.countdown.face()
    assert (face.big, face.tone) == ("Release", Tone.RELEASE)
    assert dial.end_timer.isActive()
    assert dial.end_timer.interval() == RELEASE_MS == 3000
    dial.end_timer.timeout.emit()  # three seconds later
    assert dial.mode is DialMode.ASK
    assert window.panel.countdown.face().big == "How tender now?"
    assert dial.ask_timer.interval() == ASK_MS
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_3)
    assert dial.mode is DialMode.READY  # answered
    [hold] = window.session.store.holds_for_spot(window.session.selected_spot() or 0)
    assert (hold.tenderness_before, hold.tenderness_after) == (6, 3)


def test_the_question_gives_way_to_another_action_or_time(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    window.commands.start_pause.trigger()
    clock.advance(20)
    window.session.hold.check()
    dial = window.session.dial
    dial.end_timer.timeout.emit()
    assert dial.mode is DialMode.ASK
    dial.ask_timer.timeout.emit()  # nobody answered
    assert dial.mode is DialMode.READY
    window.commands.start_pause.trigger()
    window.commands.release.trigger()  # Enter: the knot let go
    assert dial.mode is DialMode.RELEASED
    assert window.panel.countdown.face().big == "Let go"
    window.commands.start_pause.trigger()  # the next hold: the end gives way at once
    assert dial.mode is DialMode.HOLDING


def test_a_digit_during_a_hold_is_how_it_feels_now_and_is_saved_with_the_hold(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    window.commands.start_pause.trigger()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_4)
    assert "saved with this hold" in window.statusBar().currentMessage()
    assert "how it feels now: 4" in window.rating_label.text()
    clock.advance(20)
    window.session.hold.check()
    spot = window.session.selected_spot()
    assert spot is not None
    [hold] = window.session.store.holds_for_spot(spot)
    assert hold.tenderness_after == 4
    window.session.dial.end_timer.timeout.emit()
    assert window.session.dial.mode is DialMode.READY  # answered already: no question


def test_the_routine_step_is_on_the_one_dial(window: MainWindow) -> None:
    window.session.guide.start((Side.LEFT,))
    face = window.panel.countdown.face()
    assert (face.big, face.caption, face.tone) == ("1:00", "Warm-up", Tone.STEP)
    assert not hasattr(window.routine_panel, "countdown")  # never two rings
    assert window.commands.start_pause.text() == "&Pause step"


@pytest.mark.parametrize("region", [POPLITEAL, ACHILLES, HEEL], ids=lambda r: r.muscle.value)
def test_the_routine_never_holds_the_back_of_the_knee_the_tendon_or_the_heel_by_itself(
    qtbot: QtBot, window: MainWindow, region: Region
) -> None:
    session = window.session
    session.edits.mark(region, *window.diagram.anchors()[region])
    session.guide.start((Side.LEFT,))
    for _ in range(3):
        window.commands.routine_next.trigger()
    assert session.guide.current_knot == session.today.spot_id_at(0)
    assert not session.flow.active  # shown, not held
    assert session.guide.waiting_for_space
    assert session.selected_spot() == session.today.spot_id_at(0)
    assert window.advice_label.text()  # with its note
    window.commands.start_pause.trigger()  # the user chooses to hold it
    assert session.flow.active is region.holdable


def test_the_heel_cannot_be_held_and_says_why(qtbot: QtBot, window: MainWindow) -> None:
    window.session.edits.mark(HEEL, *window.diagram.anchors()[HEEL])
    assert "bone" in window.advice_label.text()
    assert "tendon" not in window.advice_label.text()
    assert not window.commands.start_pause.isEnabled()
    window.session.holds.start_or_pause()
    assert not window.session.flow.active
    assert "heel" in window.statusBar().currentMessage()


def test_after_a_yes_the_window_keeps_a_calm_note(window: MainWindow, clock: FakeClock) -> None:
    today = clock.now().date()
    window.session.safety.record(SafetyCheck(today, frozenset({RedFlag.SWOLLEN_WARM_RED})))
    assert window.notices.current_notice() is window.notices.note
    assert "see a doctor today" in window.notices.note.text.text()
    window.session.safety.record(SafetyCheck(today, frozenset({RedFlag.BLOOD_THINNERS})))
    assert "ask a doctor first" in window.notices.note.text.text()
    assert "today" not in window.notices.note.text.text()


def test_undo_and_redo_of_a_hold_name_it(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    window.commands.start_pause.trigger()
    window.commands.cancel.trigger()  # an accidental Esc
    window.session.history.undo()
    assert (
        window.statusBar().currentMessage()
        == "Undone: Hold on Spot 1: Left · medial gastrocnemius."
    )
    assert window.session.today.summary(0).cancelled == 0
    window.session.history.redo()
    assert window.statusBar().currentMessage().startswith("Redone: Hold on Spot 1")
    assert window.session.today.summary(0).cancelled == 1


def test_a_remembered_place_off_the_screen_opens_on_it(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from knotimer.ui.main.layout import SETTINGS_GEOMETRY, available_area

    from qtsupport import make_window

    first = make_window(store, clock, tmp_path)
    qtbot.addWidget(first)
    first.move(5000, 4000)  # a second monitor, since unplugged
    first.resize(3000, 2000)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_GEOMETRY, first.saveGeometry())
    settings.sync()
    again = make_window(store, clock, tmp_path)
    qtbot.addWidget(again)
    again.show()
    area = available_area(again)
    assert area.contains(again.frameGeometry())


def test_the_shortcut_sheet_lists_each_key_once_and_no_key_twice_in_a_row(
    window: MainWindow,
) -> None:
    import re

    from knotimer.ui.dialogs.help import shortcuts_html

    sheet = shortcuts_html(window.actions())
    keys = re.findall(r"<tr><td><b>([^<]+)</b>", sheet)
    flat = [key for cell in keys for key in cell.split(" / ")]
    assert len(flat) == len(set(flat)), flat
    assert "(Space)" not in sheet  # the key has its own column, not repeated in the text


def test_dragging_lights_the_muscle_under_the_spot_not_the_one_it_left(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    diagram = window.diagram
    click(qtbot, window, MEDIAL)
    start = point_on(diagram, MEDIAL)
    target = point_on(diagram, Region(Side.RIGHT, Muscle.SOLEUS))
    qtbot.mousePress(diagram, Qt.MouseButton.LeftButton, pos=start)
    for point in (start + type(start)(20, 20), target):
        event = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            QPointF(point),
            diagram.mapToGlobal(QPointF(point)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(diagram, event)
    assert diagram.hovered() == Region(Side.RIGHT, Muscle.SOLEUS)
    qtbot.mouseRelease(diagram, Qt.MouseButton.LeftButton, pos=target)
    assert window.session.today.summary(0).spot.region == Region(Side.RIGHT, Muscle.SOLEUS)


def test_a_muscle_name_steps_aside_from_a_marker_on_it() -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainterPath

    from knotimer.ui.diagram.paint import _clear_of

    label = QPainterPath()
    label.addRect(QRectF(100, 100, 40, 12))
    marker = QRectF(110, 95, 20, 20)
    shift = _clear_of([label], [marker])
    moved = label.boundingRect().translated(0, shift)
    assert shift != 0
    assert not moved.intersects(marker)
    assert _clear_of([label], [QRectF(0, 0, 10, 10)]) == 0
