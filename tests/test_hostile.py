"""Hostile input: odd notes and folder names, a corrupt settings file, nonsense options."""

from __future__ import annotations

import csv
import io
import json
import os
import random
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from knotimer.core import edits
from knotimer.core.backup import make_daily_backup, newest_good_backup
from knotimer.core.export import write_csv, write_json
from knotimer.core.recovery import Health, check_database, move_aside, restore_backup
from knotimer.core.store import DB_FILENAME, SCHEMA_VERSION, Store

from fakes import FakeClock
from faults import REGIONS, drive, fill, integrity, run_python
from qtsupport import build_window
from spreadsheet import is_safe, restore

NOTES = [
    "",
    "nul \x00 in the middle\x00",
    "quotes ' \" `; --",
    "'); DROP TABLE holds; --",
    "line one\nline two\r\nline three\rend",
    "right-to-left \u202eevil\u202c and \u200f marks \u2066isolate\u2069",
    "emoji 🦵💆 and combining e\u0301",
    '=HYPERLINK("http://example.com")',
    "\t\tleading tabs",
    "x" * 1_000_000,  # 1 MB
    "".join(chr(random.Random(5).randrange(1, 0xD7FF)) for _ in range(5000)),
]


@pytest.mark.parametrize("note", NOTES, ids=range(len(NOTES)))
def test_notes_are_stored_and_exported_intact(
    store: Store, clock: FakeClock, data_dir: Path, note: str
) -> None:
    fill(store, clock, spots=1, holds_per_spot=1)
    edits.set_note(store, 1, note)
    assert store.spot(1).note == note
    store.close()
    reopened = Store.in_folder(data_dir)
    assert reopened.spot(1).note == note
    rows = list(reopened.export_rows())
    csv.field_size_limit(2_000_000)  # a 1 MB note is one CSV field
    csv_text = io.StringIO()
    write_csv(rows, csv_text)
    [row] = list(csv.DictReader(io.StringIO(csv_text.getvalue(), newline="")))
    assert is_safe(row["note"])  # whatever separator a spreadsheet splits on
    assert restore(row["note"]) == note
    json_text = io.StringIO()
    write_json(rows, json_text)
    assert json.loads(json_text.getvalue())["holds"][0]["note"] == note
    reopened.close()
    assert integrity(data_dir / DB_FILENAME) == ["ok"]


def test_a_note_that_is_not_text_gets_a_clear_error(store: Store, clock: FakeClock) -> None:
    fill(store, clock, spots=1, holds_per_spot=1)
    with pytest.raises(ValueError, match="surrogates not allowed"):
        edits.set_note(store, 1, "half an emoji \ud83e")
    with pytest.raises(ValueError, match="holds up to"):
        edits.set_note(store, 1, "x" * (edits.NOTE_LIMIT + 1))
    assert store.spot(1).note == ""


@pytest.mark.parametrize(
    ("x", "y"), [(float("nan"), 0.5), (0.5, float("inf")), (-0.0001, 0.5), (1e308, 1e308)]
)
def test_spots_outside_the_drawing_are_refused(
    store: Store, clock: FakeClock, x: float, y: float
) -> None:
    with pytest.raises(ValueError, match="inside the drawing"):
        store.add_spot(REGIONS[0], x, y, clock.now())


ODD_FOLDERS = [
    "spaces and 'quotes' and \"double\"",
    "uri?mode=rw&immutable=1#frag%20",
    "new\nline",
    "right-to-left \u202eevil",
    "🦵 calf",
]


