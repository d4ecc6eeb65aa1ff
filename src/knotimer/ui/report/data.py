"""What the PDF report says: the spots or recurring knots of a period, in words and tables."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from knotimer.app.labels import outcome_name, region_name, seconds_text
from knotimer.core.anatomy import Region
from knotimer.core.holdtimer import Outcome
from knotimer.core.knots import cluster_knots
from knotimer.core.records import ExportRow, Spot, SpotSummary


def report_title() -> str:
    """The report's title."""
    return QCoreApplication.translate("report", "knotimer — calf self-massage record")


class ReportSource(Protocol):
    """What the report reads from the store."""

    def day_summary(self, day: date) -> list[SpotSummary]:
        """The spots marked or held on a day, in the order marked."""

    def export_rows(self, day: date | None = None) -> Iterator[ExportRow]:
        """A day's holds, oldest first."""


# -- what goes in the report ---------------------------------------------------------------
def treatment(rows: Iterable[ExportRow]) -> list[ExportRow]:
    """Holds that count: completed, released early or interrupted (not cancelled)."""
    return [r for r in rows if r.outcome != Outcome.CANCELLED.value]


def held_days(rows: Iterable[ExportRow]) -> list[date]:
    """The days with holds, oldest first."""
    return sorted({date.fromisoformat(r.local_date) for r in rows})


def _mean(values: Iterable[int | None]) -> float | None:
    rated = [v for v in values if v is not None]
    return sum(rated) / len(rated) if rated else None


@dataclass
class Entry:
    """One numbered row: a spot (one day) or a recurring knot (a period), with its holds."""

    number: int
    region: Region
    x: float  # 0-1 of the drawing
    y: float
    rows: list[ExportRow] = field(default_factory=list)  # every hold on it, oldest first

    def trend(self) -> list[tuple[date, float | None, float | None]]:
        """Per day with ratings: the mean tenderness before and after the holds."""
        points = []
        for day in held_days(self.rows):
            rows = [r for r in treatment(self.rows) if r.local_date == day.isoformat()]
            before = _mean(r.tenderness_before for r in rows)
            after = _mean(r.tenderness_after for r in rows)
            if before is not None or after is not None:
                points.append((day, before, after))
        return points


def gather(source: ReportSource, first: date, last: date) -> list[Entry]:
    """One day: its spots in the order marked. A period: its recurring knots, most held first."""
    spots: dict[int, Spot] = {}
    rows_by_spot: dict[int, list[ExportRow]] = {}
    day = first
    while day <= last:
        for summary in source.day_summary(day):
            spots.setdefault(summary.spot.id, summary.spot)
        for row in source.export_rows(day):
            rows_by_spot.setdefault(row.spot_id, []).append(row)
        day += timedelta(days=1)
    if first == last:
        return [
            Entry(n, s.region, s.x, s.y, rows_by_spot.get(s.id, []))
            for n, s in enumerate(spots.values(), start=1)
        ]
    counts = {
        spot_id: sum(r.outcome != Outcome.CANCELLED.value for r in rows)
        for spot_id, rows in rows_by_spot.items()
    }
    entries = []
    for n, knot in enumerate(cluster_knots(spots.values(), counts), start=1):
        rows = [r for s in knot.spots for r in rows_by_spot.get(s.id, [])]
        rows.sort(key=lambda r: (r.utc_start, r.hold_id))
        entries.append(Entry(n, knot.region, knot.x, knot.y, rows))
    return entries


