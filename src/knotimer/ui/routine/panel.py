"""The guided routine's panel: which step, what to do, the step's countdown, and its keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from knotimer.app.routine import RoutineGuide, step_instruction, step_title
from knotimer.core.holdtimer import HoldState
from knotimer.core.routine import Step
from knotimer.ui.common.textroom import keep_room, settle


class RoutinePanel(QFrame):
    """Shown while a routine runs; hidden otherwise."""

    def __init__(self, guide: RoutineGuide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(QCoreApplication.translate("RoutinePanel", "Guided routine"))
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.instruction = QLabel(self)
        self.instruction.setWordWrap(True)
        self.progress = QLabel(self)
        self.pause_button = QPushButton(
            QCoreApplication.translate("RoutinePanel", "Pause (Space)"), self
        )
        self.next_button = QPushButton(QCoreApplication.translate("RoutinePanel", "Next (N)"), self)
        self.leave_button = QPushButton(
            QCoreApplication.translate("RoutinePanel", "Leave (Esc)"), self
        )
        for button in (self.pause_button, self.next_button, self.leave_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        heading = QHBoxLayout()  # the step, and where it is in the routine, on one line
        heading.addWidget(self.title, 1)
        heading.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.instruction)
        layout.addLayout(buttons)
        self.pause_button.clicked.connect(guide.toggle_pause)
        self.next_button.clicked.connect(guide.next)
        self.leave_button.clicked.connect(guide.leave)
        guide.stageChanged.connect(self.refresh)
        guide.step_clock.changed.connect(self._show_time)
        self.refresh()

    def keep_room(self, width: int) -> None:
        """The instruction keeps the room of the longest step's, the title one line."""
        keep_room(self.instruction, [step_instruction(step) for step in Step], width)
        keep_room(self.title, ["Xg"], width)
        keep_room(self.progress, ["Xg"], width // 3)
        settle(self)

    @Slot()
    def refresh(self) -> None:
        """Show the current stage (or hide when no routine runs)."""
        stage = self.guide.stage
        if stage is None:
            return
        self.title.setText(step_title(stage))
        self.instruction.setText(step_instruction(stage.step))
        routine = self.guide.routine
        if stage.step is Step.HOLD_KNOTS and routine is not None:
            number, total = routine.knot_position()
            self.progress.setText(
                QCoreApplication.translate("RoutinePanel", "Knot {n} of {total}").format(
                    n=number, total=total
                )
                + (
                    " · " + QCoreApplication.translate("RoutinePanel", "next knot in a moment")
                    if self.guide.moving_on
                    else ""
                )
            )
        else:
            self.progress.setText(
                QCoreApplication.translate("RoutinePanel", "Step {n} of {total}").format(
                    n=(routine.index + 1) if routine else 0,
                    total=len(routine.stages) if routine else 0,
                )
            )
        self._show_time()

    @Slot()
    def _show_time(self) -> None:
        # The step's time is on the main dial: one countdown, never two.
        state = self.guide.step_clock.core.state
        self.pause_button.setText(
            QCoreApplication.translate("RoutinePanel", "Go on (Space)")
            if state is HoldState.PAUSED
            else QCoreApplication.translate("RoutinePanel", "Pause (Space)")
        )
