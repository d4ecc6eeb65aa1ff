"""What the PDF report says: one day's spots and holds, or a period's knots, weeks and months."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication

from knotimer.app.knotlabels import knot_name
from knotimer.app.labels import Counts
from knotimer.app.localformat import DayFormat, day_text
from knotimer.core.anatomy import Region
from knotimer.core.holdtimer import Outcome
from knotimer.core.knotnames import distinct, place_of
from knotimer.core.periods import (
    Grouping,
    PeriodRow,
    day_totals,
    grouped_facts,
    grouping_for,
    period_rows,
)
from knotimer.core.records import ExportRow
from knotimer.core.recurring import KnotSummary, heat_spots, recurring_knots
from knotimer.core.store import Store

MARKED = 20  # numbered on the drawing: the most held; the table has them (and the rest, summed)
CHARTED = 4  # knots with a chart of their tenderness and time to release


def report_title() -> str:
    """The report's title."""
    return QCoreApplication.translate("report", "knotimer — calf self-massage record")


def period_text(first: date, last: date) -> str:
    """One day with its weekday, or first - last day and the number of days."""
    if first == last:
        return day_text(first, DayFormat.WEEKDAY_LONG)
    return Counts.tr("{first} – {last} (%Ln day(s))", None, (last - first).days + 1).format(
        first=day_text(first, DayFormat.LONG), last=day_text(last, DayFormat.LONG)
    )


@dataclass(frozen=True, slots=True)
class Mark:
    """A numbered place on the drawing."""

    number: int
    region: Region
    x: float  # 0-1 of the drawing
    y: float


@dataclass
class DaySpot:
    """One spot of a day, in the order marked, with its holds (oldest first)."""

    number: int
    name: str
    mark: Mark
    rows: list[ExportRow] = field(default_factory=list)


@dataclass
class Knot:
    """A recurring knot of a period, with its name (numbered where two places share one)."""

    number: int
    name: str
    summary: KnotSummary


@dataclass
class Report:
    """Everything one report shows."""

    first: date
    last: date
    spots: list[DaySpot] = field(default_factory=list)  # one day
    holds: list[tuple[int, ExportRow]] = field(default_factory=list)  # one day: (spot no., hold)
    knots: list[Knot] = field(default_factory=list)  # a period, most held first
    periods: list[PeriodRow] = field(default_factory=list)  # a period, oldest first
    grouping: Grouping = Grouping.DAY

    @property
    def one_day(self) -> bool:
        """A report on a single day."""
        return self.first == self.last

    def marks(self) -> list[Mark]:
        """The numbered places: the day's first spots, or the period's most held knots."""
        if self.one_day:
            return [spot.mark for spot in self.spots[:MARKED]]
        return [
            Mark(k.number, k.summary.knot.region, k.summary.knot.x, k.summary.knot.y)
            for k in self.knots[:MARKED]
        ]

    def charted(self) -> list[Knot]:
        """The most held knots with something to follow: a value in two weeks (days, months)."""
        if self.one_day:
            return []
        found = []
        for knot in self.knots:
            series = knot_series(knot, self.grouping)
            if any(sum(p[i] is not None for p in series) >= 2 for i in (1, 2, 3)):
                found.append(knot)
                if len(found) == CHARTED:
                    break
        return found


def counted(rows: list[ExportRow]) -> list[ExportRow]:
    """Holds that count: completed, released early or interrupted (not cancelled)."""
    return [r for r in rows if r.outcome != Outcome.CANCELLED.value]


def gather(store: Store, first: date, last: date) -> Report:
    """Read what the report on ``first``..``last`` shows (a day: its spots and every hold)."""
    report = Report(first, last)
    if first == last:
        by_spot: dict[int, list[ExportRow]] = {}
        for row in store.export_rows(first):
            by_spot.setdefault(row.spot_id, []).append(row)
        summaries = store.day_summary(first)
        names = distinct(
            knot_name(s.spot.region, place_of(s.spot.region, s.spot.x, s.spot.y)) for s in summaries
        )
        for number, (summary, name) in enumerate(zip(summaries, names, strict=True), start=1):
            spot = summary.spot
            mark = Mark(number, spot.region, spot.x, spot.y)
            report.spots.append(DaySpot(number, name, mark, by_spot.get(spot.id, [])))
        numbers = {s.mark.number: s for s in report.spots}
        report.holds = sorted(
            ((n, row) for n, spot in numbers.items() for row in spot.rows),
            key=lambda item: (item[1].utc_start, item[1].hold_id),
        )
        return report
    knots = recurring_knots(heat_spots(store, first, last))
    names = distinct(knot_name(k.knot.region, k.place) for k in knots)
    report.knots = [Knot(k.number, n, k) for k, n in zip(knots, names, strict=True)]
    report.grouping = grouping_for(first, last)
    report.periods = period_rows(day_totals(store, first, last), first, last, report.grouping)
    return report


def knot_series(
    knot: Knot, grouping: Grouping
) -> list[tuple[date, float | None, float | None, float | None]]:
    """Per week, month or year of one knot: average before, average after, average release."""
    points = []
    for start, facts in grouped_facts(knot.summary.days, grouping):
        points.append(
            (
                start,
                facts.before_sum / facts.rated if facts.rated else None,
                facts.after_sum / facts.rated_after if facts.rated_after else None,
                facts.release_sum / facts.released if facts.released else None,
            )
        )
    return points
