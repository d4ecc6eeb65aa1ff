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
from knotimer.cli import build_parser
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
