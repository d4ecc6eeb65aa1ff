"""The guided routine in the window: starting it, its step cues, and its pictures on the diagram."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from knotimer.app.routine import step_title
from knotimer.app.session import Session
from knotimer.core.preferences import CuePreferences
from knotimer.core.routine import Step
from knotimer.ui.common.cues import CuePlayer
from knotimer.ui.common.feedback import HoldFeedback
from knotimer.ui.common.flash import FlashOverlay
from knotimer.ui.common.speech import Speaker
from knotimer.ui.diagram.widget import DiagramWidget
from knotimer.ui.routine.start import ask_sides, safety_allows_routine


class RoutineControl(QObject):
    """Starts the routine (safety check, which leg), and shows each step as it comes."""

    stageShown = Signal()  # the diagram and actions now show the current stage

    def __init__(
        self,
        session: Session,
        diagram: DiagramWidget,
        hints_action: QAction,
        cue_outputs: tuple[CuePlayer, Speaker, FlashOverlay],
        *,
        preferences: CuePreferences,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._diagram = diagram
        self._hints_action = hints_action
        self._parent = parent
        self.guide = session.guide
        cues, speaker, flash = cue_outputs
        self.feedback = HoldFeedback(
            self.guide.step_clock,
            cues,
            speaker,
            flash,
            preferences=preferences,
            phrases=(self._step_phrase, lambda: ""),
            parent=self,
        )
        self.guide.stageChanged.connect(self.show_stage)

    @Slot()
    def start(self) -> None:
        """Ctrl+G: the safety check (when due), which leg, then the routine."""
        session = self._session
        if self.guide.active or session.flow.active:
            session.message.emit(self.tr("Finish what is running first (Esc)."))
            return
        if not safety_allows_routine(self._parent, session.safety):
            return
        sides = ask_sides(self._parent)
        if sides:
            self.guide.start(sides)

    def _step_phrase(self) -> str:
        stage = self.guide.stage
        if self.guide.moving_on or stage is None:
            return ""
        return step_title(stage)

    @Slot()
    def show_stage(self) -> None:
        """Arrows for the strokes, hints while searching, the knot being held selected."""
        stage = self.guide.stage
        diagram = self._diagram
        hints_chosen = self._hints_action.isChecked()
        if stage is None or not self.guide.active:
            diagram.set_stroke_guide(None)
            diagram.set_hints_visible(hints_chosen)
            self.stageShown.emit()
            return
        strokes = {Step.WARM_UP: False, Step.CROSS_FIBRE: True}
        cross_fibre = strokes.get(stage.step)
        diagram.set_stroke_guide(None if cross_fibre is None else (cross_fibre, stage.side))
        diagram.set_hints_visible(stage.step is Step.FIND_KNOTS or hints_chosen)
        knot = self.guide.current_knot
        if stage.step is Step.HOLD_KNOTS and knot is not None and not self._session.flow.active:
            self._session.select(knot)
        self.stageShown.emit()
