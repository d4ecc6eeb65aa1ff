"""Closing mid-hold: a signal, a logout or the window's close records the hold, never half of it."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.holdtimer import HoldState, Outcome
from knotimer.core.store import DB_FILENAME, Store
from knotimer.ui.start.shutdown import ShutdownGuard

from fakes import FakeClock
from faults import FIXTURES, child_env, hold_dicts, integrity
from qtsupport import make_window

COMMIT_DATA = SIGNAL("commitDataRequest(QSessionManager&)")


def start_holding(data_dir: Path) -> subprocess.Popen[str]:
    """The real knotimer, started on ``data_dir`` and holding a spot (30 s) on the real clock."""
    env = child_env(KNOTIMER_DRIVER=json.dumps({"window": "hold"}))
    process = subprocess.Popen(
        [sys.executable, str(FIXTURES / "appdriver.py"), "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if '"holding"' in line:
            event = json.loads(line)
            assert event["state"] == "running"
            return process
    process.kill()
    raise AssertionError(f"the hold never started: {process.communicate()[1]}")


TERMINATING = [signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT]


@pytest.mark.parametrize("signum", TERMINATING, ids=[signum.name for signum in TERMINATING])
def test_a_termination_signal_mid_hold_records_it_as_interrupted(
    data_dir: Path, signum: int
) -> None:
    process = start_holding(data_dir)
    held_from = time.monotonic()
    time.sleep(1.5)
    process.send_signal(signum)
    signalled_at = time.monotonic()
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    [hold] = hold_dicts(data_dir / DB_FILENAME)
    assert hold["outcome"] == Outcome.INTERRUPTED.value
    assert hold["planned_s"] == 30
    # The seconds held until the signal, measured by the app (so at most what we waited).
    assert 1.4 <= float(hold["held_s"]) <= signalled_at - held_from + 0.5  # type: ignore[arg-type]
    assert integrity(data_dir / DB_FILENAME) == ["ok"]
    assert not (data_dir / "knotimer.lock").exists()  # the lock was given back


def test_logout_mid_hold_records_it_as_interrupted(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = make_window(store, clock, tmp_path)
    qtbot.addWidget(window)
    connected_before = app.receivers(COMMIT_DATA)
    guard = ShutdownGuard(app, window.finish_running_hold, window)
    try:
        # The guard listens to the session manager's "save your data" request...
        assert app.receivers(COMMIT_DATA) == connected_before + 1
        spot = store.add_spot(Region(Side.RIGHT, Muscle.SOLEUS), 0.7, 0.6, clock.now())
        window.session.refresh()
        window.session.select(spot.id)
        window.session.holds.start_or_pause()
        assert window.session.hold.state is HoldState.RUNNING
        clock.advance(7.25)
        # ...and when it comes (Qt's session manager cannot be faked: call the slot it reaches).
        guard._logging_out(None)  # type: ignore[arg-type]
    finally:
        guard.uninstall()
    assert app.receivers(COMMIT_DATA) == connected_before
    assert window.session.hold.state is HoldState.IDLE
    [hold] = store.holds_for_spot(spot.id)
    assert hold.outcome is Outcome.INTERRUPTED
    assert hold.held_s == pytest.approx(7.25)


def test_the_guard_gives_signals_back(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = signal.getsignal(signal.SIGTERM)
    window = make_window(store, clock, tmp_path)
    qtbot.addWidget(window)
    guard = ShutdownGuard(app, window.finish_running_hold, window)
    assert signal.getsignal(signal.SIGTERM) is not before
    guard.uninstall()
    assert signal.getsignal(signal.SIGTERM) is before
