"""Painting the PDF report's parts: header, footer, the calves with markers, trend charts."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QByteArray, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtSvg import QSvgRenderer

from knotimer.app.labels import region_name, side_name
from knotimer.core.anatomy import ALL_REGIONS, Side
from knotimer.resources import asset
from knotimer.ui.diagram.svg import HINTS_ID, load_svg, without_ids
from knotimer.ui.report.data import Entry, day_text, period_text, report_title

DPI = 300
INK, GREY, RULE = QColor("#1d1d1d"), QColor("#5f5f5f"), QColor("#b4b4b4")
MARKER_FILL = QColor("#1565c0")
BEFORE_COLOUR, AFTER_COLOUR = QColor("#b23c17"), QColor("#1565c0")  # as in the app's chart
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


def paint_diagram(painter: QPainter, rect: QRectF, entries: list[Entry]) -> None:
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
        date=day_text(generated.date()), time=generated.strftime("%H:%M")
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


def series_pen(before: bool) -> QPen:
    """Before the hold: solid; after: dashed, in another colour (so colour is not the only cue)."""
    pen = QPen(BEFORE_COLOUR if before else AFTER_COLOUR, mm(0.45))
    pen.setStyle(Qt.PenStyle.SolidLine if before else Qt.PenStyle.DashLine)
    return pen


def paint_trend_heading(painter: QPainter, width: float, y: float, charts: bool) -> None:
    """The tenderness section's title with a legend, or the line saying there are no ratings."""
    text_line(
        painter,
        QRectF(0, y, width, mm(7)),
        QCoreApplication.translate("report", "Tenderness over time"),
        pt_font(11, True),
    )
    if not charts:
        none = QCoreApplication.translate(
            "report", "No tenderness ratings were recorded in this period, so there is no trend."
        )
        text_line(painter, QRectF(0, y + mm(7), width, mm(6)), none, pt_font(9))
        return
    what = QCoreApplication.translate("report", "0–10, the average of each day's ratings")
    text_line(painter, QRectF(0, y + mm(7), width / 2, mm(5)), what, pt_font(8), GREY)
    painter.setFont(pt_font(8))
    x, middle = width, y + mm(9.5)
    for before, label in (
        (False, QCoreApplication.translate("report", "after the hold")),
        (True, QCoreApplication.translate("report", "before")),
    ):
        text_w = painter.fontMetrics().horizontalAdvance(label) + mm(1)
        x -= text_w
        text_line(painter, QRectF(x, y + mm(7), text_w, mm(5)), label, pt_font(8))
        painter.setPen(series_pen(before))
        painter.drawLine(QPointF(x - mm(9), middle), QPointF(x - mm(2), middle))
        x -= mm(14)


def _series(entry: Entry, before: bool, first: date, last: date, plot: QRectF) -> list[QPointF]:
    span = max(1, (last - first).days)
    points = []
    for day, mean_before, mean_after in entry.trend():
        value = mean_before if before else mean_after
        if value is not None:
            x = plot.left() + (day - first).days / span * plot.width()
            points.append(QPointF(x, plot.bottom() - value / 10 * plot.height()))
    return points


def paint_chart(painter: QPainter, rect: QRectF, entry: Entry, first: date, last: date) -> None:
    """One knot's tenderness per day: before (solid, circles) and after (dashed, squares)."""
    name = f"{entry.number} · {region_name(entry.region)}"
    text_line(painter, QRectF(rect.left(), rect.top(), rect.width(), mm(6)), name, pt_font(9, True))
    plot = rect.adjusted(mm(7), mm(8), -mm(2), -mm(6))
    right = Qt.AlignmentFlag.AlignRight
    for level in range(0, 11, 2):
        y = plot.bottom() - level / 10 * plot.height()
        painter.setPen(QPen(GREY if level == 0 else RULE, mm(0.15)))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        label = QRectF(rect.left(), y - mm(2), mm(5.5), mm(4))
        text_line(painter, label, str(level), pt_font(7), GREY, align=right)
    painter.setPen(QPen(GREY, mm(0.15)))
    painter.drawLine(plot.topLeft(), plot.bottomLeft())
    below = QRectF(plot.left(), plot.bottom() + mm(1), plot.width(), mm(4))
    text_line(painter, below, day_text(first, "d MMM"), pt_font(7), GREY)
    text_line(painter, below, day_text(last, "d MMM"), pt_font(7), GREY, align=right)
    size = mm(0.8)
    for before in (True, False):
        points = _series(entry, before, first, last, plot)
        pen = series_pen(before)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF(points))
        painter.setPen(QPen(pen.color(), mm(0.2)))
        painter.setBrush(pen.color())
        for point in points:
            if before:
                painter.drawEllipse(point, size, size)
            else:
                painter.drawRect(QRectF(point.x() - size, point.y() - size, 2 * size, 2 * size))
