"""Painting the PDF report's parts: header, footer, the calves with markers, knot charts."""

from __future__ import annotations

import itertools
import math
from datetime import date, datetime, timedelta
from typing import cast

from PySide6.QtCore import QByteArray, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtSvg import QSvgRenderer

from knotimer.app.labels import side_name
from knotimer.app.localformat import DayFormat, day_text, number_text, time_text
from knotimer.core.anatomy import ALL_REGIONS, Side
from knotimer.core.periods import Grouping
from knotimer.resources import asset
from knotimer.ui.diagram.svg import HINTS_ID, load_svg, without_ids
from knotimer.ui.report.data import Knot, Mark, period_text, report_title

DPI = 300
INK, GREY, RULE = QColor("#1d1d1d"), QColor("#5f5f5f"), QColor("#b4b4b4")
MARKER_FILL = QColor("#1565c0")
BEFORE_COLOUR, AFTER_COLOUR = QColor("#b23c17"), QColor("#1565c0")  # as in the app's chart
RELEASE_COLOUR = QColor("#2e7d32")
DIAGRAM = "diagram/calves.svg"


def mm(value: float) -> float:
    """Millimetres in the PDF's device pixels."""
    return value * DPI / 25.4


def pt_font(points: float, bold: bool = False) -> QFont:
    """The default family at a size in points (so it prints at that size)."""
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def text_line(
    painter: QPainter,
    rect: QRectF,
    text: str,
    font: QFont,
    colour: QColor = INK,
    *,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> None:
    """One line of text, vertically centred in ``rect`` and elided if it does not fit."""
    painter.setFont(font)
    painter.setPen(colour)
    elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
    painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, elided)


def _side_centre(renderer: QSvgRenderer, side: Side) -> float:
    """The middle of one leg, 0-1 across the drawing."""
    xs: list[float] = []
    for region in ALL_REGIONS:
        if region.side is side and renderer.elementExists(region.element_id):
            bounds = renderer.transformForElement(region.element_id).mapRect(
                renderer.boundsOnElement(region.element_id)
            )
            xs += [bounds.left(), bounds.right()]
    view = renderer.viewBoxF()
    if not xs or view.width() <= 0:
        return 0.25 if side is Side.LEFT else 0.75
    return ((min(xs) + max(xs)) / 2 - view.left()) / view.width()


def paint_diagram(painter: QPainter, rect: QRectF, entries: list[Mark]) -> None:
    """The calves without the hints layer, 'Left'/'Right' above them, numbered markers."""
    renderer = QSvgRenderer(QByteArray(without_ids(load_svg(asset(DIAGRAM)), {HINTS_ID})))
    renderer.render(painter, rect)
    centre_h = Qt.AlignmentFlag.AlignHCenter
    for side in Side:
        x = rect.left() + _side_centre(renderer, side) * rect.width()
        label = QRectF(x - mm(15), rect.top() - mm(6), mm(30), mm(5))
        text_line(painter, label, side_name(side), pt_font(10, True), align=centre_h)
    radius = mm(2.4)
    for entry in reversed(entries):  # number 1 ends up on top
        centre = QPointF(rect.left() + entry.x * rect.width(), rect.top() + entry.y * rect.height())
        painter.setPen(QPen(QColor("white"), mm(0.35)))
        painter.setBrush(MARKER_FILL)
        painter.drawEllipse(centre, radius, radius)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(round(radius * (1.15 if entry.number < 10 else 0.9)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(entry.number))


def paint_header(
    painter: QPainter, width: float, first: date, last: date, generated: datetime
) -> None:
    """Title, the period, when the report was made, and a rule under them."""
    text_line(painter, QRectF(0, 0, width, mm(9)), report_title(), pt_font(17, True))
    text_line(painter, QRectF(0, mm(10), width, mm(6)), period_text(first, last), pt_font(11.5))
    when = QCoreApplication.translate("report", "Generated {date}, {time}").format(
        date=day_text(generated.date(), DayFormat.LONG), time=time_text(generated)
    )
    text_line(painter, QRectF(0, mm(16.5), width, mm(5)), when, pt_font(8.5), GREY)
    painter.setPen(QPen(RULE, mm(0.3)))
    painter.drawLine(QPointF(0, mm(23)), QPointF(width, mm(23)))


def paint_footer(painter: QPainter, width: float, height: float, page: int, pages: int) -> None:
    """What the record is (and is not), and the page number, at the foot of a page."""
    top = height - mm(6)
    painter.setPen(QPen(RULE, mm(0.2)))
    painter.drawLine(QPointF(0, top), QPointF(width, top))
    note = QCoreApplication.translate(
        "report",
        "A self-care record kept by the person it describes, "
        "not a diagnosis and not medical advice.",
    )
    text_line(painter, QRectF(0, top + mm(1), width - mm(30), mm(5)), note, pt_font(7.5), GREY)
    number = QCoreApplication.translate("report", "Page {n} of {m}").format(n=page + 1, m=pages)
    box = QRectF(width - mm(30), top + mm(1), mm(30), mm(5))
    text_line(painter, box, number, pt_font(7.5), GREY, align=Qt.AlignmentFlag.AlignRight)


def series_pen(colour: QColor, dashed: bool) -> QPen:
    """A series' line: solid or dashed as well as coloured, so colour is not the only cue."""
    pen = QPen(colour, mm(0.45))
    pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    return pen


SERIES = (  # which value of a point, its colour, dashed?, marker
    (1, BEFORE_COLOUR, False, "circle"),
    (2, AFTER_COLOUR, True, "square"),
    (3, RELEASE_COLOUR, False, "diamond"),
)


def paint_trend_heading(
    painter: QPainter, width: float, y: float, charts: bool, grouping: Grouping
) -> None:
    """The charts' title with what a point is and a legend, or the line saying there is none."""
    text_line(
        painter,
        QRectF(0, y, width, mm(7)),
        QCoreApplication.translate("report", "The top knots over time"),
        pt_font(11, True),
    )
    if not charts:
        none = QCoreApplication.translate(
            "report",
            "No tenderness ratings or times to release were recorded in this period, "
            "so there is nothing to chart.",
        )
        text_line(painter, QRectF(0, y + mm(7), width, mm(6)), none, pt_font(9))
        return
    what = {
        Grouping.DAY: QCoreApplication.translate(
            "report", "Each point: one knot's average of one day"
        ),
        Grouping.WEEK: QCoreApplication.translate(
            "report", "Each point: one knot's average of one week"
        ),
        Grouping.MONTH: QCoreApplication.translate(
            "report", "Each point: one knot's average of one month"
        ),
        Grouping.YEAR: QCoreApplication.translate(
            "report", "Each point: one knot's average of one year"
        ),
    }[grouping]
    text_line(painter, QRectF(0, y + mm(7), width * 0.45, mm(5)), what, pt_font(8), GREY)
    x, middle = width, y + mm(9.5)
    labels = (
        (3, QCoreApplication.translate("report", "time to release (s)")),
        (2, QCoreApplication.translate("report", "tender after")),
        (1, QCoreApplication.translate("report", "tender before")),
    )
    painter.setFont(pt_font(8))
    for which, label in labels:
        _, colour, dashed, shape = SERIES[which - 1]
        text_w = painter.fontMetrics().horizontalAdvance(label) + mm(1)
        x -= text_w
        text_line(painter, QRectF(x, y + mm(7), text_w, mm(5)), label, pt_font(8))
        painter.setPen(series_pen(colour, dashed))
        painter.drawLine(QPointF(x - mm(9), middle), QPointF(x - mm(2), middle))
        _point(painter, QPointF(x - mm(5.5), middle), colour, shape)
        x -= mm(13)


def _point(painter: QPainter, at: QPointF, colour: QColor, shape: str) -> None:
    size = mm(0.8)
    painter.setPen(QPen(colour, mm(0.2)))
    painter.setBrush(colour)
    if shape == "square":
        painter.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size))
    elif shape == "diamond":
        painter.drawPolygon(
            QPolygonF(
                [
                    at + QPointF(0, -size * 1.3),
                    at + QPointF(size * 1.3, 0),
                    at + QPointF(0, size * 1.3),
                    at + QPointF(-size * 1.3, 0),
                ]
            )
        )
    else:
        painter.drawEllipse(at, size, size)


