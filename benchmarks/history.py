"""History at scale: today's view, heat map, CSV of everything and PDFs, over 100 000 holds.

Each figure is measured beside its floor, in turns (see ``common.interleaved``): the same
result got the plain way, with bare ``sqlite3``, ``csv`` and Qt, minus knotimer's own work.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSettings, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from common import interleaved, median, worker_main
from knotimer.app.session import Session
from knotimer.core.clock import SystemClock
from knotimer.core.export import COLUMNS, write_csv
from knotimer.core.heatfield import HeatBy, heat_field
from knotimer.core.recurring import heat_spots, recurring_knots
from knotimer.core.store import DB_FILENAME, Store
from knotimer.resources import asset
from knotimer.ui.common.cues import CuePlayer
from knotimer.ui.history.knots import heat_points
from knotimer.ui.main.window import MainWindow
from knotimer.ui.report.data import gather
from knotimer.ui.report.pdf import write_report
from knotimer.ui.report.periodtables import period_html
from knotimer.ui.report.tables import day_html, summary_html
from make_history import ensure_history
from qtkit import application

DAY_BATCH = 20  # day_summary takes a fraction of a millisecond: each sample times this many
PDF_DPI = 300
PDF_MARGIN_MM = 15.0
PICTURE_MM = (0.0, 31.0, 68.0, 102.0)  # where the report draws the calves: left, top, w, h


def mm(value: float) -> float:
    """Millimetres in the PDF's device pixels."""
    return value * PDF_DPI / 25.4


class DayClock(SystemClock):
    """The real clocks, but the wall clock reads a fixed evening of the history's last day."""

    def __init__(self, day: date) -> None:
        super().__init__()
        self._now = datetime.combine(day, clock_time(21, 30)).astimezone()

    def now(self) -> datetime:
        """The history's last day, 21:30 local time."""
        return self._now


def timed(action: Callable[[], object], runs: int, warmups: int = 1) -> list[float]:
    """Milliseconds per call of ``action``, after ``warmups`` untimed calls."""
    for _ in range(warmups):
        action()
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        samples.append((time.perf_counter() - began) * 1000.0)
    return samples


def batched(action: Callable[[], object], times: int) -> Callable[[], None]:
    """``action`` called ``times`` times in a row (one sample of something very quick)."""

    def run() -> None:
        for _ in range(times):
            action()

    return run


# -- floors: the same rows read, written or laid out the plain way -----------------------

# The day's list reads that day's holds with their spots, and the spots marked that day.
# The floor fetches exactly those rows with two plain indexed SELECTs; day_summary's own
# work on top is summing them up per spot (in SQL) and building its SpotSummary objects.
DAY_HOLDS = (
    "SELECT h.*, s.* FROM holds AS h JOIN spots AS s ON s.id = h.spot_id"
    " WHERE h.local_date = ? AND h.deleted = 0"
)
DAY_SPOTS = "SELECT * FROM spots WHERE local_date = ? AND deleted = 0"

# What heat_spots(store, None) reads: every counted hold (the columns its sums are made of)
# and every live spot. The floor fetches those rows as they are stored into Python tuples;
# knotimer's own work on top is summing them per spot and day, making its Spot objects,
# clustering spots into knots and spreading the knots over the field.
COUNTED_HOLDS = (
    "SELECT spot_id, local_date, outcome, held_s, tenderness_before, tenderness_after"
    " FROM holds WHERE deleted = 0 AND outcome != 'cancelled'"
)
SPAN_HOLDS = COUNTED_HOLDS + " AND local_date BETWEEN ? AND ?"
LIVE_SPOTS = (
    "SELECT id, side, muscle, x, y, created_utc, utc_offset_s, note FROM spots WHERE deleted = 0"
)

