"""One session state: views that cannot disagree, rows updated not rebuilt, the end cue first."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.holdtimer import Outcome
from knotimer.core.routine import Step
from knotimer.core.safety import SafetyCheck
from knotimer.core.store import Store
from knotimer.ui.main.window import MainWindow

from fakes import FakeClock
from faults import finished_hold
from qtsupport import RecordingCues, make_window, point_on, shown_window

MEDIAL = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
LATERAL = Region(Side.LEFT, Muscle.GASTROCNEMIUS_LATERAL)
SOLEUS = Region(Side.RIGHT, Muscle.SOLEUS)


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, store, clock, tmp_path)


def click(qtbot: QtBot, window: MainWindow, region: Region) -> None:
    qtbot.mouseClick(
        window.diagram, Qt.MouseButton.LeftButton, pos=point_on(window.diagram, region)
    )


def hold_to_the_end(window: MainWindow, clock: FakeClock, seconds: float = 20) -> None:
    window.commands.start_pause.trigger()
    clock.advance(seconds)
    window.session.hold.check()


class Signals:
    """What the day's model said while an edit ran."""

    def __init__(self, window: MainWindow) -> None:
        model = window.session.today
        self.seen: list[tuple[str, int, int]] = []
        model.modelReset.connect(lambda: self.seen.append(("reset", -1, -1)))
        model.rowsInserted.connect(lambda _p, a, b: self.seen.append(("inserted", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.seen.append(("removed", a, b)))
        model.dataChanged.connect(lambda a, b, _r: self.seen.append(("changed", a.row(), b.row())))

    def take(self) -> list[tuple[str, int, int]]:
        seen, self.seen = self.seen, []
        return seen


def test_an_edit_changes_only_the_rows_it_touched(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    click(qtbot, window, LATERAL)
    click(qtbot, window, SOLEUS)
    signals = Signals(window)
    window.session.select(window.session.today.spot_id_at(1))
    hold_to_the_end(window, clock)
    assert signals.take() == [("changed", 1, 1)]  # the held spot's row, nothing else
    click(qtbot, window, MEDIAL)  # a click near spot 1 selects it
    assert signals.take() == []
    window.session.edits.mark(SOLEUS, 0.8, 0.8)
    assert signals.take() == [("inserted", 3, 3)]
    spot = window.session.today.spot_id_at(2)
    window.session.edits.move(spot, SOLEUS, 0.75, 0.7)
    assert signals.take() == [("changed", 2, 2)]
    window.session.edits.delete_spot(window.session.today.spot_id_at(0))
    assert signals.take() == [("removed", 0, 0), ("changed", 0, 2)]  # renumbered below
    window.session.history.undo()
    assert signals.take() == [("inserted", 0, 0), ("changed", 1, 3)]
    assert all(kind != "reset" for kind, _a, _b in signals.seen)


def _plans(store: Store, action: object) -> list[str]:
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    try:
        action()  # type: ignore[operator]
    finally:
        store._db.set_trace_callback(None)
    raw = sqlite3.connect(store.path)
    try:
        plans = []
        for sql in statements:
            if sql.lstrip().upper().startswith(("SELECT", "WITH")):
                rows = raw.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
                plans += [str(row[3]) for row in rows]
        return plans
    finally:
        raw.close()


def test_todays_list_is_read_through_indexes_only(store: Store, clock: FakeClock) -> None:
    for day in range(30):  # a month of other days, so a scan would be worth avoiding
        spot = store.add_spot(MEDIAL, 0.3, 0.3, clock.now())
        store.record_hold(spot.id, finished_hold(clock, 20, Outcome.COMPLETED))
        clock.advance(24 * 3600 + day)
    plans = _plans(store, lambda: store.day_summary(clock.now().date()))
    assert plans, "no query seen"
    tables = [p for p in plans if p.startswith("SCAN") and ("holds" in p or "spots" in p)]
    assert tables == [], plans  # every look-up SEARCHes an index


def test_a_refresh_is_two_queries_however_many_spots(
    window: MainWindow, store: Store, clock: FakeClock
) -> None:
    for number in range(12):
        spot = store.add_spot(MEDIAL, 0.02 + number * 0.05, 0.3, clock.now())
        store.record_hold(spot.id, finished_hold(clock, 20, Outcome.COMPLETED))
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    window.session.refresh()
    store._db.set_trace_callback(None)
    assert len([s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]) == 2


def test_the_end_cue_comes_before_the_hold_is_saved(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    order: list[str] = []
    cues = window.cues
    assert isinstance(cues, RecordingCues)
    cues.requested.connect(order.append)
    store.fault_hook = lambda sql: order.append("write: " + sql.split()[0])
    window.session.hold.ending.connect(lambda _r: order.append("ending"))
    window.session.recordChanged.connect(lambda: order.append("refresh"))
    hold_to_the_end(window, clock)
    store.fault_hook = None
    end = order.index("end")
    saves = [i for i, step in enumerate(order) if step == "write: INSERT"]
    assert order.index("ending") < saves[-1]
    assert end < saves[-1] < order.index("refresh", end)  # heard first, then saved, then shown


# -- the drift the redesign ends, one test each ------------------------------------
def test_during_a_routine_hold_the_panel_names_the_knot_held(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    window.session.select(None)
    window.session.guide.start((Side.LEFT,))
    for _ in range(3):
        window.commands.routine_next.trigger()  # on to holding the knots
    assert window.session.guide.stage is not None
    assert window.session.guide.stage.step is Step.HOLD_KNOTS
    assert window.session.flow.active
    window.session.select(None)  # even with nothing selected
    assert "Spot 1: Left · medial gastrocnemius" in window.selection_label.text()
    assert "No spot selected" not in window.selection_label.text()


def test_skipping_a_knot_keeps_the_count(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    for region in (MEDIAL, LATERAL):
        click(qtbot, window, region)
    window.session.edits.mark(Region(Side.LEFT, Muscle.SOLEUS), 0.2, 0.6)
    window.session.edits.mark(Region(Side.LEFT, Muscle.FIBULARIS), 0.38, 0.55)
    window.session.guide.start((Side.LEFT,))
    for _ in range(3):
        window.commands.routine_next.trigger()
    assert "Knot 1 of 4" in window.routine_panel.progress.text()
    window.commands.routine_next.trigger()  # skip
    clock.advance(5.1)
    window.session.guide.step_clock.check()
    assert "Knot 2 of 4" in window.routine_panel.progress.text()


def test_the_banner_leaves_once_the_check_is_passed_anywhere(
    window: MainWindow, clock: FakeClock
) -> None:
    assert window.safety_banner.isVisible()
    window.session.safety.record(SafetyCheck(clock.now().date(), frozenset()))  # e.g. Ctrl+G
    assert not window.safety_banner.isVisible()


def test_not_now_hides_the_banner_until_the_next_day(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    window.safety_banner.notNow.emit()
    assert not window.safety_banner.isVisible()
    again = make_window(store, clock, tmp_path)  # a restart the same day
    qtbot.addWidget(again)
    again.show()
    assert not again.safety_banner.isVisible()
    clock.advance(24 * 3600)
    tomorrow = make_window(store, clock, tmp_path)
    qtbot.addWidget(tomorrow)
    tomorrow.show()
    assert tomorrow.safety_banner.isVisible()


def test_a_cancelled_hold_does_not_change_last_hold(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    hold_to_the_end(window, clock)
    last = window.session.today.index(0, 5).data()
    clock.advance(15 * 60)
    window.commands.start_pause.trigger()
    clock.advance(3)
    window.commands.cancel.trigger()
    assert window.session.today.summary(0).cancelled == 1
    assert window.session.today.index(0, 5).data() == last
    assert (clock.now() - timedelta(minutes=14)).strftime("%H:%M") != last


def test_a_spot_deleted_during_the_routine_leaves_its_queue(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    click(qtbot, window, LATERAL)
    first, second = window.session.today.spot_ids()
    window.session.guide.start((Side.LEFT,))
    window.commands.routine_next.trigger()
    window.session.edits.delete_spot(second)  # during the warm-up
    window.commands.routine_next.trigger()
    window.commands.routine_next.trigger()
    routine = window.session.guide.routine
    assert routine is not None
    assert routine.knots == [first]
    assert "Knot 1 of 1" in window.routine_panel.progress.text()