Series = list[tuple[date, float | None, float | None, float | None]]


def _plot(  # noqa: PLR0917 - one small chart's every part
    painter: QPainter,
    rect: QRectF,
    series: Series,
    which: tuple[int, ...],
    top: float,
    span: tuple[date, date],
) -> None:
    first, last = span
    plot = rect.adjusted(mm(7), mm(1), -mm(2), -mm(6))
    right = Qt.AlignmentFlag.AlignRight
    for level in (0.0, top / 2, top):
        y = plot.bottom() - level / top * plot.height()
        painter.setPen(QPen(GREY if level == 0 else RULE, mm(0.15)))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        label = QRectF(rect.left(), y - mm(2), mm(5.5), mm(4))
        text_line(painter, label, number_text(level), pt_font(7), GREY, align=right)
    painter.setPen(QPen(GREY, mm(0.15)))
    painter.drawLine(plot.topLeft(), plot.bottomLeft())
    below = QRectF(plot.left(), plot.bottom() + mm(1), plot.width(), mm(4))
    text_line(painter, below, day_text(first), pt_font(7), GREY)
    text_line(painter, below, day_text(last), pt_font(7), GREY, align=right)
    days = max(1, (last - first).days)
    step = min((b[0] - a[0] for a, b in itertools.pairwise(series)), default=timedelta(days=1))
    for index in which:
        _, colour, dashed, shape = SERIES[index - 1]
        valued = [(p[0], v) for p in series if (v := cast("float | None", p[index])) is not None]
        points = [
            QPointF(
                plot.left() + (day - first).days / days * plot.width(),
                plot.bottom() - min(top, value) / top * plot.height(),
            )
            for day, value in valued
        ]
        painter.setPen(series_pen(colour, dashed))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for ((a, _), (b, _)), (pa, pb) in zip(
            itertools.pairwise(valued), itertools.pairwise(points), strict=True
        ):
            if b - a <= 2 * max(step, timedelta(days=7)):  # no line across a long gap
                painter.drawLine(pa, pb)
        for point in points:
            _point(painter, point, colour, shape)


def paint_knot_row(
    painter: QPainter, rect: QRectF, knot: Knot, series: Series, span: tuple[date, date]
) -> None:
    """One knot: its name, then tenderness 0-10 (left) and time to release (right)."""
    name = f"{knot.number} · {knot.name}"
    text_line(painter, QRectF(rect.left(), rect.top(), rect.width(), mm(6)), name, pt_font(9, True))
    gap = mm(6)
    half = (rect.width() - gap) / 2
    body = QRectF(rect.left(), rect.top() + mm(7), half, rect.height() - mm(7))
    _plot(painter, body, series, (1, 2), 10.0, span)
    longest = max([p[3] for p in series if p[3] is not None], default=0.0)
    top = max(30.0, 10.0 * math.ceil(longest / 10.0))
    _plot(painter, body.translated(half + gap, 0), series, (3,), top, span)