# The CSV's columns, in its order, from one plain query: the local start time and the
# rounding done by SQLite, release_s by a CASE; the place on the muscle is knotimer's own
# geometry, so the floor writes a word of the same length instead. csv.writer writes the
# cursor straight to a file opened as the export's is. Left to knotimer: its ExportRow
# objects, the time and decimals worked out in Python, and the spreadsheet-formula guard.
PLAIN_DUMP = """
    SELECT h.id, h.spot_id, h.local_date, time(h.started_utc, h.utc_offset_s || ' seconds'),
           h.started_utc, s.side, s.muscle, round(s.x, 4), round(s.y, 4),
           round(h.planned_s, 3), round(h.held_s, 3), h.outcome, s.note,
           h.tenderness_before, h.tenderness_after, 'middle',
           CASE WHEN h.outcome = 'released' THEN round(h.held_s, 3) END
    FROM holds AS h JOIN spots AS s ON s.id = h.spot_id
    WHERE h.deleted = 0 AND s.deleted = 0
    ORDER BY h.started_utc, h.id
"""


def plain_dump(db: sqlite3.Connection, out: Path) -> None:
    """The CSV floor: one SELECT of the export's columns, written by csv.writer."""
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        writer.writerows(db.execute(PLAIN_DUMP))


def bare_pdf(out: Path, text: str, pages: int) -> int:
    """The PDF floor: a bare QPdfWriter, ``text`` (HTML) laid out and painted, a picture.

    The same A4 page, margins and resolution as the report, the same words and tables (the
    report's own HTML, made beforehand), the calf drawing loaded and painted on the first
    page, over as many pages as the report has. Left to knotimer: gathering and summing the
    record, writing the HTML, the header, footers, markers and charts, and the private,
    synced file.
    """
    writer = QPdfWriter(str(out))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    width, height = float(writer.width()), float(writer.height())
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setPointSizeF(9)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(text)
    doc.setTextWidth(width)
    doc.setPageSize(QSizeF(width, height))
    text_pages = doc.pageCount()
    picture = QSvgRenderer(str(asset("diagram/calves.svg")))
    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for page in range(max(pages, text_pages)):
            if page:
                writer.newPage()
            if page == 0:
                picture.render(painter, QRectF(*(mm(v) for v in PICTURE_MM)))
            if page < text_pages:
                painter.save()
                painter.translate(0, -page * height)
                doc.drawContents(painter, QRectF(0, page * height, width, height))
                painter.restore()
    finally:
        painter.end()
    return max(pages, text_pages)


def report_text(store: Store, first: date, last: date) -> str:
    """The report's words and tables as HTML (knotimer's, made once, not timed)."""
    report = gather(store, first, last)
    return summary_html(report) + (day_html(report) if first == last else period_html(report))