@pytest.mark.parametrize("name", ODD_FOLDERS, ids=range(len(ODD_FOLDERS)))
def test_odd_folder_names_work_through_backup_and_recovery(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name / "data"
    store = Store.in_folder(folder)
    fill(store, FakeClock(), spots=3, holds_per_spot=2)
    assert make_daily_backup(folder / DB_FILENAME, date(2026, 11, 25)) is not None
    store.close()
    database = folder / DB_FILENAME
    assert check_database(database, SCHEMA_VERSION).health is Health.SOUND
    database.write_bytes(b"garbage" * 2000)
    assert check_database(database, SCHEMA_VERSION).health is Health.DAMAGED
    move_aside(database, datetime(2026, 11, 25, 12))
    offered = newest_good_backup(folder, SCHEMA_VERSION)
    assert offered is not None
    assert offered.holds == 6
    restore_backup(offered.backup, database)
    reopened = Store(database)
    assert len(list(reopened.export_rows())) == 6
    reopened.close()


def test_a_folder_name_that_is_not_utf8_opens(tmp_path: Path) -> None:
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/latin1-\xe9t\xe9"))
    events, done = drive("--data-dir", str(folder), plan={"window": "close"})
    assert done.returncode == 0, done.stderr
    assert {"window": "shown", "title": "knotimer"} in events
    assert (folder / DB_FILENAME).exists()


SETTINGS_FILES = {
    "random bytes": random.Random(3).randbytes(4000),
    "nonsense values": (
        b"[General]\nhold\\length_s=abc\n[hold]\nlength_s=-5\nvolume=1e999\n"
        b"[cues]\nend=\xff\xfe\nspeech=[[[\n\x00\x00\n"
    ),
    "too long": b"[hold]\nlength_s=999999999999999999999999\n",
    "half a file": b"[hold]\nlength_s=2",
}


@pytest.mark.parametrize("content", SETTINGS_FILES.values(), ids=SETTINGS_FILES.keys())
def test_a_corrupt_settings_file_does_not_stop_the_app(
    private_home: Path, data_dir: Path, content: bytes
) -> None:
    settings = private_home / ".config" / "knotimer" / "knotimer.conf"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(content)
    events, done = drive("--data-dir", str(data_dir), plan={"window": "close"})
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert {"window": "shown", "title": "knotimer"} in events
    [length] = [e["hold_length"] for e in events if "hold_length" in e]
    assert 10 <= int(length) <= 30  # type: ignore[call-overload]


def knotimer(*args: str, data_dir: Path) -> tuple[int, list[str], str]:
    env = dict(os.environ, KNOTIMER_DATA_DIR=str(data_dir))
    env.pop("DISPLAY", None)
    done = run_python("-m", "knotimer", *args, env=env)
    return done.returncode, done.stderr.strip().splitlines(), done.stdout


NONSENSE = [
    ["--hold", "twenty"],
    ["--hold", "1e400"],
    ["--hold", "0x14"],
    ["--hold", "２０.５"],
    ["--hold"],
    ["--hold", "20", "--hold", "nan"],
    ["--data-dir"],
    ["export", "--format", "xlsx"],
    ["export", "--format", ""],
    ["export", "--date", "2026-02-30"],
    ["export", "--date", "0000-01-01"],
    ["export", "--date", "today\n"],
    ["export", "--date", "9" * 5000],
    ["export", "--date", "\u202e52-11-6202"],
    ["export", "--output"],
    ["export", "--unknown"],
    ["export", "extra-argument"],
    ["\x7f\x1b[31m"],
]


@pytest.mark.parametrize("args", NONSENSE, ids=range(len(NONSENSE)))
def test_nonsense_on_the_command_line_gets_one_clear_line(data_dir: Path, args: list[str]) -> None:
    code, lines, _ = knotimer(*args, data_dir=data_dir)
    assert code == 2
    assert len(lines) == 1, lines
    assert lines[0].startswith("knotimer")
    assert "see 'knotimer" in lines[0]
    assert not data_dir.exists()  # nothing was created


@pytest.mark.parametrize(
    "output",
    [
        ".",
        "/",
        "/proc/version/x.csv",
        "no/such/folder/x.csv",
        "\u202e/x.csv",
    ],  # "" is an argument error (exit 2): test_cli.py
)
def test_an_export_that_cannot_be_written_says_so_in_one_line(
    data_dir: Path, tmp_path: Path, output: str
) -> None:
    store = Store.in_folder(data_dir)
    fill(store, FakeClock(), spots=1, holds_per_spot=1)
    store.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    code, lines, _ = knotimer("export", "--date", "all", "--output", output, data_dir=data_dir)
    assert code == 1
    assert len(lines) == 1, lines
    assert lines[0].startswith("knotimer: cannot write")
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no temporary file left


def test_an_export_of_a_damaged_record_says_so_in_one_line(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / DB_FILENAME).write_bytes(b"SQLite format 3\x00" + b"\x07" * 9000)
    code, lines, _ = knotimer("export", "--date", "all", data_dir=data_dir)
    assert code == 1
    assert len(lines) == 1, lines
    assert "damaged" in lines[0]


@pytest.mark.parametrize(
    ("stored", "kept"),
    [
        ("15", True),
        ("30", True),
        ("15.5", False),
        ("9", False),
        ("abc", False),
        ("1e999", False),
        ("999999999999999999999999", False),
        ("", False),
        ("nan", False),
    ],
)
def test_an_unusable_remembered_hold_length_gives_the_default(
    qtbot: QtBot, tmp_path: Path, stored: str, kept: bool
) -> None:
    from knotimer.app.settings import HOLD_LENGTH_KEY as SETTINGS_HOLD_LENGTH
    from knotimer.core.store import Store
    from knotimer.ui.common.cues import CuePlayer

    from fakes import FakeClock

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_HOLD_LENGTH, stored)
    store = Store.in_folder(tmp_path / "data")
    window = build_window(store, FakeClock(), CuePlayer(), settings)
    qtbot.addWidget(window)
    assert window.panel.length_s() == (int(stored) if kept else 20)
    store.close()


@pytest.mark.parametrize(
    "value",
    [
        "abc",
        "",
        "nan",
        "99999999999999999999",
        "-1e999",
        "inf",
    ],
)
def test_preferences_open_with_a_corrupt_routine_length(
    qtbot: QtBot, tmp_path: Path, value: str
) -> None:
    from knotimer.core.preferences import CuePreferences
    from knotimer.ui.preferences.dialog import PreferencesDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("routine/warm-up", value)
    dialog = PreferencesDialog(
        settings, hold_s=20, cues=CuePreferences(), voices=[], data_folder=tmp_path
    )
    qtbot.addWidget(dialog)
    from knotimer.core.routine import STEP_LIMITS_S, Step

    low, high = STEP_LIMITS_S
    assert low <= dialog.steps[Step.WARM_UP].value() <= high  # a usable length, not a crash
