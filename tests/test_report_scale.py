"""The report scales: ten years in a few pages, every date with its year, a day hold by hold."""

from __future__ import annotations

import random
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from knotimer.core.anatomy import Muscle, Side
from knotimer.core.periods import Grouping, grouping_for
from knotimer.core.store import Store
from knotimer.ui.report.data import gather
from knotimer.ui.report.pdf import write_report

from qtsupport import pdf_text

LAST = date(2026, 11, 25)
FIRST = LAST - timedelta(days=3649)  # ten years
MUSCLES = (Muscle.GASTROCNEMIUS_MEDIAL, Muscle.GASTROCNEMIUS_LATERAL, Muscle.SOLEUS)
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"


@pytest.fixture(autouse=True)
def english_dates(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def ten_years(store: Store) -> Store:
    """Every day for ten years, three of 300 knots (some far more often), two holds each."""
    rng = random.Random(5)
    centres = [
        (rng.choice(list(Side)), rng.choice(MUSCLES), rng.uniform(0.1, 0.9), rng.uniform(0.15, 0.6))
        for _ in range(300)
    ]
    weights = [1 / (rank + 1) for rank in range(len(centres))]
    spots, holds = [], []
    for index in range(3650):
        day = FIRST + timedelta(days=index)
        moment = datetime(day.year, day.month, day.day, 19, 0, tzinfo=UTC)
        for side, muscle, x, y in rng.choices(centres, weights=weights, k=3):
            spots.append(
                (
                    len(spots) + 1,
                    side.value,
                    muscle.value,
                    x,
                    y,
                    moment.isoformat(),
                    0,
                    day.isoformat(),
                )
            )
            for _ in range(2):
                moment += timedelta(seconds=45)
                before = max(0, 8 - index // 400 - rng.randint(0, 2))
                released = rng.random() < 0.5
                holds.append(
                    (
                        len(holds) + 1,
                        len(spots),
                        moment.isoformat(),
                        0,
                        day.isoformat(),
                        20.0,
                        rng.uniform(8, 18) if released else 20.0,
                        "released" if released else "completed",
                        before,
                        max(0, before - 2),
                    )
                )
    with sqlite3.connect(store.path) as db:
        db.executemany(
            "INSERT INTO spots (id, side, muscle, x, y, created_utc, utc_offset_s, local_date)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            spots,
        )
        db.executemany(
            "INSERT INTO holds (id, spot_id, started_utc, utc_offset_s, local_date, planned_s,"
            " held_s, outcome, tenderness_before, tenderness_after)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            holds,
        )
    db.close()
    return store


def test_ten_years_fit_in_eight_pages_with_twenty_knots_numbered(
    ten_years: Store, tmp_path: Path
) -> None:
    """The issue: ten years gave 79 pages and 1 236 numbered markers covering the legs."""
    report = gather(ten_years, FIRST, LAST)
    assert len(report.knots) > 150
    assert [mark.number for mark in report.marks()] == list(range(1, 21))
    assert report.grouping is Grouping.MONTH
    assert len(report.periods) == 121  # 28 Nov 2016 .. 25 Nov 2026, by calendar month
    target = tmp_path / "ten-years.pdf"
    pages = write_report(ten_years, FIRST, LAST, target)
    assert pages <= 8
    first = pdf_text(target, 1)
    # The first page sums the period up, with the top knots and how each changed.
    assert re.search(r"Days with holds\s+3,650 of 3,650", first)
    assert re.search(r"Holds\s+21,900", first)
    assert re.search(r"\n\s*1\s+\w+ · .*avg 7\.\d →\s*\S+", first)  # its first week → latest
    text = "".join(pdf_text(target, page) for page in range(1, pages + 1))
    assert re.search(rf"{len(report.knots) - 20} other knots, held less", text)
    assert "Month by month" in text
    # The first month is cut to the period: its row says so, and not 'November 2016'.
    assert not re.search(r"^\s*November 2016\s", text, re.M)
    assert "28 Nov 2016 – 30 Nov 2016" in text
    assert "October 2026" in text
    assert "The top knots over time" in text


def test_every_date_in_a_long_report_carries_its_year(ten_years: Store, tmp_path: Path) -> None:
    """The issue: date spans dropped the year ('17 Dec' to '13 Nov')."""
    target = tmp_path / "ten-years.pdf"
    pages = write_report(ten_years, FIRST, LAST, target)
    text = "".join(pdf_text(target, page) for page in range(1, pages + 1))
    dates = re.findall(rf"(?:\d{{1,2}} )?{MONTH}(?:\s+\d{{4}})?", text)
    assert len(dates) > 150  # the months, the knots' first and latest days, the charts
    without = [d for d in dates if not re.search(r"\d{4}$", d)]
    assert without == []


def test_half_a_year_goes_by_week_and_a_single_day_lists_every_hold(
    ten_years: Store, tmp_path: Path
) -> None:
    half = gather(ten_years, LAST - timedelta(days=150), LAST)
    assert half.grouping is Grouping.WEEK
    assert grouping_for(LAST - timedelta(days=13), LAST) is Grouping.DAY
    target = tmp_path / "half.pdf"
    write_report(ten_years, LAST - timedelta(days=150), LAST, target)
    assert "Week by week" in pdf_text(target, 2) + pdf_text(target, 1)
    day = tmp_path / "day.pdf"
    assert write_report(ten_years, LAST, LAST, day) == 1
    rows = re.findall(r"^\s*19:0\d\s+\d\s+20 s\s+\d+ ?s", pdf_text(day), re.M)
    assert len(rows) == 6  # three spots, two holds each: every one of them
