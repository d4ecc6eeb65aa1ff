"""The report's tables for a period: its most held knots and how each changed, then its weeks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from knotimer.app.knotlabels import comparison_text
from knotimer.app.labels import Counts, seconds_text
from knotimer.app.localformat import DayFormat, count_text, day_text, number_text, span_text
from knotimer.core.periods import Grouping, PeriodRow, group_end, group_start
from knotimer.ui.report.data import MARKED, Report
from knotimer.ui.report.tables import escaped, table


def period_html(report: Report) -> str:
    """A period: its most held knots with their changes, then its weeks, months or years."""
    rows = []
    for knot in report.knots[:MARKED]:
        summary = knot.summary
        relief = summary.tenderness.relief
        rows.append(
            [
                str(knot.number),
                knot.name,
                count_text(summary.holds),
                f"{count_text(summary.day_count)} · {_dates(summary.first_day, summary.last_day)}",
                comparison_text(summary.tenderness.before) or "–",
                _relief(relief, summary.tenderness.relief_holds),
                comparison_text(summary.release.times, seconds=True) or "–",
            ]
        )
    rest = report.knots[MARKED:]
    if rest:
        rows.append(
            [
                "",
                Counts.tr("%n other knot(s), held less", None, len(rest)),
                count_text(sum(k.summary.holds for k in rest)),
                "",
                "",
                "",
                "",
            ]
        )
    knots = table(
        QCoreApplication.translate("report", "Knots, most held first"),
        [
            ("#", 4),
            (QCoreApplication.translate("report", "Knot"), 28),
            (QCoreApplication.translate("report", "Holds"), 7),
            (QCoreApplication.translate("report", "Days"), 19),
            (QCoreApplication.translate("report", "Tender before"), 14),
            (QCoreApplication.translate("report", "Eased per hold"), 10),
            (QCoreApplication.translate("report", "Let go after"), 18),
        ],
        rows,
        nowrap=(2, 4, 5, 6),
    )
    reading = QCoreApplication.translate(
        "report",
        "Tender before: each knot's ratings just before a hold (0–10), its first week → its "
        "latest week (first day → latest day for a knot held less than two weeks); 'avg' "
        "marks an average. Eased per hold: before minus after, on average, over the holds "
        "rated both times. Let go after: how long the knot took to let go, in holds ended "
        "with Enter. Different knots are never averaged together.",
    )
    return (
        knots
        + f'<p style="color: #5f5f5f">{escaped(reading)}</p><br>'
        + table(
            group_title(report.grouping), _period_heads(), _period_rows(report), nowrap=(1, 2, 3)
        )
    )


def _dates(first: date, last: date) -> str:
    """A span of days, each date kept whole on one line (a cell wraps at the dash only)."""
    whole = [day.replace(" ", "\u00a0") for day in span_text(first, last).split(" – ")]
    return " – ".join(whole)


def _relief(value: float | None, holds: int) -> str:
    if value is None:
        return "–"
    if holds == 1:
        return number_text(value)
    return QCoreApplication.translate("report", "avg {n}").format(n=number_text(value))


def group_title(grouping: Grouping) -> str:
    """The heading of the table of weeks, months or years."""
    return {
        Grouping.DAY: QCoreApplication.translate("report", "Day by day"),
        Grouping.WEEK: QCoreApplication.translate("report", "Week by week"),
        Grouping.MONTH: QCoreApplication.translate("report", "Month by month"),
        Grouping.YEAR: QCoreApplication.translate("report", "Year by year"),
    }[grouping]


def _period_heads() -> list[tuple[str, int]]:
    return [
        (QCoreApplication.translate("report", "Dates"), 34),
        (QCoreApplication.translate("report", "Days"), 10),
        (QCoreApplication.translate("report", "Holds"), 12),
        (QCoreApplication.translate("report", "Time held"), 16),
        (QCoreApplication.translate("report", "Let go early"), 16),
        (QCoreApplication.translate("report", "Cancelled"), 12),
    ]


def period_label(row: PeriodRow, grouping: Grouping) -> str:
    """'November 2026', '2019', or the first and last day: always with the year."""
    whole = row.first == group_start(row.first, grouping) and row.last == group_end(
        row.first, grouping
    )
    if grouping is Grouping.MONTH and whole:
        return day_text(row.first, DayFormat.MONTH)
    if grouping is Grouping.YEAR and whole:
        return str(row.first.year)
    return _dates(row.first, row.last)


def _period_rows(report: Report) -> list[list[str]]:
    return [
        [
            period_label(row, report.grouping),
            count_text(row.days),
            count_text(row.holds),
            seconds_text(row.held_s),
            count_text(row.released) if row.released else "–",
            count_text(row.cancelled) if row.cancelled else "–",
        ]
        for row in report.periods
    ]
