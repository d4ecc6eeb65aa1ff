"""UI fuzz: a Hypothesis state machine drives the real window; the record must always match.

After every step: no exception escaped, the database (read through its own connection)
equals what the window shows, every hold is the one a model of the hold timer predicts,
nothing waits unsaved, and PRAGMA integrity_check is ok.

Rules come in groups (``HoldRules``, ``EditRules``, ``RecordRules``); a new feature adds
its own group with its rules and, if it changes what is stored, a line in ``Model``.
"""

from __future__ import annotations

import csv
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from pytestqt.qtbot import QtBot

from knotimer.core.holdtimer import MAX_EXTENDED_S, HoldState, Outcome
from knotimer.core.recovery import Health, check_database
from knotimer.core.store import SCHEMA_VERSION, Store
from knotimer.ui.dialogs.export import export_csv_file
from knotimer.ui.main.window import MainWindow

from fakes import FakeClock
from faults import REGIONS, raw_connect
from qtsupport import make_window, point_on

POINTS: dict[str, QPoint] = {}  # a point on each region, for the window's fixed size


@dataclass
class Running:
    """What the model knows of the hold in progress."""

    spot_id: int
    planned_s: float
    held_s: float = 0.0
    paused: bool = False


@dataclass
class Model:
    """The holds that should be in the record, predicted from the actions alone."""

    holds: list[tuple[int, str, float, float]] = field(default_factory=list)
    running: Running | None = None

    def end(self, outcome: Outcome) -> None:
        assert self.running is not None
        held = self.running.planned_s if outcome is Outcome.COMPLETED else self.running.held_s
        self.holds.append(
            (
                self.running.spot_id,
                outcome.value,
                round(min(held, self.running.planned_s), 3),
                self.running.planned_s,
            )
        )
        self.running = None


