"""Edits from the window tell the truth: a failed edit changes nothing and keeps its place."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from knotimer.core.holdtimer import Outcome
from knotimer.core.store import Store
from knotimer.ui.main.editing import EditDialogs
from knotimer.ui.main.window import MainWindow
from test_undo import MEDIAL, SOLEUS, click, hold_to_the_end, key, redo, todays_ids, undo

from fakes import FakeClock
from faults import all_rows, finished_hold, hold_dicts
from qtsupport import shown_window


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, store, clock, tmp_path)


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def disk_full(at: int = 0) -> Callable[[str], None]:
    """A fault hook that fails write number ``at`` (0 = the first) as a full disk would."""
    calls = iter(range(1000))

    def fail(sql: str) -> None:
        if next(calls) == at:
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13  # type: ignore[attr-defined]
            raise error

    return fail


def test_undo_during_a_hold_never_takes_the_held_spot_and_the_saved_hold_stays(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    [spot_id] = todays_ids(store, clock)
    key(qtbot, window, Qt.Key.Key_Space)
    undo(qtbot, window)  # during the hold
    assert "being held" in status(window)
    assert todays_ids(store, clock) == [spot_id]
    clock.advance(20)
    window.session.hold.check()
    assert "Saved" in status(window)
    undo(qtbot, window)  # right after the hold: the hold itself is taken back
    assert "Undone: Hold on Spot 1" in status(window)
    assert [h["deleted"] for h in hold_dicts(store.path)] == [1]
    redo(qtbot, window)
    assert "Redone: Hold on Spot 1" in status(window)
    assert window.finish_running_hold()  # what closing does: purge what is deleted
    [hold] = hold_dicts(store.path)
    assert (hold["spot_id"], hold["outcome"], hold["deleted"]) == (spot_id, "completed", 0)


def test_undoing_a_mark_is_refused_once_the_spot_has_holds(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    [spot_id] = todays_ids(store, clock)
    # A hold saved later (a retry after a full disk, say) is not on the undo stack.
    store.record_hold(spot_id, finished_hold(clock, 20, Outcome.COMPLETED))
    undo(qtbot, window)
    assert "has holds now" in status(window)
    assert todays_ids(store, clock) == [spot_id]


def test_a_delete_that_cannot_be_saved_changes_nothing_and_says_only_that(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    hold_to_the_end(qtbot, window, clock)
    before = all_rows(store.path)
    undo_text = window.session.history.undo_action.text()
    store.fault_hook = disk_full()
    window.diagram.setFocus()
    key(qtbot, window, Qt.Key.Key_Delete)
    store.fault_hook = None
    assert "Could not save this change, so nothing changed" in status(window)
    assert "disk is full" in status(window)
    assert "deleted" not in status(window).split(":")[0]
    assert all_rows(store.path) == before
    assert window.session.history.undo_action.text() == undo_text  # the stack did not move
    assert window.session.today.rowCount() == 1


def test_a_failed_undo_keeps_the_edit_in_its_place_and_can_be_tried_again(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    hold_to_the_end(qtbot, window, clock)
    click(qtbot, window, SOLEUS)
    first, second = todays_ids(store, clock)
    window.session.select(first)
    window.diagram.setFocus()
    key(qtbot, window, Qt.Key.Key_Delete)
    assert todays_ids(store, clock) == [second]
    store.fault_hook = disk_full(at=1)  # the second write of the undo fails
    undo(qtbot, window)
    store.fault_hook = None
    assert "nothing changed" in status(window)
    assert todays_ids(store, clock) == [second]  # still deleted, as the stack says
    assert "Delete Spot 1" in window.session.history.undo_action.text()
    undo(qtbot, window)
    assert todays_ids(store, clock) == [first, second]
    assert "Undone: Delete Spot 1" in status(window)
    assert len(hold_dicts(store.path)) == 1


def test_undo_and_redo_say_what_they_did_and_no_stale_message_stays(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    window.diagram.setFocus()
    key(qtbot, window, Qt.Key.Key_Delete)
    assert "deleted. Ctrl+Z brings it back" in status(window)
    undo(qtbot, window)
    assert status(window) == "Undone: Delete Spot 1: Left · medial gastrocnemius."
    redo(qtbot, window)
    assert status(window) == "Redone: Delete Spot 1: Left · medial gastrocnemius."


def test_deleting_a_spot_with_holds_on_other_days_asks_and_can_keep_them(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    click(qtbot, window, MEDIAL)
    hold_to_the_end(qtbot, window, clock)
    [spot_id] = todays_ids(store, clock)
    clock.advance(24 * 3600)
    window.session.check_day()
    assert window.session.today.row_of(spot_id) is None  # a new day: yesterday's spot is not listed
    asked: list[int] = []
    # Held again today (as when a session crosses midnight): listed today, with one hold
    # on another day.
    store.record_hold(spot_id, finished_hold(clock, 20, Outcome.COMPLETED))
    window.session.refresh()
    assert window.session.today.row_of(spot_id) == 0

    def answer(self: EditDialogs, name: str, elsewhere: int) -> bool | None:
        asked.append(elsewhere)
        return answers.pop(0)

    answers: list[bool | None] = [None, True]
    monkeypatch.setattr(EditDialogs, "ask_about_other_days", answer)
    window.session.select(spot_id)
    window.diagram.setFocus()
    key(qtbot, window, Qt.Key.Key_Delete)  # asked, and kept
    assert asked == [1]
    assert todays_ids(store, clock) == [spot_id]
    key(qtbot, window, Qt.Key.Key_Delete)  # asked again: only today's holds
    assert todays_ids(store, clock) == []
    assert [h["deleted"] for h in hold_dicts(store.path)] == [0, 1]
    assert store.spot(spot_id).region == MEDIAL  # still there for yesterday


def test_one_then_zero_after_a_hold_is_one_edit_a_single_undo_takes_back(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    hold_to_the_end(qtbot, window, clock)
    [spot_id] = todays_ids(store, clock)
    count = window.session.history.stack.count()
    key(qtbot, window, Qt.Key.Key_1)
    clock.advance(0.3)
    key(qtbot, window, Qt.Key.Key_0)
    assert store.holds_for_spot(spot_id)[0].tenderness_after == 10
    assert window.session.history.stack.count() == count + 1  # one edit, not two
    assert "after: 10" in window.session.history.undo_action.text()
    undo(qtbot, window)
    assert store.holds_for_spot(spot_id)[0].tenderness_after is None  # not 1
