"""The report's words and tables as HTML: the summary beside the drawing, then the tables."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from datetime import time

from PySide6.QtCore import QCoreApplication

from knotimer.app.daymodel import tenderness_change
from knotimer.app.labels import Counts, outcome_name, seconds_text
from knotimer.app.localformat import count_text, time_text
from knotimer.core.holdtimer import Outcome
from knotimer.core.records import ExportRow
from knotimer.ui.report.data import MARKED, Report, counted

HEAD, ODD, EVEN, TOTAL = "#dde4ec", "#f3f6f9", "#ffffff", "#e4e9ef"


def escaped(text: str) -> str:
    """Text as HTML, its line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def table(
    title: str,
    heads: Sequence[tuple[str, int]],
    rows: Sequence[Sequence[str]],
    total: Sequence[str] = (),
    nowrap: Sequence[int] = (),
) -> str:
    """A titled table: headings with widths in per cent, striped rows, a bold total row.

    The title is the head's first row, so it repeats on every page the table runs over
    and is never left alone at the foot of one. Cells of columns in ``nowrap`` stay on one
    line; their headings may wrap, so a longer word in another language takes no room from
    the other columns.
    """
    keep = ' style="white-space: nowrap"'

    def cell(tag: str, column: int, text: str) -> str:
        return f"<{tag}{keep if column in nowrap else ''}>{text}</{tag}>"

    heading = (
        f'<tr><th colspan="{len(heads)}" align="left" style="font-size: 11pt; border: none">'
        f"{escaped(title)}</th></tr>"
    )
    cells = "".join(f'<th width="{w}%" align="left">{escaped(t)}</th>' for t, w in heads)
    lines = [f'<thead>{heading}<tr bgcolor="{HEAD}">{cells}</tr></thead>']
    for index, row in enumerate(rows):
        tds = "".join(cell("td", i, escaped(value)) for i, value in enumerate(row))
        lines.append(f'<tr bgcolor="{ODD if index % 2 else EVEN}">{tds}</tr>')
    if total:
        tds = "".join(cell("td", i, f"<b>{escaped(value)}</b>") for i, value in enumerate(total))
        lines.append(f'<tr bgcolor="{TOTAL}">{tds}</tr>')
    if not rows and not total:
        nothing = QCoreApplication.translate("report", "Nothing was recorded in this period.")
        lines.append(f'<tr><td colspan="{len(heads)}">{escaped(nothing)}</td></tr>')
    return (
        '<table width="100%" cellspacing="0" cellpadding="3" border="1" '
        'style="border-collapse: collapse; border-color: #b4b4b4">' + "".join(lines) + "</table>"
    )


def outcomes_text(rows: list[ExportRow]) -> str:
    """One line per way the holds ended, e.g. '3 completed' and '1 cancelled'."""
    counts = Counter(r.outcome for r in rows)
    parts = [
        QCoreApplication.translate("report", "{n} {outcome}", "e.g. '3 completed'").format(
            n=count_text(counts[o.value]), outcome=outcome_name(o)
        )
        for o in Outcome
        if counts[o.value]
    ]
    return "\n".join(parts) or "–"


def _times(rows: list[ExportRow]) -> str:
    if not rows:
        return "–"
    start, end = _clock(rows[0]), _clock(rows[-1])
    return start if start == end else f"{start}–{end}"


def _clock(row: ExportRow) -> str:
    """The hold's local start as the locale writes a time of day."""
    return time_text(time.fromisoformat(row.local_start))


