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
from knotimer.core.privatefile import replacing
from knotimer.core.store import DatabaseDamagedError, StoreError
from knotimer.ui.report.data import (
    Entry,
    ReportSource,
    gather,
    period_text,
    report_title,
    summary_html,
    table_html,
)
from knotimer.ui.report.paint import (
    DPI,
    mm,
    paint_chart,
    paint_diagram,
    paint_footer,
    paint_header,
    paint_trend_heading,
    pt_font,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

__all__ = ["ReportSource", "report_dialog", "write_report"]

MARGIN_MM = 15.0
DIAGRAM_MM = (0.0, 31.0, 68.0, 102.0)  # left, top, width, height within the margins
MAX_CHARTS = 6


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
    """Where the tenderness section goes: its heading and each chart, by page."""

    heading: tuple[int, float] | None = None
    charts: list[tuple[int, QRectF, Entry]] = field(default_factory=list)

    def last_page(self) -> int:
        pages = [page for page, _, _ in self.charts]
        return max([*pages, self.heading[0] if self.heading else 0])


def _plan_trends(entries: list[Entry], page: int, y: float, width: float, height: float) -> _Trends:
    charted = [e for e in entries if e.trend()][:MAX_CHARTS]
    gap, chart_h, heading_h = mm(6), mm(42), mm(14)
    chart_w = (width - gap) / 2
    y += mm(7)
    if y + heading_h + (chart_h if charted else mm(8)) > height:
        page, y = page + 1, 0.0
    trends = _Trends(heading=(page, y))
    y += heading_h
    for index, entry in enumerate(charted):
        column = index % 2
        if column == 0 and index:
            y += chart_h + gap
        if column == 0 and y + chart_h > height:
            page, y = page + 1, 0.0
        trends.charts.append((page, QRectF(column * (chart_w + gap), y, chart_w, chart_h), entry))
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


def _paint_pdf(
    entries: list[Entry], first: date, last: date, generated: datetime, target: QIODevice
) -> int:
    """Lay the report out, then paint it page by page; the number of pages."""
    writer = _new_writer(target, first, last)
    width, body_h = float(writer.width()), writer.height() - mm(9)
    diagram = QRectF(*(mm(v) for v in DIAGRAM_MM))
    summary = _document(writer, summary_html(entries, first, last), width - mm(78))
    reserved = max(diagram.bottom(), mm(26) + summary.size().height()) + mm(8)
    table = _document(writer, table_html(entries, first == last), width)
    _reserve_top(table, reserved)
    table.setPageSize(QSizeF(width, body_h))
    table_pages = table.pageCount()
    trends = _Trends()
    if first != last:
        end = table.documentLayout().blockBoundingRect(table.lastBlock()).bottom()
        end_page = min(int(end // body_h), table_pages - 1)
        trends = _plan_trends(entries, end_page, end - end_page * body_h, width, body_h)
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
                paint_diagram(painter, diagram, entries)
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
                paint_trend_heading(painter, width, trends.heading[1], bool(trends.charts))
            for on_page, rect, entry in trends.charts:
                if on_page == page:
                    paint_chart(painter, rect, entry, first, last)
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
    store: ReportSource,
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
    entries = gather(store, first, last)
    moment = generated or datetime.now().astimezone()
    with _private_pdf(Path(path)) as device:
        return _paint_pdf(entries, first, last, moment, device)


def report_dialog(parent: QWidget, store: ReportSource, first: date, last: date) -> Path | None:
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
        message = QCoreApplication.translate("report", "Saved a {n}-page report to {path}").format(
            n=pages, path=path
        )
        window.statusBar().showMessage(message, 8000)
    return path
