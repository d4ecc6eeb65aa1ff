from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QIODevice, QLocale
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.holdtimer import HoldResult, HoldTimer
from knotimer.core.store import Store
from knotimer.ui.report import pdf as report
from knotimer.ui.report.data import gather
from knotimer.ui.report.pdf import DIAGRAM_MM, MARGIN_MM, report_dialog, write_report

from fakes import FakeClock
from qtsupport import pdf_text

DAY1, DAY2, DAY3 = date(2026, 11, 25), date(2026, 11, 26), date(2026, 11, 27)
GENERATED = datetime(2026, 11, 27, 21, 30, tzinfo=timezone(timedelta(hours=1)))
CALF = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
SOLEUS = Region(Side.RIGHT, Muscle.SOLEUS)
LATERAL = Region(Side.RIGHT, Muscle.GASTROCNEMIUS_LATERAL)
FIBULARIS = Region(Side.RIGHT, Muscle.FIBULARIS)


@pytest.fixture(autouse=True)
def english_dates(qapp: QApplication) -> Iterator[None]:
    """Month and weekday names as the assertions spell them, whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


def _hold(store: Store, clock: FakeClock, spot_id: int, seconds: float, end: str) -> None:
    timer = HoldTimer(clock)
    timer.start(seconds if end == "completed" else 30)
    clock.advance(seconds)
    result: HoldResult | None
    if end == "completed":
        result = timer.poll()
    else:
        result = {"released": timer.release, "cancelled": timer.cancel}.get(end, timer.interrupt)()
    assert result is not None
    assert result.outcome.value == end
    store.record_hold(spot_id, result)
    clock.advance(40)


def _three_days(store: Store, clock: FakeClock) -> None:
    """25 Nov: three spots; 26 and 27 Nov: the same calf knot again, and one new spot."""
    calf = store.add_spot(CALF, 0.30, 0.35, clock.now())
    _hold(store, clock, calf.id, 20, "completed")
    _hold(store, clock, calf.id, 12, "released")
    soleus = store.add_spot(SOLEUS, 0.72, 0.60, clock.now())
    _hold(store, clock, soleus.id, 20, "completed")
    _hold(store, clock, soleus.id, 5, "cancelled")
    lateral = store.add_spot(LATERAL, 0.82, 0.33, clock.now())
    _hold(store, clock, lateral.id, 8, "interrupted")
    clock.advance(86_400 - 300)
    again = store.add_spot(CALF, 0.305, 0.352, clock.now())
    _hold(store, clock, again.id, 30, "completed")
    fibularis = store.add_spot(FIBULARIS, 0.93, 0.45, clock.now())
    _hold(store, clock, fibularis.id, 20, "completed")
    clock.advance(86_400 - 200)
    third = store.add_spot(CALF, 0.298, 0.348, clock.now())
    _hold(store, clock, third.id, 20, "completed")
    _hold(store, clock, third.id, 20, "completed")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the reports (out also holds the data and home folders)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def history(store: Store, clock: FakeClock) -> Store:
    _three_days(store, clock)
    return store


RATINGS = {1: (7, 4), 2: (6, 4), 6: (5, 3), 8: (4, 2), 9: (4, 2)}  # hold id: before, after


def rate(store: Store) -> Store:
    """Tenderness ratings on the calf knot's holds, stored as the app stores them."""
    for hold_id, (before, after) in RATINGS.items():
        store.change(
            "UPDATE holds SET tenderness_before = ?, tenderness_after = ? WHERE id = ?",
            (before, after, hold_id),
        )
    return store