class WindowMachine(RuleBasedStateMachine):
    """The real main window on a fake clock, with a model of what the record must hold."""

    qtbot: QtBot
    used: ClassVar[Counter[str]] = Counter()  # which rules ran, across examples

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="knotimer-fuzz-"))
        self.clock = FakeClock()
        self.store = Store.in_folder(self.folder / "data")
        self.model = Model()
        self.window = self._open_window()

    def _open_window(self) -> MainWindow:
        window = make_window(self.store, self.clock, self.folder)
        window.show()
        self.qtbot.waitExposed(window)
        self.messages: list[str] = []
        window.session.message.connect(self.messages.append)
        for told in (window.diagram.missed, window.cues.unavailable, window.speaker.unavailable):
            told.connect(self.messages.append)
        # The guided routine starts holds by itself: the model learns of each as it starts.
        window.session.flow.holdingChanged.connect(self._hold_started_by_the_app)
        if not POINTS:
            for region in REGIONS:
                try:
                    POINTS[region.element_id] = point_on(window.diagram, region, step=6)
                except AssertionError:
                    continue  # not drawn on this diagram
        return window

    def _hold_started_by_the_app(self, spot_id: object) -> None:
        if spot_id is not None and self.model.running is None:
            planned = self.window.session.hold.core.planned_s
            self.model.running = Running(int(spot_id), planned)  # type: ignore[call-overload]

    def teardown(self) -> None:
        self._close_window()
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _close_window(self) -> None:
        """Close the window and let Qt delete it now, as the app's exit would."""
        self.act(self.window.close)
        assert not self.window.isVisible()
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def act(self, action: object) -> None:
        """Do one thing to the window; any exception in Qt's hands fails the step."""
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_name not in RULE_NAMES:
            frame = frame.f_back  # type: ignore[assignment]
        if frame is not None:  # teardown is no rule
            WindowMachine.used[frame.f_code.co_name] += 1
        with self.qtbot.capture_exceptions() as caught:
            action()  # type: ignore[operator]
        assert not caught, caught

    # -- what must always hold -------------------------------------------
    @invariant()
    def the_window_shows_what_the_database_holds(self) -> None:
        reader = Store(self.store.path)  # its own connection: what is on disk
        try:
            stored = reader.day_summary(self.window.session.day)
        finally:
            reader.close()
        shown = self.window.session.today.summaries()
        assert [(s.spot.id, s.holds, s.cancelled, round(s.held_s, 3)) for s in shown] == [
            (s.spot.id, s.holds, s.cancelled, round(s.held_s, 3)) for s in stored
        ]
        assert [m.spot_id for m in self.window.diagram.markers()] == [s.spot.id for s in stored]
        selected = self.window.session.selected_spot()
        assert selected is None or self.window.session.today.row_of(selected) is not None

    @invariant()
    def the_views_agree_with_the_session(self) -> None:
        """Table, diagram, panel lines, routine panel and status bar show the one state."""
        window, session = self.window, self.window.session
        assert window.table.selectionModel() is session.selection
        current = window.table.currentIndex()
        selected = session.selected_spot()
        assert (current.row() if current.isValid() else None) == (
            None if selected is None else session.today.row_of(selected)
        )
        assert window.diagram.selected() == selected
        markers = window.diagram.markers()
        assert [m.number for m in markers] == list(range(1, len(markers) + 1))
        focus = session.focus_spot()
        label = window.selection_label.text()
        if focus is None:
            assert label.startswith("No spot selected")
        else:
            assert label == session.spot_name(focus)  # the held spot first, even past midnight
        keys = session.tenderness
        shown = keys.after if keys.moment.value == "after" else keys.before
        assert f"{'–' if shown is None else shown} of 10" in window.rating_label.text()
        guide = session.guide
        assert window.routine_panel.isVisible() is guide.active
        stage, routine = guide.stage, guide.routine
        if guide.active and routine and stage and stage.step.value == "hold-knots":
            number, total = routine.knot_position()
            assert f"Knot {number} of {total}" in window.routine_panel.progress.text()
        if self.messages:
            assert window.statusBar().currentMessage() == self.messages[-1]

    @invariant()
    def every_hold_is_the_one_predicted_and_saved(self) -> None:
        assert self.window.session.unsaved.count() == 0
        connection = raw_connect(self.store.path)
        try:
            rows = connection.execute(
                "SELECT spot_id, outcome, held_s, planned_s, tenderness_before, "
                "tenderness_after FROM holds ORDER BY id"
            ).fetchall()
            assert [row[0] for row in connection.execute("PRAGMA integrity_check")] == ["ok"]
        finally:
            connection.close()
        assert [(s, o, round(h, 3), p) for s, o, h, p, _b, _a in rows] == self.model.holds
        for *_, before, after in rows:
            assert before is None or 0 <= before <= 10
            assert after is None or 0 <= after <= 10
        state = self.window.session.hold.state
        running = self.model.running
        assert (state is HoldState.IDLE) is (running is None)
        if running is not None:
            assert (state is HoldState.PAUSED) is running.paused
            assert self.window.session.hold.core.planned_s == running.planned_s


def holding(machine: WindowMachine) -> bool:
    return machine.model.running is not None


def idle(machine: WindowMachine) -> bool:
    return machine.model.running is None


CLICKABLE = sorted(r.element_id for r in REGIONS)
WAITS = [0.0, 0.4, 3.0, 7.25, 9.999, 10.0, 19.5, 20.0, 31.0, 95.0]