# -- words ---------------------------------------------------------------------------------
def day_text(day: date, pattern: str = "d MMMM yyyy") -> str:
    """A date in the user's language, e.g. '25 November 2026'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def period_text(first: date, last: date) -> str:
    """One day with its weekday, or first - last day and the number of days."""
    if first == last:
        return QLocale().toString(QDate(first.year, first.month, first.day), "dddd, d MMMM yyyy")
    return QCoreApplication.translate("report", "{first} – {last} ({n} days)").format(
        first=day_text(first), last=day_text(last), n=(last - first).days + 1
    )


def _number(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def tenderness_text(rows: list[ExportRow]) -> str:
    """Mean tenderness before and after, e.g. '6 → 3'; a dash without any ratings."""
    means = (_mean(r.tenderness_before for r in rows), _mean(r.tenderness_after for r in rows))
    if means == (None, None):
        return "–"
    before, after = ("–" if v is None else _number(v) for v in means)
    return f"{before} → {after}"


def outcomes_text(rows: list[ExportRow]) -> str:
    """One line per way the holds ended, e.g. '3 completed' and '1 cancelled'."""
    counts = Counter(r.outcome for r in rows)
    parts = [f"{counts[o.value]} {outcome_name(o)}" for o in Outcome if counts[o.value]]
    return "\n".join(parts) or "–"


def _when_text(rows: list[ExportRow], one_day: bool) -> str:
    if not rows:
        return "–"
    if one_day:
        start, end = rows[0].local_start[:5], rows[-1].local_start[:5]
        return start if start == end else f"{start}–{end}"
    days = held_days(rows)
    span = day_text(days[0], "d\u00a0MMM")
    if len(days) > 1:
        span += " – " + day_text(days[-1], "d\u00a0MMM")
    return f"{len(days)} · {span}"


def _cells(rows: list[ExportRow], one_day: bool) -> list[str]:
    held = treatment(rows)
    return [
        str(len(held)),
        seconds_text(sum(r.held_s for r in held)),
        outcomes_text(rows),
        tenderness_text(held),
        _when_text(rows, one_day),
    ]


def _tr_row(values: list[str], background: str, bold: bool = False) -> str:
    cells = []
    for column, value in enumerate(values):
        align = ' align="right"' if column in {0, 2, 3} else ""
        keep = ' style="white-space: nowrap"' if column in {1, 2, 3, 5} else ""
        text = html.escape(value).replace("\n", "<br>")
        text = f"<b>{text}</b>" if bold else text
        cells.append(f"<td{align}{keep}>{text}</td>")
    return f'<tr bgcolor="{background}">{"".join(cells)}</tr>'


def table_html(entries: list[Entry], one_day: bool) -> str:
    """A heading and the table of spots or knots, with a total row."""
    heads = [
        ("#", 4),
        (
            QCoreApplication.translate("report", "Spot")
            if one_day
            else QCoreApplication.translate("report", "Knot"),
            26,
        ),
        (QCoreApplication.translate("report", "Holds"), 7),
        (QCoreApplication.translate("report", "Time held"), 12),
        (QCoreApplication.translate("report", "Outcomes"), 22),
        (QCoreApplication.translate("report", "Tenderness"), 13),
        (
            QCoreApplication.translate("report", "Time of day")
            if one_day
            else QCoreApplication.translate("report", "Days"),
            16,
        ),
    ]
    head = "".join(
        f'<th width="{w}%" align="left" style="white-space: nowrap">{html.escape(t)}</th>'
        for t, w in heads
    )
    lines = [f'<thead><tr bgcolor="#dde4ec">{head}</tr></thead>']
    for index, entry in enumerate(entries):
        values = [str(entry.number), region_name(entry.region), *_cells(entry.rows, one_day)]
        lines.append(_tr_row(values, "#f3f6f9" if index % 2 else "#ffffff"))
    everything = [r for e in entries for r in e.rows]
    if everything or entries:
        total = ["", QCoreApplication.translate("report", "Total"), *_cells(everything, one_day)]
        total[-1] = "" if one_day else str(len(held_days(everything)))
        lines.append(_tr_row(total, "#e4e9ef", bold=True))
    else:
        nothing = html.escape(
            QCoreApplication.translate("report", "Nothing was recorded in this period.")
        )
        lines.append(f'<tr><td colspan="7">{nothing}</td></tr>')
    title = (
        QCoreApplication.translate("report", "Spots, in the order marked")
        if one_day
        else QCoreApplication.translate("report", "Knots, most held first")
    )
    return (
        f'<p style="font-size: 11pt"><b>{html.escape(title)}</b></p>'
        '<table width="100%" cellspacing="0" cellpadding="4" border="1" '
        'style="border-collapse: collapse; border-color: #b4b4b4">' + "".join(lines) + "</table>"
    )


def summary_html(entries: list[Entry], first: date, last: date) -> str:
    """The few lines beside the drawing: what was done, in all."""
    rows = [r for e in entries for r in e.rows]
    held = treatment(rows)
    if first == last:
        lines = [(QCoreApplication.translate("report", "Spots marked"), str(len(entries)))]
    else:
        lines = [
            (
                QCoreApplication.translate("report", "Knots (nearby spots counted as one)"),
                str(len(entries)),
            )
        ]
    lines += [
        (QCoreApplication.translate("report", "Holds"), str(len(held))),
        (
            QCoreApplication.translate("report", "Time held"),
            seconds_text(sum(r.held_s for r in held)),
        ),
    ]
    if len(rows) > len(held):
        lines.append(
            (
                QCoreApplication.translate("report", "Cancelled holds (not counted)"),
                str(len(rows) - len(held)),
            )
        )
    if first != last:
        of = QCoreApplication.translate("report", "{n} of {m}").format(
            n=len(held_days(rows)), m=(last - first).days + 1
        )
        lines.append((QCoreApplication.translate("report", "Days with holds"), of))
    lines.append(
        (
            QCoreApplication.translate("report", "Tenderness 0–10, before → after"),
            tenderness_text(held),
        )
    )
    items = "".join(
        f'<tr><td>{html.escape(k)}</td><td align="right"><b>{html.escape(v)}</b></td></tr>'
        for k, v in lines
    )
    note = QCoreApplication.translate(
        "report",
        "The numbers on the drawing match the table. Both calves are seen from behind; "
        "left and right are the person's own legs.",
    )
    if first != last:
        note += " " + QCoreApplication.translate(
            "report", "Spots marked close together on the same muscle are counted as one knot."
        )
    heading = html.escape(QCoreApplication.translate("report", "In this record"))
    return (
        f'<p style="font-size: 11pt"><b>{heading}</b></p>'
        f'<table width="90%" cellpadding="3" cellspacing="0">{items}</table>'
        f'<p style="color: #5f5f5f">{html.escape(note)}</p>'
    )
