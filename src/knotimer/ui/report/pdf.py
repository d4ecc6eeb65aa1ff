"""The PDF report to hand a therapist, written privately and atomically; and its dialog."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QFile,
    QFileDevice,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
)

from knotimer import __version__
from knotimer.app.labels import Counts
from knotimer.core.privatefile import replacing
from knotimer.core.store import DatabaseDamagedError, Store, StoreError
from knotimer.ui.report.data import Knot, Report, gather, knot_series, period_text, report_title
from knotimer.ui.report.paint import (
    DPI,
    mm,
    paint_diagram,
    paint_footer,
    paint_header,
    paint_knot_row,
    paint_trend_heading,
    pt_font,
)
from knotimer.ui.report.periodtables import period_html
from knotimer.ui.report.tables import day_html, summary_html

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

__all__ = ["report_dialog", "write_report"]

MARGIN_MM = 15.0
DIAGRAM_MM = (0.0, 31.0, 68.0, 102.0)  # left, top, width, height within the margins
CHART_ROW_MM = 44.0  # one knot's two charts


def _document(writer: QPdfWriter, text: str, width: float) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # else the text comes out about 3x too small
    doc.setDefaultFont(pt_font(9))
    doc.setDocumentMargin(0)
    doc.setHtml(text)
    doc.setTextWidth(width)
    return doc


def _reserve_top(doc: QTextDocument, height: float) -> None:
    """Keep the first ``height`` of the first page free for the header and the drawing."""
    spacer = QTextFrameFormat()
    for setter in (spacer.setMargin, spacer.setPadding, spacer.setBorder):
        setter(0)
    spacer.setHeight(QTextLength(QTextLength.Type.FixedLength, height))
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    frame = cursor.insertFrame(spacer)
    offset = doc.documentLayout().frameBoundingRect(frame).top()  # the empty block above it
    spacer.setHeight(QTextLength(QTextLength.Type.FixedLength, max(0.0, height - offset)))
    frame.setFrameFormat(spacer)


@dataclass
class _Trends:
    """Where the charts go: their heading and each knot's row, by page."""

    heading: tuple[int, float] | None = None
    rows: list[tuple[int, QRectF, Knot]] = field(default_factory=list)

    def last_page(self) -> int:
        pages = [page for page, _, _ in self.rows]
        return max([*pages, self.heading[0] if self.heading else 0])


def _plan_trends(knots: list[Knot], page: int, y: float, width: float, height: float) -> _Trends:
    row_h, gap, heading_h = mm(CHART_ROW_MM), mm(5), mm(14)
    y += mm(7)
    if y + heading_h + (row_h if knots else mm(8)) > height:
        page, y = page + 1, 0.0
    trends = _Trends(heading=(page, y))
    y += heading_h
    for knot in knots:
        if y + row_h > height:
            page, y = page + 1, 0.0
        trends.rows.append((page, QRectF(0, y, width, row_h), knot))
        y += row_h + gap
    return trends


def _new_writer(target: QIODevice, first: date, last: date) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(DPI)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(f"{report_title()}: {period_text(first, last)}")
    writer.setCreator(f"knotimer {__version__}")
    return writer