class HoldRules(WindowMachine):
    """Marking, holding, pausing, extending, releasing, cancelling; time passing."""

    @initialize(regions=st.lists(st.sampled_from(CLICKABLE), min_size=1, max_size=3))
    def mark_a_few_knots(self, regions: list[str]) -> None:
        for region in regions:
            self.click_a_muscle(region)

    @rule(region=st.sampled_from(CLICKABLE))
    def click_a_muscle(self, region: str) -> None:
        if region in POINTS:
            self.act(
                lambda: self.qtbot.mouseClick(
                    self.window.diagram, Qt.MouseButton.LeftButton, pos=POINTS[region]
                )
            )

    @rule()
    def click_beside_the_calves(self) -> None:
        self.act(
            lambda: self.qtbot.mouseClick(
                self.window.diagram, Qt.MouseButton.LeftButton, pos=QPoint(2, 2)
            )
        )

    @rule()
    def space(self) -> None:
        running = self.model.running
        spot = self.window.session.selected_spot()
        length = self.window.panel.length_s()
        self.act(self.window.commands.start_pause.trigger)
        if running is not None:
            running.paused = not running.paused
        elif spot is not None and self.window.session.hold.state is HoldState.RUNNING:
            self.model.running = Running(spot, float(length))

    @rule(seconds=st.sampled_from(WAITS))
    def time_passes(self, seconds: float) -> None:
        self.clock.advance(seconds)
        running = self.model.running
        if running is not None and not running.paused:
            running.held_s += seconds
        if running is not None and not running.paused and running.held_s >= running.planned_s:
            self.model.end(Outcome.COMPLETED)
        self.act(self.window.session.hold.check)  # what the hold's deadline timer does
        self.act(self.window.session.guide.step_clock.check)  # and the routine's step timer

    @precondition(holding)
    @rule()
    def plus(self) -> None:
        self.act(self.window.commands.extend.trigger)
        if self.model.running is not None:
            running = self.model.running
            running.planned_s += max(0.0, min(10.0, MAX_EXTENDED_S - running.planned_s))

    @precondition(holding)
    @rule()
    def enter(self) -> None:
        self.act(self.window.commands.release.trigger)
        if self.model.running is not None:
            self.model.end(Outcome.RELEASED)

    @precondition(holding)
    @rule()
    def escape(self) -> None:
        self.act(self.window.commands.cancel.trigger)
        if self.model.running is not None:
            self.model.end(Outcome.CANCELLED)

    @precondition(idle)
    @rule(
        row=st.integers(0, 5),
        steps=st.lists(st.sampled_from(["space", "plus", *WAITS]), max_size=6),
        ending=st.sampled_from(["enter", "escape", "complete", "keep it running"]),
    )
    def a_whole_hold(self, row: int, steps: list[object], ending: str) -> None:
        """Pick a spot in today's list, hold it, and do a few things on the way.

        The checks run after each of them. This rule makes sure every run has real holds,
        whichever rules Hypothesis leaves out of it (it tests with random subsets).
        """
        count = self.window.session.today.rowCount()
        if count:
            self.act(lambda: self.window.table.selectRow(row % count))
        self.check_everything()
        self.space()
        for step in [*steps, ending]:
            self.check_everything()
            if self.model.running is None:
                return
            if step == "complete":
                self.time_passes(self.model.running.planned_s)
                if self.model.running is not None:  # it was paused
                    self.space()
                    self.time_passes(self.model.running.planned_s)
            elif isinstance(step, float):
                self.time_passes(step)
            elif step != "keep it running":
                getattr(self, str(step))()

    def check_everything(self) -> None:
        self.the_window_shows_what_the_database_holds()
        self.every_hold_is_the_one_predicted_and_saved()

    @precondition(idle)
    @rule(key=st.sampled_from(["release", "cancel", "extend"]))
    def keys_with_no_hold(self, key: str) -> None:
        """Enter, Esc and + with nothing running: nothing may happen to the record."""
        self.act(getattr(self.window.commands, key).trigger)

    @rule(length=st.sampled_from([10, 20, 30]))
    def choose_a_length(self, length: int) -> None:
        self.act(lambda: self.window.panel.presets.button(length).click())


class EditRules(HoldRules):
    """Undo, redo, delete and the tenderness keys (rules for notes and moves can go here)."""

    @rule()
    def undo(self) -> None:
        self.act(self.window.session.history.undo_action.trigger)

    @rule()
    def redo(self) -> None:
        self.act(self.window.session.history.redo_action.trigger)

    @rule()
    def delete_the_selected_spot(self) -> None:
        self.act(self.window.commands.delete_spot.trigger)

    @rule(digit=st.integers(0, 9))
    def rate(self, digit: int) -> None:
        self.act(self.window.edit_dialogs.digit_actions[digit].trigger)


