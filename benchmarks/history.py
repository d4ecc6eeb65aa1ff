"""History at scale: today's view, heat map, CSV of everything and PDFs, over 100 000 holds."""

from __future__ import annotations

import argparse
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

from PySide6.QtCore import QSettings

from common import median, worker_main
from knotimer.app.session import Session
from knotimer.core.clock import SystemClock
from knotimer.core.export import write_csv
from knotimer.core.heatfield import HeatBy, heat_field
from knotimer.core.recurring import heat_spots, recurring_knots
from knotimer.core.store import DB_FILENAME, Store
from knotimer.ui.common.cues import CuePlayer
from knotimer.ui.history.knots import heat_points
from knotimer.ui.main.window import MainWindow
from knotimer.ui.report.pdf import write_report
from make_history import ensure_history
from qtkit import application


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
        result: dict[str, Any] = {"holds": holds, "day": last_day.isoformat()}

        summary = timed(lambda: store.day_summary(last_day), runs * 3)
        result["day_summary_ms"] = median(summary)
        result["day_summary_spots"] = len(store.day_summary(last_day))

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

        out = Path(scratch) / "all.csv"

        def export() -> None:
            with out.open("w", encoding="utf-8", newline="") as handle:
                write_csv(store.export_rows(), handle)

        csv_runs = timed(export, 2 if args.quick else 5)
        result["csv_ms"] = median(csv_runs)
        result["csv_runs_ms"] = csv_runs
        result["csv_mib"] = out.stat().st_size / 2**20

        def heat_map() -> None:
            heat_field(heat_points(recurring_knots(heat_spots(store, None))), HeatBy.HOLDS)

        result["heatmap_ms"] = median(timed(heat_map, runs))
        knots = recurring_knots(heat_spots(store, None))
        field = heat_field(heat_points(knots))
        shown = [value for *_, value in field.cells]
        result["heatmap_knots"] = len(knots)
        result["heatmap_cells"] = len(shown)
        result["heatmap_hot_share"] = sum(v >= 0.95 for v in shown) / max(1, len(shown))
        result["heatmap_shades"] = len({round(v * 255) for v in shown})
        pdf = Path(scratch) / "day.pdf"
        result["pdf_ms"] = median(timed(lambda: write_report(store, last_day, last_day, pdf), runs))
        first_day = last_day - timedelta(days=3649)
        period = Path(scratch) / "ten-years.pdf"
        pages: list[int] = []

        def ten_years() -> None:
            pages.append(write_report(store, first_day, last_day, period))

        result["period_pdf_ms"] = median(timed(ten_years, 2 if args.quick else 3))
        result["period_pdf_pages"] = pages[-1]
        store.close()
    return result


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="history database to use (default: the cached one)")


if __name__ == "__main__":
    raise SystemExit(worker_main(measure, __doc__ or "", _options))
