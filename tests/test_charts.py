"""History's two knot charts: dates on the axis, each hold or (for years of them) averages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from knotimer.core.holdtimer import Outcome
from knotimer.core.periods import Grouping
from knotimer.core.records import Hold
from knotimer.core.sessions import split_sessions
from knotimer.ui.history.releasechart import ReleaseChart
from knotimer.ui.history.trendchart import TrendChart

START = datetime(2024, 1, 1, 19, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture(autouse=True)
def english_dates(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


def holds(days: int, per_day: int = 2) -> list[Hold]:
    made = []
    for day in range(days):
        for n in range(per_day):
            started = START + timedelta(days=day, minutes=n)
            released = (day + n) % 3 != 0
            outcome = Outcome.RELEASED if released else Outcome.COMPLETED
            made.append(
                Hold(
                    len(made) + 1,
                    1,
                    started,
                    20.0,
                    12.0 if released else 20.0,
                    0.0,
                    0,
                    outcome,
                    6 - day // 200,
                    3,
                )
            )
    return made


def test_a_few_weeks_show_every_hold_and_each_sessions_average(qtbot: QtBot) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    made = holds(20)
    chart.set_holds(made, split_sessions(made))
    assert chart.each_hold()
    assert chart.grouping() is None
    assert len(chart.points()) == 40
    assert chart.axis_labels() == ["1 Jan 2024", "11 Jan 2024", "20 Jan 2024"]
    assert [label for label, _, _ in chart.legend()] == ["before", "after", "average"]


def test_three_years_of_holds_are_drawn_as_monthly_averages(qtbot: QtBot) -> None:
    trend, release = TrendChart(), ReleaseChart()
    for chart in (trend, release):
        qtbot.addWidget(chart)
        made = holds(3 * 365)
        chart.set_holds(made, split_sessions(made))
        assert not chart.each_hold()  # 2 190 holds would be a smudge
        assert chart.grouping() is Grouping.MONTH
    before = trend.means(lambda h: h.tenderness_before)
    assert len(before) == 36  # one average a month
    assert before[0][1] == 6
    assert before[-1][1] == 1  # 6 - 1094 // 200
    assert [label for label, _, _ in trend.legend()] == ["before, monthly average"]
    assert release.means(lambda h: h.release_s)[0][1] == 12.0
    assert "1 Jan 2024" in trend.axis_labels()[0]


def test_a_chart_works_out_its_scale_once_however_often_it_is_painted(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Years of holds once took half a minute to paint: the scale was worked out per point."""
    chart = ReleaseChart()
    qtbot.addWidget(chart)
    calls: list[int] = []
    real = ReleaseChart._y_range
    monkeypatch.setattr(ReleaseChart, "_y_range", lambda self: calls.append(1) or real(self))
    made = holds(300)
    chart.set_holds(made, split_sessions(made))
    chart.resize(400, 200)
    for _ in range(3):
        chart.grab()
    assert len(calls) == 1
    assert chart.y_range()[1] == 30.0
