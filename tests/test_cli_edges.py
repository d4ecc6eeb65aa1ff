"""The command line at its edges: a reader that stops early, and no display for the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from knotimer.cli import EXIT_CLOSED_PIPE, needs_a_display
from knotimer.core import edits
from knotimer.core.store import Store

from fakes import FakeClock
from faults import fill


# -- a reader that stops early (| head) -------------------------------------------------------
def _big_record(data_dir: Path) -> None:
    """One hold whose note alone is larger than a pipe's buffer."""
    store = Store.in_folder(data_dir)
    fill(store, FakeClock(), spots=1, holds_per_spot=1)
    edits.set_note(store, 1, "a long note " * 40_000)
    store.close()


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    """No display; stdout buffered as usual (PYTHONUNBUFFERED would hide the flush at exit)."""
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONUNBUFFERED")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    return {**env, "KNOTIMER_DATA_DIR": str(data_dir), **extra}


def test_export_into_a_pipe_that_closes_early_ends_quietly(data_dir: Path) -> None:
    _big_record(data_dir)
    knotimer = subprocess.Popen(
        [sys.executable, "-m", "knotimer", "export", "--date", "all"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(data_dir),
    )
    assert knotimer.stdout is not None
    assert knotimer.stderr is not None
    head = subprocess.Popen(["head", "-n", "1"], stdin=knotimer.stdout, stdout=subprocess.PIPE)
    knotimer.stdout.close()  # only head reads it now: when head stops, the pipe is closed
    first_line, _ = head.communicate(timeout=60)
    error = knotimer.stderr.read().decode()
    knotimer.stderr.close()
    assert knotimer.wait(timeout=60) == EXIT_CLOSED_PIPE
    assert first_line.decode().startswith("hold_id,spot_id,")
    assert error == ""  # no "cannot write", no "Exception ignored ... BrokenPipeError"


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--date", "all"],
        ["export", "--date", "all", "--output", "-"],
        ["report", "--date", "2026-11-25", "--output", "{tmp}/r.pdf"],  # its "wrote" line
        ["--version"],
        ["--help"],
    ],
    ids=["export", "export -", "report", "version", "help"],
)
def test_output_into_an_already_closed_pipe_ends_quietly(
    data_dir: Path, tmp_path: Path, args: list[str]
) -> None:
    _big_record(data_dir)
    reading, writing = os.pipe()
    os.close(reading)  # the reader has gone before knotimer writes anything
    try:
        done = subprocess.run(
            [sys.executable, "-m", "knotimer", *(a.format(tmp=tmp_path) for a in args)],
            stdout=writing,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(data_dir),
            timeout=60,
            check=False,
        )
    finally:
        os.close(writing)
    assert (done.returncode, done.stderr) == (EXIT_CLOSED_PIPE, "")
    if args[0] == "report":
        assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")  # the report was written


def test_a_report_cannot_go_to_standard_output_and_says_so(data_dir: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "knotimer", "report", "--output", "-"],
        capture_output=True,
        text=True,
        env=_env(data_dir),
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("knotimer report: a report is a PDF file")
    assert not (tmp_path / "-").exists()  # no file called "-"


# -- the window without a display -------------------------------------------------------------
@pytest.mark.parametrize("platform", [None, "xcb", "wayland", "wayland;xcb"])
def test_the_window_without_a_display_says_so_in_one_line(
    data_dir: Path, tmp_path: Path, platform: str | None
) -> None:
    env = _env(data_dir, XDG_RUNTIME_DIR=str(tmp_path))  # no Wayland socket there either
    env.pop("QT_QPA_PLATFORM", None)
    if platform is not None:
        env["QT_QPA_PLATFORM"] = platform
    done = subprocess.run(
        [sys.executable, "-m", "knotimer"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert line.startswith("knotimer: the window needs a desktop session")
    assert "QT_QPA_PLATFORM=offscreen" in line
    assert not data_dir.exists()  # it stopped before opening anything


def test_the_display_check_is_for_linux_and_bsd_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    for platform, refused in [("linux", True), ("freebsd14", True), ("darwin", False)]:
        monkeypatch.setattr(sys, "platform", platform)
        assert (needs_a_display() is not None) == refused, platform
    monkeypatch.setattr(sys, "platform", "win32")
    assert needs_a_display() is None
    monkeypatch.setattr(sys, "platform", "linux")
    for usable in ({"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-1"}, {"QT_QPA_PLATFORM": "vnc"}):
        with monkeypatch.context() as inner:
            for name, value in usable.items():
                inner.setenv(name, value)
            assert needs_a_display() is None, usable
    (tmp_path / "wayland-0").touch()  # Wayland's default socket: Qt finds it by itself
    assert needs_a_display() is None
