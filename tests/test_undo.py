from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.edits import Placement, placement
from knotimer.core.store import Store
from knotimer.ui.main.window import MainWindow

from fakes import FakeClock
from qtsupport import point_on, shown_window

MEDIAL = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
SOLEUS = Region(Side.RIGHT, Muscle.SOLEUS)


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, store, clock, tmp_path)


def click(qtbot: QtBot, window: MainWindow, region: Region) -> None:
    qtbot.mouseClick(
        window.diagram, Qt.MouseButton.LeftButton, pos=point_on(window.diagram, region)
    )


def key(
    qtbot: QtBot,
    window: MainWindow,
    which: Qt.Key,
    mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(window.focusWidget() or window, which, mods)


def undo(qtbot: QtBot, window: MainWindow) -> None:
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot: QtBot, window: MainWindow) -> None:
    key(
        qtbot,
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def todays_ids(store: Store, clock: FakeClock) -> list[int]:
    return [s.spot.id for s in store.day_summary(clock.now().date())]


def hold_to_the_end(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    clock.advance(20)
    window.session.hold.check()


def test_marking_undoes_and_redoes_and_each_step_is_saved(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    [spot_id] = todays_ids(store, clock)
    assert "Mark a spot on Left · medial gastrocnemius" in window.session.history.undo_action.text()
    undo(qtbot, window)
    assert todays_ids(store, clock) == []
    assert window.diagram.markers() == []
    reopened = Store(store.path)  # the undo is on disk, not just on screen
    assert reopened.day_summary(clock.now().date()) == []
    reopened.close()
    redo(qtbot, window)
    assert todays_ids(store, clock) == [spot_id]
    assert window.session.today.rowCount() == 1


def test_moving_a_spot_round_trips(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    [spot_id] = todays_ids(store, clock)
    before = placement(store, spot_id)
    window.diagram.spotMoved.emit(spot_id, SOLEUS, 0.7, 0.6)
    assert placement(store, spot_id) == Placement(SOLEUS, 0.7, 0.6)
    assert "Move the spot to Right · soleus" in window.session.history.undo_action.text()
    undo(qtbot, window)
    assert placement(store, spot_id) == before
    redo(qtbot, window)
    assert placement(store, spot_id) == Placement(SOLEUS, 0.7, 0.6)
    assert window.session.today.index(0, 1).data() == "Right · soleus"


def test_deleting_a_spot_takes_its_holds_and_undo_brings_both_back(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    hold_to_the_end(qtbot, window, clock)
    [spot_id] = todays_ids(store, clock)
    window.diagram.setFocus()
    key(qtbot, window, Qt.Key.Key_Delete)
    assert todays_ids(store, clock) == []
    assert list(store.export_rows()) == []
    assert "Delete Spot 1" in window.session.history.undo_action.text()
    undo(qtbot, window)
    assert todays_ids(store, clock) == [spot_id]
    assert len(list(store.export_rows())) == 1
    redo(qtbot, window)
    assert todays_ids(store, clock) == []


def test_a_note_round_trips(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    click(qtbot, window, MEDIAL)
    [spot_id] = todays_ids(store, clock)
    note = 'tight after the run, "6/10"\nworse on stairs'
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args: (note, True))
    key(qtbot, window, Qt.Key.Key_F2)
    assert store.spot(spot_id).note == note
    assert note[:20] in window.session.today.describe(0)
    undo(qtbot, window)
    assert store.spot(spot_id).note == ""
    redo(qtbot, window)
    assert store.spot(spot_id).note == note


def test_tenderness_before_and_after_by_keys(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    key(qtbot, window, Qt.Key.Key_6)
    assert "before the hold: 6" in window.rating_label.text()
    hold_to_the_end(qtbot, window, clock)
    assert "now?" in window.rating_label.text()
    key(qtbot, window, Qt.Key.Key_3)
    [spot_id] = todays_ids(store, clock)
    [held] = store.holds_for_spot(spot_id)
    assert (held.tenderness_before, held.tenderness_after) == (6, 3)
    assert window.session.today.index(0, 4).data() == "6 → 3"
    undo(qtbot, window)
    assert store.holds_for_spot(spot_id)[0].tenderness_after is None
    redo(qtbot, window)
    assert store.holds_for_spot(spot_id)[0].tenderness_after == 3


def test_one_then_zero_quickly_gives_ten_and_digits_do_nothing_during_a_hold(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    click(qtbot, window, MEDIAL)
    key(qtbot, window, Qt.Key.Key_1)
    clock.advance(0.4)
    key(qtbot, window, Qt.Key.Key_0)
    assert window.session.tenderness.before == 10
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_4)  # ignored while holding
    clock.advance(20)
    window.session.hold.check()
    [spot_id] = todays_ids(store, clock)
    assert store.holds_for_spot(spot_id)[0].tenderness_before == 10
    key(qtbot, window, Qt.Key.Key_1)
    clock.advance(3)  # too slow for ten
    key(qtbot, window, Qt.Key.Key_0)
    assert store.holds_for_spot(spot_id)[0].tenderness_after == 0


def test_digits_typed_into_the_length_box_stay_there(qtbot: QtBot, window: MainWindow) -> None:
    box = window.panel.length
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "15")
    box.interpretText()
    assert box.value() == 15
    assert window.session.tenderness.before is None


def test_delete_all_my_data_asks_first_then_erases_everything(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    click(qtbot, window, MEDIAL)
    hold_to_the_end(qtbot, window, clock)
    backups = store.path.parent / "backups"
    backups.mkdir(exist_ok=True)
    old_copy = backups / "knotimer-2026-11-24.sqlite3"
    old_copy.write_bytes(b"old copy")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: next(answers))
    assert not window.edit_dialogs.delete_everything()
    assert len(todays_ids(store, clock)) == 1
    assert old_copy.exists()  # cancelled: nothing touched
    assert window.edit_dialogs.delete_everything()
    assert not old_copy.exists()
    assert todays_ids(store, clock) == []
    assert list(store.export_rows()) == []
    assert window.session.today.rowCount() == 0
    assert not window.session.history.undo_action.isEnabled()  # nothing to undo into


def test_the_shortcuts_sheet_lists_every_command_once(window: MainWindow) -> None:
    from knotimer.ui.dialogs.help import shortcuts_html

    sheet = shortcuts_html(window.actions())
    for words in ("Start hold", "Undo", "Guided routine", "History", "Tenderness before"):
        assert words in sheet
    assert "<td>7</td>" not in sheet  # the ten digit keys share one line
