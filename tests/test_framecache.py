"""The first frame's cache file: kept whole and private, read back, ignored when unsafe or stale."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from frames import DRAWING, FULL, LAYOUT, cached
from knotimer.ui.main.framecache import (
    FRAME_KEY,
    LANGUAGE_KEY,
    MAX_FRAME_BYTES,
    FrameLayout,
    load_frame,
    save_frame,
)


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
