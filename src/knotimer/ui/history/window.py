"""The history window: past days on a calendar, and the knots that keep coming back.

It shows the session's record and changes it only through the session (undoable). It
reads the record again only while it is shown, and once when it is shown again after
a change, so an open but hidden History costs nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from knotimer.app.session import Session
from knotimer.ui.history.days import DaysPage
from knotimer.ui.history.knots import KnotsPage


class HistoryWindow(QWidget):
    """Days (calendar, a day's spots, sessions and holds) and recurring knots (heat map, trend)."""

    reportRequested = Signal(object)  # a date: the main window writes that day's PDF

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.refreshes = 0  # how often the record was read again (for tests and the benchmark)
        self._stale = True
        self.setWindowTitle(self.tr("History – knotimer"))
        self.setAccessibleName(self.tr("History"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("History views"))
        self.days = DaysPage(session, self)
        self.knots = KnotsPage(session, self)
        self.tabs.addTab(self.days, self.tr("&Days"))
        self.tabs.addTab(self.knots, self.tr("&Recurring knots"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(1100, 760)
        self.days.reportRequested.connect(self.reportRequested)
        session.recordChanged.connect(self._record_changed)
        self._opened = False  # the first refresh goes to the latest day with holds

    @Slot()
    def _record_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (again): bring it up to date if the record changed meanwhile."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read everything shown from the record again."""
        self._stale = False
        self.refreshes += 1
        self.days.mark_calendar()
        if not self._opened:
            self._opened = True
            self.days.choose(self.days.latest_day() or self.session.today_date())
        self.days.show_day()
        self.knots.show_knots()
