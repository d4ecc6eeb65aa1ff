"""The first frame: a cached picture shown at once, ignored when unsafe or stale, and no jump."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from frames import LAYOUT, cached
from knotimer.app.session import Session
from knotimer.core.recovery import EarlyCheck
from knotimer.core.store import SCHEMA_VERSION, Store
from knotimer.ui.common.theme import system_is_dark
from knotimer.ui.main.firstframe import FirstFrame, frame_of, is_dark
from knotimer.ui.main.window import MainWindow
from knotimer.ui.start.singleinstance import Claim, SingleInstance

from fakes import FakeClock
from faults import child_env
from qtsupport import RecordingCues, kept_palette


def _shown_frame(qtbot: QtBot, holder: QMainWindow, length_s: int, dark: bool) -> FirstFrame:
    qtbot.addWidget(holder)
    frame = FirstFrame(cached(), length_s, dark, holder)
    holder.setCentralWidget(frame)
    holder.show()
    frame.resize(LAYOUT.central)
    return frame


def test_the_cached_dial_is_a_picture_when_length_and_theme_are_the_same(qtbot: QtBot) -> None:
    holder = QMainWindow()
    frame = _shown_frame(qtbot, holder, LAYOUT.ready_s, LAYOUT.dark)
    assert frame.matches()
    assert frame.dial_is_picture
    assert frame.dial is None  # nothing drawn for it, and its module not needed
    seen = frame.grab().toImage()
    assert seen.pixelColor(LAYOUT.dial.center()) == QColor("#203080")
    assert seen.pixelColor(LAYOUT.drawing.center()) == QColor("#805030")


def test_another_length_draws_the_dial_only_where_the_cached_layout_holds(qtbot: QtBot) -> None:
    holder = QMainWindow()
    frame = _shown_frame(qtbot, holder, 25, LAYOUT.dark)
    assert not frame.dial_is_picture
    assert frame.dial is not None
    assert frame.matches()
    assert frame.dial.isVisibleTo(frame)
    assert frame.dial.face().big == "25"
    frame.resize(800, 600)
    assert not frame.matches()
    assert not frame.dial.isVisibleTo(frame)


def test_a_frame_cached_in_another_theme_shows_only_the_background(qtbot: QtBot) -> None:
    holder = QMainWindow()
    frame = _shown_frame(qtbot, holder, LAYOUT.ready_s, not LAYOUT.dark)
    assert not frame.matches()
    seen = frame.grab().toImage()
    background = frame.palette().color(frame.backgroundRole())
    assert seen.pixelColor(LAYOUT.drawing.center()) == background
    assert seen.pixelColor(LAYOUT.dial.center()) != QColor("#203080")


def _built(qtbot: QtBot, store: Store, clock: FakeClock, settings: QSettings) -> MainWindow:
    window = MainWindow(Session(store, clock, settings), RecordingCues())
    qtbot.addWidget(window)
    window.resize(1100, 760)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.wait(50)
    return window


def test_the_window_built_behind_its_first_frame_puts_calves_and_dial_where_they_were(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = _built(qtbot, store, clock, settings)
    found = frame_of(first)
    assert found is not None
    layout = found.layout
    settings.setValue("window/geometry", first.saveGeometry())
    settings.setValue("window/splitter", first.splitter.saveState())
    first.close()

    shell = MainWindow()
    qtbot.addWidget(shell)
    frame = shell.show_first_frame(settings, found, 20)
    with qtbot.waitSignal(frame.painted, timeout=5000):
        shell.show()
    assert frame.matches()  # the same size as when it was cached
    shell.attach(Session(store, clock, settings), RecordingCues())
    qtbot.wait(50)
    again = frame_of(shell)
    assert again is not None
    assert again.layout == layout  # nothing moved: the calves and the dial are where they were
    assert shell.centralWidget() is not frame
    assert shell.diagram.isVisible()


def test_a_frame_painted_dark_is_shown_dark_and_the_built_window_asks_the_system(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    """Following the system, the frame is shown as it was painted; building asks the system."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert not system_is_dark()  # the offscreen platform asks for no dark scheme
    dark_frame = cached(replace(LAYOUT, dark=True))
    with kept_palette(qapp):
        shell = MainWindow()
        qtbot.addWidget(shell)
        frame = shell.show_first_frame(settings, dark_frame, LAYOUT.ready_s)
        assert is_dark(qapp.palette())  # the frame's own theme, the system not asked yet
        assert frame.dial_is_picture
        shell.attach(Session(store, clock, settings), RecordingCues())
        assert not is_dark(qapp.palette())  # the window, once built, follows the system


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values")
def test_the_early_check_gives_way_to_the_window_and_the_window_keeps_its_priority(
    store: Store,
) -> None:
    store.close()
    before = os.getpriority(os.PRIO_PROCESS, 0)
    early = EarlyCheck(store.path, SCHEMA_VERSION)
    assert early.report().health.name == "SOUND"
    assert early.niceness == min(19, before + 10)  # the check's own thread steps back
    assert os.getpriority(os.PRIO_PROCESS, 0) == before  # the window's thread does not
    assert early.contents(wait=True) == []


def test_the_rows_are_checked_only_once_the_window_says_so(store: Store) -> None:
    store.close()
    early = EarlyCheck(store.path, SCHEMA_VERSION)
    assert early.report().health.name == "SOUND"
    time.sleep(0.2)
    assert early.contents() is None  # the rows wait: the first frame comes first
    early.go_on()
    deadline = time.monotonic() + 10
    while early.contents() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert early.contents() == []


CLAIM = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from knotimer.ui.start.singleinstance import SingleInstance
print(SingleInstance(Path(sys.argv[1])).claim(wait_s=8).value, flush=True)
"""


def test_a_second_launch_during_the_first_frame_waits_and_is_answered(
    qtbot: QtBot, data_dir: Path
) -> None:
    data_dir.mkdir(mode=0o700)
    first = SingleInstance(data_dir)
    assert first.claim(listen=False) is Claim.FIRST
    try:
        second = subprocess.Popen(
            [sys.executable, "-c", CLAIM, str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        qtbot.wait(1500)  # the first one is still building its window: no answer yet
        assert second.poll() is None
        first.listen()
        with qtbot.waitSignal(first.activated, timeout=20000):
            pass
        out, err = second.communicate(timeout=30)
    finally:
        first.release()
    assert out.strip() == Claim.FORWARDED.value, err


def _start(data_dir: Path, home: Path) -> list[str]:
    paint = home / "paint.txt"
    env = child_env(
        HOME=str(home),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_CONFIG_HOME=str(home / ".config"),
        KNOTIMER_FIRST_PAINT_FILE=str(paint),
        KNOTIMER_QUIT_AFTER_FIRST_PAINT="1",
    )
    done = subprocess.run(
        [sys.executable, "-m", "knotimer", "--data-dir", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return paint.read_text(encoding="utf-8").split()


def test_the_first_start_builds_first_and_the_next_shows_its_frame_first(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    first = _start(tmp_path / "data", home)
    assert first[2] == "DiagramWidget"  # no frame yet: the window was built, then shown
    assert (home / ".cache" / "knotimer" / "first-frame.png").is_file()  # kept at close
    second = _start(tmp_path / "data", home)
    assert second[2] == "FirstFrame"  # the cached frame was on the screen first
    assert second[3] == "Qt-not-loaded"  # two pictures: no Qt enums made, no dial drawn
    assert first[3] == "Qt-loaded"  # (the window built before its first paint needs them)
    assert first[4] == second[4] == "collector-on"  # paused for the start only
    assert int(second[1]) > 0  # the peak memory then, for the benchmark
