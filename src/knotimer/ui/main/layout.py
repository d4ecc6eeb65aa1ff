"""How the main window is laid out, and its text scaled with its size."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QSplitter,
    QSplitterHandle,
    QVBoxLayout,
    QWidget,
)

from knotimer.app.daymodel import COL_SPOT
from knotimer.app.labels import advice_text
from knotimer.core.anatomy import Advice
from knotimer.ui.common.textroom import keep_room
from knotimer.ui.main.geometry import (
    DEFAULT_SIZE,
    SETTINGS_GEOMETRY,
    SETTINGS_SPLITTER,
    available_area,
    clamp_to,
    restore_geometry,
)

if TYPE_CHECKING:
    from knotimer.ui.main.window import MainWindow

__all__ = [
    "SETTINGS_GEOMETRY",
    "SETTINGS_SPLITTER",
    "available_area",
    "clamp_to",
    "keep_room_for_advice",
    "lay_out",
    "scale_text",
    "share_width",
    "text_scale",
]

TEXT_SCALE_LIMIT = 1.7  # on a large screen the side column's text grows up to this much
DIAGRAM_ASPECT = 0.62  # width over height the calves need, labels and margins included


def lay_out(window: MainWindow) -> QSplitter:
    """The diagram on the left; notices, the dial, the spot and today's list on the right."""
    table = window.table
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(COL_SPOT, QHeaderView.ResizeMode.Stretch)
    table.setAccessibleName(QCoreApplication.translate("MainWindow", "Today's spots"))
    table.setMinimumHeight(60)
    # The list takes its share of the height, not its wish: the dial comes first.
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    for label in (window.selection_label, window.advice_label, window.rating_label):
        label.setWordWrap(True)
    # No fixed accessible names on these labels: a screen reader reads their text.
    window.advice_label.setForegroundRole(QPalette.ColorRole.Link)  # follows the theme
    advice_font = window.advice_label.font()
    advice_font.setItalic(True)
    window.advice_label.setFont(advice_font)
    window.advice_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    window.advice_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    side = QWidget(window)
    side.setObjectName("side-column")
    column = QVBoxLayout(side)
    column.setContentsMargins(6, 6, 6, 6)
    column.setSpacing(4)
    column.addWidget(window.notices)
    column.addWidget(window.panel, 6)
    column.addWidget(window.selection_label)
    column.addWidget(window.advice_label)  # its room is kept even when it says nothing
    column.addWidget(window.rating_label)
    column.addWidget(window.today_title)
    column.addWidget(table, 2)
    window.side_column = side
    side.installEventFilter(ResizeWatch(lambda: keep_room_for_advice(window), side))

    splitter = LineSplitter(Qt.Orientation.Horizontal, window)
    splitter.addWidget(window.diagram)
    # It stands on the window's own background: filled with that same colour it is opaque,
    # so after a click Qt paints it first, on its own, and today's list after it.
    window.diagram.setAutoFillBackground(True)
    splitter.addWidget(side)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    splitter.setHandleWidth(7)
    window.setCentralWidget(splitter)
    window.statusBar().addPermanentWidget(window.sound_notice)
    scale_text(window, 1.0)
    restore_geometry(window, window.session.settings)
    layout = window.session.settings.value(SETTINGS_SPLITTER)
    window.splitter_restored = isinstance(layout, QByteArray) and splitter.restoreState(layout)
    return splitter


def share_width(splitter: QSplitter, width: int, height: int) -> None:
    """The diagram as wide as the drawing needs (it is tall), the rest for the controls."""
    diagram = max(200, min(round(width * 0.6), round(height * DIAGRAM_ASPECT)))
    splitter.setSizes([diagram, max(1, width - diagram)])


class LineHandle(QSplitterHandle):
    """A plain line the whole height, rather than a dotted grip floating beside a control."""

    def paintEvent(self, event: QPaintEvent) -> None:
        """One thin line in the middle."""
        with QPainter(self) as painter:
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
            middle = self.width() // 2
            painter.fillRect(
                middle, 0, 1, self.height(), self.palette().color(QPalette.ColorRole.Mid)
            )


class LineSplitter(QSplitter):
    """A splitter whose handle is a line."""

    def createHandle(self) -> QSplitterHandle:
        """The handle between the diagram and the controls."""
        handle = LineHandle(self.orientation(), self)
        handle.setCursor(Qt.CursorShape.SplitHCursor)
        return handle


class ResizeWatch(QObject):
    """Calls back when the widget it watches changes size."""

    def __init__(self, resized: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._resized = resized

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A resize: call back; nothing is filtered out."""
        if event.type() == QEvent.Type.Resize:
            self._resized()
        return False


def text_scale(size: QSize) -> float:
    """How much larger the side column's text is at this window size (1 up to the limit)."""
    scale = min(size.width() / DEFAULT_SIZE.width(), size.height() / DEFAULT_SIZE.height())
    return max(1.0, min(TEXT_SCALE_LIMIT, scale))


def scale_text(window: MainWindow, scale: float) -> None:
    """Set the side column's text size (the dial scales with its own size)."""
    base = window.font().pointSizeF()
    font = window.side_column.font()
    font.setPointSizeF(base * scale)
    window.side_column.setFont(font)
    advice = window.advice_label.font()
    advice.setPointSizeF(base * scale)
    window.advice_label.setFont(advice)
    window.panel.set_text_scale(scale)
    keep_room_for_advice(window)


def keep_room_for_advice(window: MainWindow) -> None:
    """Texts that change keep the room of their longest version: nothing below them moves."""
    width = max(window.side_column.width() - 12, 150)
    keep_room(window.advice_label, all_advice(), width)
    window.routine_panel.keep_room(width - 20)
    window.notices.note.keep_room(width - 20)


def all_advice() -> list[str]:
    """Every note a spot can carry."""
    return [text for advice in Advice if (text := advice_text(advice))]
