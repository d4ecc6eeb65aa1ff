from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from knotimer import __version__
from knotimer.cli import EXIT_CLOSED_PIPE, build_parser, needs_a_display
from knotimer.core import edits
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.holdtimer import HoldTimer
from knotimer.core.store import Store

from fakes import FakeClock


def run_cli(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m knotimer`` with no display at all."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    if data_dir is not None:
        env["KNOTIMER_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "knotimer", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"knotimer {__version__}"


def test_help_explains_every_option() -> None:
    text = run_cli("--help").stdout
    for option in ("--hold", "--data-dir", "--version", "export"):
        assert option in text
    export_help = run_cli("export", "--help").stdout
    for option in ("--format", "--date", "--output", "--data-dir"):
        assert option in export_help


@pytest.mark.parametrize("bad", ["5", "31", "abc", "-10", "nan", "15.5", ""])
def test_bad_hold_lengths_are_refused_in_one_line(bad: str) -> None:
    result = run_cli("--hold", bad)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "--hold" in lines[0]
    assert "10 to 30" in lines[0]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["export", "--format", "xml"], "--format"),
        (["export", "--date", "yesterday-ish"], "--date"),
        (["export", "--date", "2026-13-45"], "--date"),
        (["frobnicate"], "frobnicate"),
        (["--no-such-option"], "--no-such-option"),
    ],
)
def test_nonsense_options_get_one_clear_line(args: list[str], needle: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert needle in lines[0]


def test_hold_is_parsed_for_the_window() -> None:
    assert build_parser().parse_args(["--hold", "15"]).hold == 15
    assert build_parser().parse_args(["--hold", "30.0"]).hold == 30


def _one_hold(data_dir: Path) -> None:
    clock = FakeClock()
    store = Store.in_folder(data_dir)
    spot = store.add_spot(Region(Side.RIGHT, Muscle.SOLEUS), 0.75, 0.55, clock.now())
    timer = HoldTimer(clock)
    timer.start(20)
    clock.advance(20)
    result = timer.poll()
    assert result is not None
    store.record_hold(spot.id, result)
    store.close()


def test_export_csv_to_stdout_without_a_display(data_dir: Path) -> None:
    _one_hold(data_dir)
    result = run_cli("export", "--format", "csv", "--date", "2026-11-25", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    [row] = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert row["side"] == "right"
    assert row["muscle"] == "soleus"
    assert row["local_start"] == "09:30:00"
    assert float(row["held_s"]) == 20
    assert row["outcome"] == "completed"


def test_export_json_to_a_private_file(data_dir: Path, tmp_path: Path) -> None:
    _one_hold(data_dir)
    target = tmp_path / "out.json"
    result = run_cli(
        "export", "--format", "json", "--date", "all", "--output", str(target), data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [hold["muscle"] for hold in document["holds"]] == ["soleus"]


def test_export_with_no_database_writes_an_empty_table_and_creates_nothing(
    data_dir: Path,
) -> None:
    result = run_cli("export", data_dir=data_dir)
    assert result.returncode == 0
    assert result.stdout.startswith("hold_id,")
    assert not data_dir.exists()


def test_export_to_an_unwritable_place_fails_clearly(data_dir: Path) -> None:
    _one_hold(data_dir)
    result = run_cli("export", "--output", "/proc/no/such/dir/x.csv", data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr.startswith("knotimer: cannot write")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args",
    [
        ["--data-dir", ""],
        ["export", "--data-dir", " "],
        ["export", "--output", ""],
        ["report", "--output", ""],
    ],
)
def test_empty_names_are_refused_in_one_line(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "empty name" in line


def test_export_never_replaces_a_folder_or_writes_through_a_link(
    data_dir: Path, tmp_path: Path
) -> None:
    _one_hold(data_dir)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = run_cli("export", "--output", str(folder), data_dir=data_dir)
    assert result.returncode == 1
    assert "not a regular file" in result.stderr
    assert folder.is_dir()
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    result = run_cli("export", "--date", "all", "--output", str(link), data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"knotimer: cannot write {link}: it is a symbolic link; knotimer does not write "
        "through links (name the file itself)"
    ]
    assert link.is_symlink()
    assert real.read_text() == "old"  # the file it points to is untouched


# -- a reader that stops early (| head) -------------------------------------------------------
def _big_record(data_dir: Path) -> None:
    """One hold whose note alone is larger than a pipe's buffer."""
    _one_hold(data_dir)
    store = Store.in_folder(data_dir)
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
    head = subprocess.run(
        ["head", "-n", "1"], stdin=knotimer.stdout, capture_output=True, timeout=60, check=True
    )
    knotimer.stdout.close()  # only head reads it now: when head stops, the pipe is closed
    error = knotimer.stderr.read().decode()
    knotimer.stderr.close()
    assert knotimer.wait(timeout=60) == EXIT_CLOSED_PIPE
    assert head.stdout.decode().startswith("hold_id,spot_id,")
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
