"""The first frame: a cached picture shown at once, ignored when unsafe or stale, and no jump."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, QSettings, QSize
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from knotimer.app.session import Session
from knotimer.core.recovery import EarlyCheck
from knotimer.core.store import SCHEMA_VERSION, Store
from knotimer.ui.main.firstframe import FirstFrame, frame_of
from knotimer.ui.main.framecache import (
    FRAME_KEY,
    LANGUAGE_KEY,
    MAX_FRAME_BYTES,
    CachedFrame,
    FrameLayout,
    load_frame,
    save_frame,
)
from knotimer.ui.main.window import MainWindow
from knotimer.ui.start.singleinstance import Claim, SingleInstance

from fakes import FakeClock
from faults import child_env
from qtsupport import RecordingCues

LAYOUT = FrameLayout(QSize(900, 600), 1.0, QRect(40, 40, 300, 500), QRect(500, 100, 300, 200))


DRAWING = QSize(300, 500)
FULL = QSize(300, 700)  # the calves' picture above the dial's, as the file holds them


def picture(size: QSize = DRAWING, colour: str = "#805030") -> QPixmap:
    image = QPixmap(size)
    image.fill(QColor(colour))
    return image


def cached(layout: FrameLayout = LAYOUT) -> CachedFrame:
    """Calves in brown, the dial in blue."""
    return CachedFrame.of(layout, picture(), picture(layout.dial.size(), "#203080"))


def test_a_saved_frame_comes_back(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "cache" / "first-frame.png"
    assert save_frame(cached(), path)
    assert path.stat().st_mode & 0o777 == 0o600
    loaded = load_frame(path)
    assert loaded is not None
    assert loaded.layout == cached().layout
    assert (loaded.layout.calves_px, loaded.layout.dial_px) == (QSize(300, 500), QSize(300, 200))
    calves = loaded.part(loaded.calves_source()).toImage()
    dial = loaded.part(loaded.dial_source()).toImage()  # the ready dial, kept below them
    assert calves.size() == QSize(300, 500)
    assert calves.pixelColor(10, 10) == calves.pixelColor(10, 499) == QColor("#805030")
    assert dial.size() == QSize(300, 200)
    assert dial.pixelColor(10, 0) == dial.pixelColor(10, 199) == QColor("#203080")


def test_saving_removes_half_written_frames_of_a_killed_start(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "cache" / "first-frame.png"
    path.parent.mkdir(mode=0o700)
    left_over = path.parent / ".first-frame.png.1a2b3c4d.part"
    left_over.write_bytes(b"\x89PNG half")
    victim = tmp_path / "victim"
    victim.write_text("keep me")
    planted = path.parent / ".first-frame.png.5e6f7a8b.part"
    planted.symlink_to(victim)
    other = path.parent / "notes.txt"
    other.write_text("not a frame")
    assert save_frame(cached(), path)
    assert not left_over.exists()
    assert planted.is_symlink()  # not a plain file: left alone, and never followed
    assert victim.read_text() == "keep me"
    assert other.read_text() == "not a frame"
    assert sorted(p.name for p in path.parent.iterdir()) == [
        ".first-frame.png.5e6f7a8b.part",
        "first-frame.png",
        "notes.txt",
    ]


def test_a_frame_in_another_language_is_not_shown(qtbot: QtBot, tmp_path: Path) -> None:
    """The cached calves carry their words ('Left', 'Links'): a new language builds afresh."""
    path = tmp_path / "cache" / "first-frame.png"
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        assert save_frame(cached(), path)
        assert load_frame(path) is not None
        QLocale.setDefault(QLocale("de_DE"))
        assert load_frame(path) is None
    finally:
        QLocale.setDefault(previous)


def _png_with(tmp_path: Path, text: str, size: QSize = DRAWING) -> Path:
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0)
    image.setText(FRAME_KEY, text)
    image.setText(LANGUAGE_KEY, QLocale().name())
    path = tmp_path / "frame.png"
    assert image.save(str(path), "PNG")  # type: ignore[call-overload]
    return path


def test_a_well_made_file_is_used(qtbot: QtBot, tmp_path: Path) -> None:
    """The cases below fail for their own reason: the same file, made right, is shown."""
    loaded = load_frame(_png_with(tmp_path, cached().layout.as_text(), FULL))
    assert loaded is not None
    assert loaded.layout == cached().layout


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda tmp: tmp / "absent.png", id="absent"),
        pytest.param(
            lambda tmp: (tmp / "garbage.png").write_bytes(b"\x89PNG junk") and tmp / "garbage.png",
            id="garbage",
        ),
        pytest.param(lambda tmp: _png_with(tmp, "not json"), id="no-layout"),
        pytest.param(lambda tmp: _png_with(tmp, LAYOUT.as_text(), FULL), id="no-pixel-sizes"),
        pytest.param(
            lambda tmp: _png_with(
                tmp, cached().layout.as_text().replace('"version": 2', '"version": 9'), FULL
            ),
            id="other-version",
        ),
        pytest.param(
            lambda tmp: _png_with(tmp, cached().layout.as_text(), QSize(300, 699)),
            id="size-mismatch",
        ),
        pytest.param(
            lambda tmp: _png_with(
                tmp,
                FrameLayout(
                    QSize(100, 100), 1.0, QRect(40, 40, 300, 500), QRect(0, 0, 10, 10)
                ).as_text(),
            ),
            id="outside-the-window",
        ),
    ],
)
def test_an_unusable_frame_is_ignored(qtbot: QtBot, tmp_path: Path, make: object) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    assert load_frame(path) is None


def test_a_link_a_pipe_a_folder_and_a_huge_file_are_not_read(qtbot: QtBot, tmp_path: Path) -> None:
    good = tmp_path / "good.png"
    assert save_frame(cached(), good)
    link = tmp_path / "link.png"
    link.symlink_to(good)
    pipe = tmp_path / "pipe.png"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.png"
    folder.mkdir()
    huge = tmp_path / "huge.png"
    huge.write_bytes(good.read_bytes())
    os.truncate(huge, MAX_FRAME_BYTES + 1)
    began = time.monotonic()
    for path in (link, pipe, folder, huge):
        assert load_frame(path) is None, path
    assert time.monotonic() - began < 2  # a pipe with no writer does not hang the start
    assert load_frame(good) is not None


def test_a_frame_that_cannot_be_saved_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    assert not save_frame(cached(), blocker / "first-frame.png")
    assert blocker.read_text() == "a file where the cache folder would be"
    target = tmp_path / "frame.png"
    target.symlink_to(tmp_path / "elsewhere.png")
    assert not save_frame(cached(), target)  # never written through a link
    assert not (tmp_path / "elsewhere.png").exists()


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