def summary_lines(report: Report) -> list[tuple[str, str]]:
    """The few figures beside the drawing: what was done, in all (never a mixed average)."""
    if report.one_day:
        rows = [r for spot in report.spots for r in spot.rows]
        held = counted(rows)
        lines = [
            (QCoreApplication.translate("report", "Spots marked"), count_text(len(report.spots)))
        ]
        holds, cancelled = len(held), len(rows) - len(held)
        released = sum(r.release_s is not None for r in held)
        seconds = sum(r.held_s for r in held)
    else:
        periods = report.periods
        days = QCoreApplication.translate("report", "{n} of {m}").format(
            n=count_text(sum(p.days for p in periods)),
            m=count_text((report.last - report.first).days + 1),
        )
        lines = [
            (QCoreApplication.translate("report", "Days with holds"), days),
            (
                QCoreApplication.translate("report", "Knots (nearby spots counted as one)"),
                count_text(len(report.knots)),
            ),
        ]
        holds = sum(p.holds for p in periods)
        cancelled = sum(p.cancelled for p in periods)
        released = sum(p.released for p in periods)
        seconds = sum(p.held_s for p in periods)
    lines += [
        (
            QCoreApplication.translate("report", "Holds", "the summary: holds in all"),
            count_text(holds),
        ),
        (QCoreApplication.translate("report", "Time held"), seconds_text(seconds)),
        (
            QCoreApplication.translate("report", "Let go early (ended with Enter)"),
            count_text(released),
        ),
    ]
    if cancelled:
        lines.append(
            (
                QCoreApplication.translate("report", "Cancelled holds (not counted)"),
                count_text(cancelled),
            )
        )
    return lines


def summary_html(report: Report) -> str:
    """The summary beside the drawing, and how to read the drawing."""
    items = "".join(
        f'<tr><td>{escaped(k)}</td><td align="right"><b>{escaped(v)}</b></td></tr>'
        for k, v in summary_lines(report)
    )
    note = QCoreApplication.translate(
        "report",
        "Both calves are seen from behind; left and right are the person's own legs. "
        "The numbers on the drawing match the table.",
    )
    if not report.one_day:
        note += " " + Counts.tr(
            "Spots marked close together on the same muscle are counted as one knot; "
            "the %n most held are numbered.",
            None,
            MARKED,
        )
    heading = escaped(QCoreApplication.translate("report", "In this record"))
    return (
        f'<p style="font-size: 11pt"><b>{heading}</b></p>'
        f'<table width="95%" cellpadding="3" cellspacing="0">{items}</table>'
        f'<p style="color: #5f5f5f">{escaped(note)}</p>'
    )


def day_html(report: Report) -> str:
    """One day: its spots in the order marked, then every hold."""
    spots = []
    for spot in report.spots:
        held = counted(spot.rows)
        released = [seconds_text(r.held_s) for r in held if r.release_s is not None]
        spots.append(
            [
                str(spot.number),
                spot.name,
                count_text(len(held)),
                seconds_text(sum(r.held_s for r in held)),
                outcomes_text(spot.rows),
                ", ".join(released) or "–",
                _times(spot.rows),
            ]
        )
    every = [r for s in report.spots for r in s.rows]
    held = counted(every)
    total = [
        "",
        QCoreApplication.translate("report", "Total"),
        count_text(len(held)),
        seconds_text(sum(r.held_s for r in held)),
        outcomes_text(every),
        "",
        "",
    ]
    first = table(
        QCoreApplication.translate("report", "Spots, in the order marked"),
        [
            ("#", 4),
            (QCoreApplication.translate("report", "Spot"), 30),
            (QCoreApplication.translate("report", "Holds"), 7),
            (QCoreApplication.translate("report", "Time held"), 11),
            (QCoreApplication.translate("report", "Outcomes"), 21),
            (QCoreApplication.translate("report", "Let go after"), 14),
            (QCoreApplication.translate("report", "Time of day"), 13),
        ],
        spots,
        total if report.spots else (),
        nowrap=(2, 3, 6),
    )
    holds = [
        [
            _clock(row),
            str(number),
            seconds_text(row.planned_s),
            seconds_text(row.held_s),
            outcome_name(Outcome(row.outcome)),
            tenderness_change(row.tenderness_before, row.tenderness_after) or "–",
        ]
        for number, row in report.holds
    ]
    second = table(
        QCoreApplication.translate("report", "Every hold, in the order made"),
        [
            (QCoreApplication.translate("report", "Time"), 10),
            ("#", 6),
            (QCoreApplication.translate("report", "Planned"), 12),
            (QCoreApplication.translate("report", "Held"), 12),
            (QCoreApplication.translate("report", "Outcome"), 22),
            (QCoreApplication.translate("report", "Tender before → after (0–10)"), 38),
        ],
        holds,
        nowrap=(0, 2, 3),
    )
    return first + ("<br>" + second if holds else "")