class RecordRules(EditRules):
    """Export, a new day, and a restart of the app."""

    @rule()
    def export_today(self) -> None:
        target = self.folder / "export.csv"
        self.act(lambda: export_csv_file(self.store, self.window.session.day, target))
        with target.open(newline="", encoding="utf-8") as handle:
            exported = [int(row["hold_id"]) for row in csv.DictReader(handle)]
        connection = raw_connect(self.store.path)
        try:
            expected = [
                row[0]
                for row in connection.execute(
                    "SELECT h.id FROM holds AS h JOIN spots AS s ON s.id = h.spot_id"
                    " WHERE h.local_date = ? AND h.deleted = 0 AND s.deleted = 0"
                    " ORDER BY h.started_utc, h.id",
                    (self.window.session.day.isoformat(),),
                )
            ]
        finally:
            connection.close()
        assert exported == expected

    @rule()
    def next_day(self) -> None:
        self.clock.jump_wall(self._to_next_morning())
        self.act(self.window.session.check_day)

    def _to_next_morning(self) -> timedelta:
        now = self.clock.now()
        morning = (now + timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)
        return morning - now

    @rule()
    def restart(self) -> None:
        """Close the window (a running hold is recorded as interrupted) and start again."""
        if self.model.running is not None:
            self.model.end(Outcome.INTERRUPTED)
        deleted_spots = self._deleted_spots()
        deleted_holds = self._deleted_holds()
        self._close_window()
        self.store.close()
        # Closing purges what undo could have brought back: deleted holds (an undone hold,
        # say), and holds on deleted spots.
        self.model.holds = [
            h
            for index, h in enumerate(self.model.holds)
            if h[0] not in deleted_spots and index not in deleted_holds
        ]
        assert check_database(self.store.path, SCHEMA_VERSION).health is Health.SOUND
        self.store = Store(self.store.path)
        self.window = self._open_window()

    def _deleted_holds(self) -> set[int]:
        """Positions (in id order) of the holds marked deleted."""
        connection = raw_connect(self.store.path)
        try:
            flags = [row[0] for row in connection.execute("SELECT deleted FROM holds ORDER BY id")]
        finally:
            connection.close()
        return {index for index, deleted in enumerate(flags) if deleted}

    def _deleted_spots(self) -> set[int]:
        connection = raw_connect(self.store.path)
        try:
            return {row[0] for row in connection.execute("SELECT id FROM spots WHERE deleted")}
        finally:
            connection.close()


class RoutineRules(RecordRules):
    """The "before you start" check and the guided routine: start, next, again, leave."""

    @rule(clear=st.booleans())
    def answer_the_safety_check(self, clear: bool) -> None:
        from knotimer.core.safety import RedFlag, SafetyCheck

        flags = frozenset() if clear else frozenset({RedFlag.SWOLLEN_WARM_RED})
        self.act(
            lambda: self.window.session.safety.record(SafetyCheck(self.clock.now().date(), flags))
        )
        assert self.window.safety_banner.isVisible() is False

    @precondition(idle)
    @rule(sides=st.sampled_from([("left",), ("right",), ("left", "right")]))
    def start_the_routine(self, sides: tuple[str, ...]) -> None:
        from knotimer.core.anatomy import Side

        if not self.window.session.guide.active:
            self.act(lambda: self.window.session.guide.start(tuple(Side(s) for s in sides)))

    @rule()
    def next_step(self) -> None:
        guide = self.window.session.guide
        skipping_a_hold = guide.active and self.model.running is not None
        self.act(self.window.commands.routine_next.trigger)
        if skipping_a_hold and self.window.session.hold.state is HoldState.IDLE:
            self.model.end(Outcome.CANCELLED)  # N during a knot's hold cancels it

    @rule()
    def hold_again(self) -> None:
        self.act(self.window.commands.repeat.trigger)

    @rule()
    def leave_the_routine(self) -> None:
        if self.window.session.guide.active:
            if self.model.running is not None:
                self.model.end(Outcome.CANCELLED)
            self.act(self.window.session.guide.leave)


RULE_NAMES = {
    name
    for klass in RoutineRules.__mro__
    for name, value in vars(klass).items()
    if hasattr(value, "hypothesis_stateful_rule")
}


def run_machine(qtbot: QtBot, examples: int, steps: int, derandomize: bool) -> None:
    RoutineRules.qtbot = qtbot
    run_state_machine_as_test(
        RoutineRules,
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            database=None,
            derandomize=derandomize,
            print_blob=True,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )


def test_the_window_and_the_record_agree_a_short_run(qtbot: QtBot) -> None:
    WindowMachine.used.clear()
    run_machine(qtbot, examples=60, steps=30, derandomize=True)
    assert set(WindowMachine.used) == RULE_NAMES, "some rules never ran"


@pytest.mark.slow
def test_the_window_and_the_record_agree_a_long_run(qtbot: QtBot) -> None:
    run_machine(qtbot, examples=200, steps=50, derandomize=False)
