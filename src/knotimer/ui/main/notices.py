"""The notice area above the dial: one reserved place for the banner, a safety note, the routine.

It is a stack whose height is the tallest of its pages at the window's width, so nothing
below it moves when a notice comes or goes. At most one page shows: the routine while it
runs, else the calm note after a "yes" in the safety check, else the offer of the check,
else a line on what to do next.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from knotimer.app.session import Session
from knotimer.core.safety import RedFlag
from knotimer.ui.common.textroom import keep_room, settle
from knotimer.ui.main.banner import SafetyBanner
from knotimer.ui.routine.panel import RoutinePanel

SEE_A_DOCTOR_TODAY = frozenset({RedFlag.SWOLLEN_WARM_RED, RedFlag.SUDDEN_PAIN})


class SafetyNote(QFrame):
    """After a "yes": a persistent, modest note, and a way to answer the questions again."""

    askAgain = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("A note on your answers"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        again = QPushButton(self.tr("Answer again…"), self)
        again.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        again.clicked.connect(self.askAgain)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(again)
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        column.addLayout(buttons)

    def keep_room(self, width: int) -> None:
        """Room for the longer of the two wordings."""
        keep_room(self.text, [self._wording(True), self._wording(False)], width)
        settle(self)

    def show_flags(self, flags: frozenset[RedFlag]) -> None:
        """The wording for what was answered with yes."""
        self.text.setText(self._wording(bool(flags & SEE_A_DOCTOR_TODAY)))

    def _wording(self, today: bool) -> str:
        if today:
            return self.tr(
                "<b>Please see a doctor today.</b> A calf that is swollen, warm or red, or a "
                "pain that started suddenly, should be looked at before any massage. The "
                "guided routine stays off until then."
            )
        return self.tr(
            "<b>Please ask a doctor first.</b> With your answers, check with a doctor "
            "before massaging this calf. The guided routine stays off until then."
        )


class NoticeArea(QStackedWidget):
    """One reserved place for whichever notice matters now."""

    def __init__(self, routine_panel: RoutinePanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.hint.setMargin(6)
        self.banner = SafetyBanner(self)
        self.note = SafetyNote(self)
        self.routine_panel = routine_panel
        self._pages: dict[QWidget, QWidget] = {}
        for notice in (self.hint, self.banner, self.note, routine_panel):
            # Each notice at the top of its page: a frame hugs its text, the rest stays clear.
            page = QWidget(self)
            column = QVBoxLayout(page)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(notice)
            column.addStretch(1)
            self._pages[notice] = page
            self.addWidget(page)

    def current_notice(self) -> QWidget:
        """The notice shown now."""
        page = self.currentWidget()
        return next(notice for notice, held in self._pages.items() if held is page)

    def show_for(self, session: Session) -> None:
        """Pick the page for the session's state."""
        safety = session.safety
        check = safety.check
        if session.guide.active:
            notice: QWidget = self.routine_panel
        elif safety.flagged() and check is not None:
            self.note.show_flags(check.yes)
            notice = self.note
        elif safety.banner_visible():
            notice = self.banner
        else:
            self.hint.setText(self._hint(session))
            notice = self.hint
        page = self._pages[notice]
        if self.currentWidget() is not page:
            self.setCurrentWidget(page)

    def _hint(self, session: Session) -> str:
        if session.flow.active:
            return self.tr("Keep a steady, moderate pressure on the knot.")
        if session.selected_spot() is None:
            return self.tr("Find a knot with your thumb, then click the same place on the diagram.")
        return self.tr("Press Space and press the knot until the end sound.")
