"""Nothing recorded is lost: edits killed at any write, a hold running at a crash, damage."""

from __future__ import annotations

import contextlib
import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editcases import EDITS, MEDIAL, SOLEUS, Case, held, writes
from knotimer.core.edits import day_deletion, set_deleted, set_note
from knotimer.core.erase import erase_everything, erase_marker
from knotimer.core.holdtimer import HoldTimer, Outcome
from knotimer.core.recovery import EarlyCheck, Health, check_database
from knotimer.core.running import Progress, begin_running, recover_running, update_running
from knotimer.core.salvage import Salvaged, salvage
from knotimer.core.store import DB_FILENAME, SCHEMA_VERSION, Store
from knotimer.ui.start.record import finish_left_over_work

from fakes import FakeClock
from faults import FIXTURES, all_rows, child_env, drive, every_row, hold_dicts, raw_connect


def _run_child(folder: Path, name: str, at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(FIXTURES / "edit_child.py"), str(folder), name, str(at)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=60,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize("name", list(EDITS))
def test_a_kill_at_any_write_of_an_edit_leaves_it_undone_or_done(tmp_path: Path, name: str) -> None:
    counting = Store.in_folder(tmp_path / "count")
    statements = writes(counting, name)
    counting.close()
    reference = Store.in_folder(tmp_path / "reference")
    case = Case(reference, FakeClock(), name)
    before = every_row(reference.path)
    EDITS[name](reference, case)
    after = every_row(reference.path)
    reference.close()
    assert before != after, f"{name} changes nothing?"
    for number in range(len(statements)):
        folder = tmp_path / f"kill-{number}"
        done = _run_child(folder, name, number)
        assert done.returncode == -signal.SIGKILL, done.stderr
        assert "ready" in done.stdout
        rows = every_row(folder / DB_FILENAME)
        assert rows == before, f"{name}: killed before write {number} ({statements[number]})"
        assert check_database(folder / DB_FILENAME, SCHEMA_VERSION).health is Health.SOUND
    # And once the last write has returned, it is all there.
    folder = tmp_path / "whole"
    done = _run_child(folder, name, len(statements) + 10)
    assert done.returncode == 0, done.stderr
    assert every_row(folder / DB_FILENAME) == after


def test_an_erase_killed_halfway_is_finished_at_the_next_start(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    done = _run_child(folder, "erase everything", 1)  # after its first delete, before COMMIT
    assert done.returncode == -signal.SIGKILL
    assert erase_marker(folder).exists()
    spots, holds = all_rows(folder / DB_FILENAME)
    assert spots  # the transaction never committed: everything is still there
    assert holds
    store = Store.in_folder(folder)
    notices = finish_left_over_work(store)
    assert any("finished now" in notice for notice in notices), notices
    assert all_rows(folder / DB_FILENAME) == ([], [])
    assert not erase_marker(folder).exists()
    assert finish_left_over_work(store) == []  # said once
    store.close()


def test_a_running_hold_is_in_the_record_from_its_start(store: Store, clock: FakeClock) -> None:
    spot = store.add_spot(MEDIAL, 0.3, 0.4, clock.now())
    timer = HoldTimer(clock)
    timer.start(20)
    started = timer.started
    assert started is not None
    running = begin_running(store, spot.id, started, 20, tenderness_before=7, run_id="r1")
    clock.advance(5)
    progress = Progress(20, timer.held(), timer.paused(), timer.pauses)
    update_running(store, running, progress, clock.now())
    clock.advance(3)  # then the power goes: these 3 s are not known
    store.close()

    reopened = Store(store.path)
    [hold] = recover_running(reopened)
    assert hold.outcome is Outcome.INTERRUPTED
    assert hold.held_s == pytest.approx(5)
    assert hold.tenderness_before == 7
    assert hold.started == started
    [row] = hold_dicts(reopened.path)
    assert (row["outcome"], row["held_s"], row["spot_id"]) == ("interrupted", 5.0, spot.id)
    assert recover_running(reopened) == []  # recorded once
    reopened.close()


def test_a_finished_hold_replaces_its_running_row_in_one_transaction(
    store: Store, clock: FakeClock
) -> None:
    spot = store.add_spot(MEDIAL, 0.3, 0.4, clock.now())
    timer = HoldTimer(clock)
    timer.start(20)
    assert timer.started is not None
    running = begin_running(store, spot.id, timer.started, 20)
    clock.advance(20)
    result = timer.poll()
    assert result is not None
    store.record_hold(spot.id, result, running_id=running)
    assert store.query("SELECT count(*) FROM running_holds")[0][0] == 0
    assert recover_running(store) == []
    assert [h["outcome"] for h in hold_dicts(store.path)] == ["completed"]


@pytest.mark.slow
def test_kill_9_during_a_hold_keeps_it_as_interrupted_with_the_seconds_held(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    plan = {"window": "hold", "heartbeat_s": 0.2}
    environment = child_env(KNOTIMER_DRIVER=json.dumps(plan))
    with subprocess.Popen(
        [sys.executable, str(FIXTURES / "appdriver.py"), "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=environment,
    ) as child:
        try:
            assert child.stdout is not None
            for line in child.stdout:
                if '"holding"' in line:
                    break
            holding_since = time.monotonic()
            written = 0.0
            deadline = holding_since + 20
            while written < 1.0 and time.monotonic() < deadline:  # a few heartbeats, not 30 s
                time.sleep(0.05)
                with contextlib.closing(raw_connect(data / DB_FILENAME)) as raw:
                    row = raw.execute("SELECT max(held_s) FROM running_holds").fetchone()
                written = float(row[0] or 0.0)
            child.send_signal(signal.SIGKILL)
            held_for = time.monotonic() - holding_since
            child.wait(timeout=20)
        finally:
            child.kill()
    assert hold_dicts(data / DB_FILENAME) == []  # not finished, not recorded as a hold yet
    events, done = drive("--data-dir", str(data), plan={"window": "close"})
    assert done.returncode == 0, done.stderr
    [hold] = hold_dicts(data / DB_FILENAME)
    assert hold["outcome"] == "interrupted"
    # Up to the last heartbeat before the kill (at least what we read), never more than held.
    assert written >= 1.0
    assert written <= float(hold["held_s"]) <= held_for + 0.05
    shown = [e for e in events if "status" in e]
    assert "kept as interrupted" in str(shown[0]["status"])


def _damage_a_row(database: Path, sql: str) -> None:
    """Write a value no knotimer writes, past the CHECK constraints, as a stray bit would."""
    raw = sqlite3.connect(database)
    raw.execute("PRAGMA ignore_check_constraints = ON")
    raw.execute(sql)
    raw.commit()
    raw.close()


def _flip(database: Path, old: bytes, new: bytes) -> None:
    """Change bytes in the file itself (the same length), as a damaged disk would.

    Every copy past the first page (the schema's text) changes, in the table and in any
    index alike, so what is found is the value itself, not an index out of step.
    """
    data = database.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    assert old in data[page:], old
    database.write_bytes(data[:page] + data[page:].replace(old, new))


@pytest.mark.parametrize(
    ("old", "new", "what"),
    [
        (b"gastrocnemius-medial", b"gastrocnemius-mediaL", "value"),
        (b"knot!", b"knot\xff", "not readable text"),
        (b"completed", b"complxted", "value"),
        (b"T08:", b"T0x:", "value"),
    ],
)
def test_a_flipped_byte_inside_a_row_is_found_at_start(
    store: Store, clock: FakeClock, old: bytes, new: bytes, what: str
) -> None:
    spot = store.add_spot(MEDIAL, 0.3, 0.4, clock.now())
    set_note(store, spot.id, "knot!")
    held(store, clock, spot.id)
    store.close()
    assert check_database(store.path, SCHEMA_VERSION).health is Health.SOUND
    _flip(store.path, old, new)
    report = check_database(store.path, SCHEMA_VERSION)
    assert report.health is Health.DAMAGED
    assert what in report.reason


@pytest.mark.parametrize(
    ("sql", "what"),
    [
        ("UPDATE holds SET tenderness_before = 11", "value"),
        ("UPDATE spots SET x = 1.5", "value"),
        ("UPDATE holds SET spot_id = 99", "belongs to no spot"),
        ("UPDATE spots SET side = 'middle'", "value"),
    ],
)
def test_values_past_the_check_constraints_are_found_at_start(
    store: Store, clock: FakeClock, sql: str, what: str
) -> None:
    spot = store.add_spot(MEDIAL, 0.3, 0.4, clock.now())
    held(store, clock, spot.id, before=4)
    store.close()
    _damage_a_row(store.path, sql)
    report = check_database(store.path, SCHEMA_VERSION)
    assert report.health is Health.DAMAGED
    assert what in report.reason


@pytest.mark.slow
def test_damage_inside_a_row_at_start_offers_the_backup_and_never_a_traceback(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    store = Store.in_folder(data)
    clock = FakeClock()
    spot = store.add_spot(MEDIAL, 0.3, 0.4, clock.now())
    held(store, clock, spot.id)
    store.close()
    backups = data / "backups"
    backups.mkdir()
    shutil.copyfile(data / DB_FILENAME, backups / "knotimer-2026-11-24.sqlite3")
    store.close()
    _flip(data / DB_FILENAME, b"gastrocnemius-medial", b"gastrocnemius-mediaL")
    events, done = drive("--data-dir", str(data), plan={"answers": ["restore"], "window": "close"})
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    dialogs = [e for e in events if "dialog" in e]
    assert dialogs
    assert "damaged" in str(dialogs[0]).lower()
    assert list(data.glob("knotimer-damaged-*.sqlite3"))
    [hold] = hold_dicts(data / DB_FILENAME)  # the backup's hold
    assert hold["outcome"] == "completed"


@pytest.mark.slow
def test_damage_found_while_the_window_runs_is_recovered_and_the_hold_kept(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    store = Store.in_folder(data)
    clock = FakeClock()
    spot = store.add_spot(MEDIAL, 0.3, 0.4, clock.now())
    held(store, clock, spot.id)
    store.close()
    backups = data / "backups"
    backups.mkdir()
    shutil.copyfile(data / DB_FILENAME, backups / "knotimer-2026-11-24.sqlite3")
    events, done = drive("--data-dir", str(data), plan={"answers": ["restore"], "window": "damage"})
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    windows = [e for e in events if "status" in e]
    assert len(windows) == 2, events  # the first, then one on the recovered record
    assert "saved in it" in str(windows[1]["status"])
    assert list(data.glob("knotimer-damaged-*.sqlite3"))
    holds = hold_dicts(data / DB_FILENAME)
    assert [h["outcome"] for h in holds] == ["completed", "interrupted"]  # the backup's, then ours
    spots = sqlite3.connect(data / DB_FILENAME).execute("SELECT muscle FROM spots").fetchall()
    assert ("solews",) not in spots


def test_deleting_a_day_then_purging_keeps_what_another_day_holds(
    store: Store, clock: FakeClock
) -> None:
    case = Case(store, clock, "delete a day")
    set_deleted(store, day_deletion(store, case.day), True)
    erase_before = all_rows(store.path)
    assert erase_before[1]  # Tuesday's hold is there
    assert [h["id"] for h in hold_dicts(store.path) if not h["deleted"]] == [case.tuesday]
    erase_everything(store)
    assert all_rows(store.path) == ([], [])


def test_what_can_still_be_read_is_rescued_from_a_damaged_file(
    tmp_path: Path, clock: FakeClock
) -> None:
    data = tmp_path / "data"
    store = Store.in_folder(data)
    first = store.add_spot(MEDIAL, 0.3, 0.4, clock.now())
    in_backup = held(store, clock, first.id)
    store.close()
    backup = tmp_path / "backup.sqlite3"
    shutil.copyfile(data / DB_FILENAME, backup)
    store = Store.in_folder(data)
    later = held(store, clock, first.id)  # after the backup: only in the damaged file
    second = store.add_spot(SOLEUS, 0.6, 0.6, clock.now())
    set_note(store, second.id, "new knot")
    on_second = held(store, clock, second.id)
    store.close()
    _damage_a_row(data / DB_FILENAME, f"UPDATE holds SET outcome = 'lost' WHERE id = {later:d}")  # noqa: S608
    damaged = tmp_path / "damaged.sqlite3"
    shutil.move(data / DB_FILENAME, damaged)
    shutil.copyfile(backup, data / DB_FILENAME)

    restored = Store.in_folder(data)
    found = salvage(damaged, restored)
    assert (found.spots, found.holds, found.left_behind) == (1, 1, 1)
    assert sorted(h["id"] for h in hold_dicts(restored.path)) == [in_backup, on_second]
    assert restored.spot(second.id).note == "new knot"
    assert salvage(damaged, restored) == Salvaged(left_behind=1)  # nothing twice
    restored.close()


def test_the_early_check_reports_the_pages_first_and_the_rows_after(
    store: Store, clock: FakeClock
) -> None:
    spot = store.add_spot(MEDIAL, 0.3, 0.4, clock.now())
    held(store, clock, spot.id)
    store.close()
    _flip(store.path, b"gastrocnemius-medial", b"gastrocnemius-mediaL")
    early = EarlyCheck(store.path, SCHEMA_VERSION)
    assert early.report().health is Health.SOUND  # the pages are fine: start-up goes on
    problems = early.contents(wait=True)
    assert problems
    assert "never writes" in problems[0]  # the window then recovers as from any damage