def test_one_day_report_names_each_spot_and_lists_every_hold(history: Store, out: Path) -> None:
    target = out / "day.pdf"
    assert write_report(rate(history), DAY1, DAY1, target, generated=GENERATED) == 1
    text = pdf_text(target)
    assert "knotimer — calf self-massage record" in text
    assert "Wednesday, 25 November 2026" in text
    assert "Generated 27 November 2026, 21:30" in text
    assert "Spots, in the order marked" in text
    assert re.search(r"1\s+Left · medial gastrocnemius ·\s+2\s+32 s\s+1 completed", text)
    assert re.search(r"2\s+Right · soleus · lower part\s+1\s+20 s\s+1 completed", text)
    assert re.search(r"3\s+Right · lateral gastrocnemius ·\s+1\s+8 ?s\s+1 interrupted", text)
    assert re.search(r"middle, outer edge", text)  # where on the muscle each spot lies
    assert re.search(r"Total\s+4\s+1 min 00 s", text)
    assert re.search(r"Cancelled holds \(not counted\)\s+1", text)
    assert re.search(r"Let go early \(ended with Enter\)\s+1", text)
    assert "09:30–09:31" in text  # local times of the first and last hold on the calf spot
    assert "fibularis" not in text  # marked the next day
    # Every hold of the day, each with its own before → after (cancelled ones too).
    assert "Every hold, in the order made" in text
    holds = re.findall(
        r"^\s*(\d\d:\d\d)\s+(\d)\s+\d+ ?s\s+\d+ ?s\s+(\w[\w ]*?)\s{2,}(\S.*)$", text, re.M
    )
    assert [(time, n, end.strip(), change.replace(" ", "")) for time, n, end, change in holds] == [
        ("09:30", "1", "completed", "7→4"),
        ("09:31", "1", "released early", "6→4"),
        ("09:31", "2", "completed", "–"),
        ("09:32", "2", "cancelled", "–"),
        ("09:33", "3", "interrupted", "–"),
    ]
    assert "avg" not in text  # a day's holds are each shown, never averaged
    assert "not a diagnosis" in text
    assert "Page 1 of 1" in text


def test_a_period_counts_a_recurring_knot_once(history: Store, out: Path) -> None:
    target = out / "range.pdf"
    pages = write_report(history, DAY1, DAY3, target, generated=GENERATED)
    text = "".join(pdf_text(target, page) for page in range(1, pages + 1))
    assert "25 November 2026 – 27 November 2026 (3 days)" in text
    assert "Knots, most held first" in text
    assert re.search(r"1\s+Left · medial gastrocnemius ·\s+5\s+3 · 25 Nov 2026", text)
    assert re.search(r"Right · fibularis longus ·\s+1\s+1 · 26 Nov 2026", text)
    assert re.search(r"Knots \(nearby spots counted as one\)\s+4", text)
    assert re.search(r"Days with holds\s+3 of 3", text)
    assert re.search(r"Holds\s+8", text)
    assert "Day by day" in text
    assert re.search(r"26 Nov 2026\s+1\s+2\s+50 s", text)
    assert "nothing to chart" in text


def test_a_period_compares_each_knot_like_for_like_and_charts_it(history: Store, out: Path) -> None:
    target = out / "rated.pdf"
    pages = write_report(rate(history), DAY1, DAY3, target, generated=GENERATED)
    text = "".join(pdf_text(target, page) for page in range(1, pages + 1))
    # Before-ratings of its first day (7, 6) against its latest day (4, 4); each hold eased it
    # by 3, 2, 2, 2, 2. Never one average over different knots: no total of tenderness at all.
    assert re.search(r"Left · medial gastrocnemius ·.*avg 6\.5 → 4\s+avg 2\.2\s+12 s", text)
    assert re.search(r"Right · soleus · lower part\s+1\s+1 · 25 Nov 2026\s+–\s+–\s+–", text)
    assert "Tenderness 0–10" not in text
    assert "The top knots over time" in text
    assert "Each point: one knot's average of one day" in text
    assert "1 · Left · medial gastrocnemius" in text  # the one chart, titled by its knot
    assert "2 · Right" not in text  # knots without ratings get no empty chart
    assert "nothing to chart" not in text