def measure(args: argparse.Namespace) -> dict[str, Any]:
    runs = 3 if args.quick else 7
    source = Path(args.db) if args.db else ensure_history()
    application()

    with tempfile.TemporaryDirectory(prefix="knotimer-bench-") as scratch:
        folder = Path(scratch) / "data"
        folder.mkdir(mode=0o700)
        shutil.copyfile(source, folder / DB_FILENAME)
        with closing(sqlite3.connect(folder / DB_FILENAME)) as db:
            day_text, holds = db.execute("SELECT max(local_date), count(*) FROM holds").fetchone()
        last_day = date.fromisoformat(day_text)
        store = Store.in_folder(folder)
        # The floors' connection: bare sqlite3 on the same file, once the store has opened it.
        bare = sqlite3.connect(folder / DB_FILENAME)
        result: dict[str, Any] = {"holds": holds, "day": last_day.isoformat()}

        def day_floor() -> None:
            bare.execute(DAY_HOLDS, (day_text,)).fetchall()
            bare.execute(DAY_SPOTS, (day_text,)).fetchall()

        summary, summary_floor = interleaved(
            batched(lambda: store.day_summary(last_day), DAY_BATCH),
            batched(day_floor, DAY_BATCH),
            runs * 3,
        )
        result["day_summary_ms"] = median(summary) / DAY_BATCH
        result["day_summary_floor_ms"] = median(summary_floor) / DAY_BATCH
        result["day_summary_spots"] = len(store.day_summary(last_day))
        result["day_floor_rows"] = len(bare.execute(DAY_HOLDS, (day_text,)).fetchall())

        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        clock = DayClock(last_day)
        windows: list[MainWindow] = []

        def build() -> None:
            windows.append(MainWindow(Session(store, clock, settings), CuePlayer()))

        result["window_cold_ms"] = timed(build, 1, warmups=0)[0]  # first one in the process
        result["window_ms"] = median(timed(build, runs))
        window = windows[-1]
        result["refresh_ms"] = median(timed(window.session.refresh, runs * 3))
        for made in windows:
            made.deleteLater()

        out, plain = Path(scratch) / "all.csv", Path(scratch) / "plain.csv"

        def export() -> None:
            with out.open("w", encoding="utf-8", newline="") as handle:
                write_csv(store.export_rows(), handle)

        csv_runs, csv_floor = interleaved(
            export, lambda: plain_dump(bare, plain), 2 if args.quick else 5
        )
        result["csv_ms"] = median(csv_runs)
        result["csv_runs_ms"] = csv_runs
        result["csv_floor_ms"] = median(csv_floor)
        result["csv_floor_runs_ms"] = csv_floor
        result["csv_mib"] = out.stat().st_size / 2**20
        result["csv_floor_mib"] = plain.stat().st_size / 2**20

        def heat_map() -> None:
            heat_field(heat_points(recurring_knots(heat_spots(store, None))), HeatBy.HOLDS)

        def heat_floor() -> None:
            bare.execute(COUNTED_HOLDS).fetchall()
            bare.execute(LIVE_SPOTS).fetchall()

        heat, heat_plain = interleaved(heat_map, heat_floor, 3 if args.quick else 11)
        result["heatmap_ms"] = median(heat)
        result["heatmap_floor_ms"] = median(heat_plain)
        knots = recurring_knots(heat_spots(store, None))
        field = heat_field(heat_points(knots))
        shown = [value for *_, value in field.cells]
        result["heatmap_knots"] = len(knots)
        result["heatmap_cells"] = len(shown)
        result["heatmap_hot_share"] = sum(v >= 0.95 for v in shown) / max(1, len(shown))
        result["heatmap_shades"] = len({round(v * 255) for v in shown})

        pdf, plain_pdf = Path(scratch) / "day.pdf", Path(scratch) / "plain-day.pdf"
        day_pages = write_report(store, last_day, last_day, pdf)
        day_html_text = report_text(store, last_day, last_day)

        def day_pdf_floor() -> None:
            day_floor()
            bare_pdf(plain_pdf, day_html_text, day_pages)

        day_runs, day_plain = interleaved(
            lambda: write_report(store, last_day, last_day, pdf), day_pdf_floor, runs
        )
        result["pdf_ms"] = median(day_runs)
        result["pdf_floor_ms"] = median(day_plain)
        result["pdf_pages"] = day_pages
        result["pdf_text_chars"] = len(day_html_text)

        first_day = last_day - timedelta(days=3649)
        period, plain_period = Path(scratch) / "ten-years.pdf", Path(scratch) / "plain-ten.pdf"
        period_pages = write_report(store, first_day, last_day, period)
        period_html_text = report_text(store, first_day, last_day)
        span = (first_day.isoformat(), last_day.isoformat())

        def period_floor() -> None:
            bare.execute(SPAN_HOLDS, span).fetchall()
            bare.execute(LIVE_SPOTS).fetchall()
            bare_pdf(plain_period, period_html_text, period_pages)

        period_runs, period_plain = interleaved(
            lambda: write_report(store, first_day, last_day, period),
            period_floor,
            2 if args.quick else 5,
        )
        result["period_pdf_ms"] = median(period_runs)
        result["period_pdf_floor_ms"] = median(period_plain)
        result["period_pdf_pages"] = period_pages
        result["period_pdf_floor_pages"] = bare_pdf(plain_period, period_html_text, period_pages)
        bare.close()
        store.close()
    return result


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="history database to use (default: the cached one)")


if __name__ == "__main__":
    raise SystemExit(worker_main(measure, __doc__ or "", _options))