def _paint_pdf(report: Report, generated: datetime, target: QIODevice) -> int:
    """Lay the report out, then paint it page by page; the number of pages."""
    first, last = report.first, report.last
    writer = _new_writer(target, first, last)
    width, body_h = float(writer.width()), writer.height() - mm(9)
    diagram = QRectF(*(mm(v) for v in DIAGRAM_MM))
    summary = _document(writer, summary_html(report), width - mm(78))
    reserved = max(diagram.bottom(), mm(26) + summary.size().height()) + mm(8)
    body = day_html(report) if report.one_day else period_html(report)
    table = _document(writer, body, width)
    _reserve_top(table, reserved)
    table.setPageSize(QSizeF(width, body_h))
    table_pages = table.pageCount()
    trends = _Trends()
    if first != last:
        end = table.documentLayout().blockBoundingRect(table.lastBlock()).bottom()
        end_page = min(int(end // body_h), table_pages - 1)
        trends = _plan_trends(report.charted(), end_page, end - end_page * body_h, width, body_h)
    pages = max(table_pages, trends.last_page() + 1)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(
            errno.EIO, QCoreApplication.translate("report", "could not start writing the PDF")
        )
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for page in range(pages):
            if page and not writer.newPage():
                raise OSError(
                    errno.EIO, QCoreApplication.translate("report", "could not start a new page")
                )
            if page == 0:
                paint_header(painter, width, first, last, generated)
                paint_diagram(painter, diagram, report.marks())
                painter.save()
                painter.translate(mm(78), mm(26))
                summary.drawContents(painter)
                painter.restore()
            if page < table_pages:
                painter.save()
                painter.translate(0, -page * body_h)
                table.drawContents(painter, QRectF(0, page * body_h, width, body_h))
                painter.restore()
            if trends.heading and trends.heading[0] == page:
                heading_y = trends.heading[1]
                paint_trend_heading(painter, width, heading_y, bool(trends.rows), report.grouping)
            for on_page, rect, knot in trends.rows:
                if on_page == page:
                    series = knot_series(knot, report.grouping)
                    paint_knot_row(painter, rect, knot, series, (first, last))
            paint_footer(painter, width, writer.height(), page, pages)
    finally:
        painter.end()
    return pages


@contextlib.contextmanager
def _private_pdf(path: Path) -> Iterator[QFile]:
    """The PDF's file: private, beside ``path``, renamed over it only once complete."""
    with replacing(path) as pending:
        device = QFile()
        mode = QIODevice.OpenModeFlag.WriteOnly
        if not device.open(pending.fd, mode, QFileDevice.FileHandleFlag.DontCloseHandle):
            raise OSError(errno.EIO, device.errorString())
        try:
            yield device
            if not device.flush():
                raise OSError(errno.EIO, device.errorString())
        finally:
            device.close()
        os.lseek(pending.fd, 0, os.SEEK_SET)
        head = os.read(pending.fd, 5)
        os.lseek(pending.fd, max(0, os.fstat(pending.fd).st_size - 1024), os.SEEK_SET)
        if head != b"%PDF-" or b"%%EOF" not in os.read(pending.fd, 1024):
            raise OSError(
                errno.EIO, QCoreApplication.translate("report", "the PDF came out incomplete")
            )


def write_report(
    store: Store,
    first: date,
    last: date,
    path: Path,
    *,
    generated: datetime | None = None,
) -> int:
    """Write the report on ``first``..``last`` (local dates) to ``path``; the pages written.

    The file is readable by the user only and appears whole or not at all.
    """
    if last < first:
        raise ValueError(f"the period ends ({last}) before it starts ({first})")
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise RuntimeError("a PDF report needs a QGuiApplication (for its fonts)")
    report = gather(store, first, last)
    moment = generated or datetime.now().astimezone()
    with _private_pdf(Path(path)) as device:
        return _paint_pdf(report, moment, device)


def report_dialog(parent: QWidget, store: Store, first: date, last: date) -> Path | None:
    """Ask where to save the report on ``first``..``last``, write it, and say how it went."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    stem = f"knotimer-{first}" if first == last else f"knotimer-{first}-to-{last}"
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("report", "Save a report for your therapist"),
        str(Path(folder or Path.home()) / f"{stem}.pdf"),
        QCoreApplication.translate("report", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(f"{path.name}.pdf")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pages = write_report(store, first, last, path)
    except (OSError, StoreError) as error:
        QApplication.restoreOverrideCursor()
        if isinstance(error, DatabaseDamagedError):
            raise
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("report", "Report not saved"),
            QCoreApplication.translate("report", "Could not write {path}: {error}").format(
                path=path, error=error
            ),
        )
        return None
    QApplication.restoreOverrideCursor()
    window = parent.window()
    if isinstance(window, QMainWindow):
        message = Counts.tr("Saved a report of %n page(s) to {path}", None, pages).format(path=path)
        window.statusBar().showMessage(message, 8000)
    return path