def test_markers_sit_on_the_marked_spots(history: Store, out: Path) -> None:
    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm is missing: CI must install poppler-utils")
        pytest.skip("pdftoppm (poppler-utils) is not installed here")
    target = out / "day.pdf"
    write_report(history, DAY1, DAY1, target)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(target), str(out / "p")],
        check=True,
        timeout=60,
    )
    image = QImage(str(next(out.glob("p*.png"))))
    assert not image.isNull()
    left, top, width, height = DIAGRAM_MM

    def blue_near(x: float, y: float) -> int:
        cx = round((MARGIN_MM + left + x * width) * 60 / 25.4)
        cy = round((MARGIN_MM + top + y * height) * 60 / 25.4)
        found = 0
        for py in range(cy - 6, cy + 7):
            for px in range(cx - 6, cx + 7):
                colour = QColor(image.pixel(px, py))
                found += colour.blue() > 150 and colour.red() < 90
        return found

    for x, y in ((0.30, 0.35), (0.72, 0.60), (0.82, 0.33)):
        assert blue_near(x, y) > 20
    assert blue_near(0.30, 0.60) == 0  # a place on the left calf with no spot


def test_a_long_day_runs_over_pages_with_the_headers_repeated(
    store: Store, clock: FakeClock, out: Path
) -> None:
    for index in range(45):
        spot = store.add_spot(SOLEUS, 0.6 + (index % 9) * 0.03, 0.3 + index * 0.01, clock.now())
        _hold(store, clock, spot.id, 20, "completed")
    target = out / "long.pdf"
    pages = write_report(store, DAY1, DAY1, target)
    assert pages >= 2
    texts = [pdf_text(target, page) for page in range(1, pages + 1)]
    [total] = [t for t in texts if re.search(r"Total\s+45\s+15 min 00 s", t)]
    assert re.search(r"#\s+Spot\s+Holds\s+Time held", total)
    assert re.search(r"45\s+Right · soleus ·", total)
    last = texts[-1]
    assert re.search(r"Time\s+#\s+Planned\s+Held\s+Outcome", last)  # every hold's header again
    assert re.search(r"\s45\s+20 s\s+20 s\s+completed", last)  # ... down to the 45th hold
    assert sum(len(re.findall(r"\s\d+\s+20 s\s+20 s\s+completed", t)) for t in texts) == 45
    assert f"Page {pages} of {pages}" in last
    # The drawing numbers the first 20 spots; the tables have all 45.
    assert [mark.number for mark in gather(store, DAY1, DAY1).marks()] == list(range(1, 21))


def test_an_empty_period_says_so(store: Store, out: Path) -> None:
    target = out / "empty.pdf"
    assert write_report(store, DAY1, DAY2, target) == 1
    assert "Nothing was recorded in this period." in pdf_text(target)


def test_a_period_ending_before_it_starts_is_refused(store: Store, out: Path) -> None:
    with pytest.raises(ValueError, match="before it starts"):
        write_report(store, DAY2, DAY1, out / "x.pdf")
    assert list(out.iterdir()) == []


def test_the_file_is_private_and_replaces_the_old_one_whole(history: Store, out: Path) -> None:
    target = out / "report.pdf"
    target.write_text("an older report", encoding="utf-8")
    target.chmod(0o644)
    write_report(history, DAY1, DAY1, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in out.iterdir()] == ["report.pdf"]


