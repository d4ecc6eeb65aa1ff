"""The guided routine inside the main window: starting it, its keys, its cues and pictures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot

from knotimer.app.routine import RoutineGuide, step_title
from knotimer.core.anatomy import Side
from knotimer.core.holdtimer import HoldState
from knotimer.core.routine import Step
from knotimer.ui.common.feedback import HoldFeedback
from knotimer.ui.routine.start import ask_sides, safety_allows_routine, stored_step_seconds

if TYPE_CHECKING:
    from knotimer.ui.main.window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def make_guide(window: MainWindow) -> RoutineGuide:
    """The routine's engine, holding knots through the window's hold flow."""
    return RoutineGuide(
        window.clock,
        window.flow,
        spots_on=lambda side: spots_on(window, side),
        hold_length=window.panel.length_s,
        step_seconds=lambda step: stored_step_seconds(window.settings)[step],
        parent=window,
    )


def spots_on(window: MainWindow, side: Side) -> list[int]:
    """Today's spots on one leg, in the order they were marked."""
    return [s.spot.id for s in window.model.summaries() if s.spot.region.side is side]


class RoutineControl(QObject):
    """Connects the guide to the window: keys, the step cues, the diagram's pictures."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guide = window.guide
        self.feedback = HoldFeedback(
            self.guide.step_clock,
            window.cues,
            window.speaker,
            window.flash,
            preferences=window.feedback.preferences,
            phrases=(self._step_phrase, lambda: ""),
            parent=self,
        )
        self.guide.stageChanged.connect(self.show_stage)

    @Slot()
    def start(self) -> None:
        """Ctrl+G: the safety check (when due), which leg, then the routine."""
        window = self.window
        if self.guide.active or window.flow.active:
            window.say(_tr("Finish what is running first (Esc)."))
            return
        if not safety_allows_routine(window, window.settings, window.today()):
            return
        sides = ask_sides(window)
        if sides:
            self.guide.start(sides)

    def space(self) -> bool:
        """Space in a routine between holds: pause a step, or hold this knot again."""
        if not self.guide.active or self.window.flow.active:
            return False
        if self.guide.step_clock.state is not HoldState.IDLE:
            self.guide.toggle_pause()  # a timed step, or the moment between knots
            return True
        knot = self.guide.current_knot
        if knot is not None:
            self.window.select_spot(knot)  # after a cancelled hold: hold this knot again
        return False

    def _step_phrase(self) -> str:
        stage = self.guide.stage
        if self.guide.moving_on or stage is None:
            return ""
        return step_title(stage)

    @Slot()
    def show_stage(self) -> None:
        """Arrows for the strokes, hints while searching, the knot being held selected."""
        window = self.window
        stage = self.guide.stage
        window.commands.routine_next.setEnabled(self.guide.active)
        window.update_hold_display()
        hints_chosen = window.commands.knot_hints.isChecked()
        if stage is None or not self.guide.active:
            window.diagram.set_stroke_guide(None)
            window.diagram.set_hints_visible(hints_chosen)
            return
        strokes = {Step.WARM_UP: False, Step.CROSS_FIBRE: True}
        cross_fibre = strokes.get(stage.step)
        window.diagram.set_stroke_guide(None if cross_fibre is None else (cross_fibre, stage.side))
        window.diagram.set_hints_visible(stage.step is Step.FIND_KNOTS or hints_chosen)
        knot = self.guide.current_knot
        if stage.step is Step.HOLD_KNOTS and knot is not None and not window.flow.active:
            window.select_spot(knot)