def test_an_unwritable_place_fails_cleanly(history: Store, out: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_report(history, DAY1, DAY1, out / "no" / "such" / "report.pdf")
    assert list(out.iterdir()) == []


def test_a_failure_while_painting_leaves_no_partial_file(
    history: Store, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report, "paint_footer", disk_full)
    target = out / "report.pdf"
    target.write_text("an older report", encoding="utf-8")
    with pytest.raises(OSError, match="No space left"):
        write_report(history, DAY1, DAY1, target)
    assert target.read_text(encoding="utf-8") == "an older report"
    assert [p.name for p in out.iterdir()] == ["report.pdf"]


def test_a_truncated_pdf_is_never_renamed_into_place(
    history: Store, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_written(*args: object) -> int:
        device: QIODevice = args[-1]  # type: ignore[assignment]
        device.write(b"%PDF-1.4\n1 0 obj\n")
        return 1

    monkeypatch.setattr(report, "_paint_pdf", half_written)
    with pytest.raises(OSError, match="incomplete"):
        write_report(history, DAY1, DAY1, out / "report.pdf")
    assert list(out.iterdir()) == []


# -- from the window -------------------------------------------------------------------------
@pytest.fixture
def parent(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def test_the_dialog_writes_where_the_user_chose(
    parent: QMainWindow, history: Store, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(*args: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(out / "for my therapist"), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    written = report_dialog(parent, history, DAY1, DAY3)
    assert written == out / "for my therapist.pdf"
    assert asked[0].endswith("knotimer-2026-11-25-to-2026-11-27.pdf")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert "Saved a report of 2 pages" in parent.statusBar().currentMessage()


def test_the_dialog_does_nothing_when_cancelled(
    parent: QMainWindow, history: Store, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert report_dialog(parent, history, DAY1, DAY1) is None
    assert list(out.glob("**/*.pdf")) == []


def test_the_dialog_warns_when_the_file_cannot_be_written(
    parent: QMainWindow, history: Store, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    bad = out / "missing" / "r.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(str(a[2])))
    assert report_dialog(parent, history, DAY1, DAY1) is None
    assert len(warnings) == 1
    assert str(bad) in warnings[0]
    assert not bad.parent.exists()


# -- the command line ------------------------------------------------------------------------
def run_cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """``python -m knotimer`` with no display and no Qt platform chosen."""
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["KNOTIMER_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "knotimer", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_report_on_the_command_line_without_a_display(data_dir: Path, tmp_path: Path) -> None:
    store = Store.in_folder(data_dir)
    _three_days(store, FakeClock())
    store.close()
    target = tmp_path / "out.pdf"
    result = run_cli(
        "report",
        "--from",
        "2026-11-25",
        "--to",
        "2026-11-27",
        "--output",
        str(target),
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"knotimer: wrote {target} (2 pages)"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert re.search(r"Left · medial gastrocnemius ·\s+5\s+3 · 25 Nov 2026", pdf_text(target))


def test_report_help_explains_each_option(data_dir: Path) -> None:
    text = run_cli("report", "--help", data_dir=data_dir).stdout
    for option in ("--date", "--from", "--to", "--output", "--data-dir"):
        assert option in text
    assert "report" in run_cli("--help", data_dir=data_dir).stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--date", "2026-11-25", "--from", "2026-11-20", "--to", "2026-11-25"], "not both"),
        (["--from", "2026-11-20"], "give both"),
        (["--to", "2026-11-20"], "give both"),
        (["--from", "2026-11-26", "--to", "2026-11-25"], "is after --to"),
        (["--date", "yesterday"], "--date"),
        (["--from", "2026-02-30", "--to", "2026-03-01"], "--from"),
        ([], "--output"),
    ],
)
def test_bad_report_arguments_get_one_line_and_exit_2(
    args: list[str], needle: str, data_dir: Path, tmp_path: Path
) -> None:
    output = [] if args == [] else ["--output", str(tmp_path / "x.pdf")]
    result = run_cli("report", *args, *output, data_dir=data_dir)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert needle in lines[0]
    assert list(tmp_path.glob("*.pdf")) == []


def test_report_to_an_unwritable_place_fails_in_one_line(data_dir: Path) -> None:
    result = run_cli(
        "report", "--date", "2026-11-25", "--output", "/proc/no/such/dir/r.pdf", data_dir=data_dir
    )
    assert result.returncode == 1
    assert result.stderr.startswith("knotimer: cannot write /proc/no/such/dir/r.pdf")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not data_dir.exists()
