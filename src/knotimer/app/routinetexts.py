"""The guided routine's words: each step's title, short name and what to do in it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from knotimer.core.anatomy import Side
from knotimer.core.routine import Stage, Step


def step_title(stage: Stage) -> str:
    """E.g. 'Left calf · 1 Warm-up'."""
    titles = {
        Step.WARM_UP: QCoreApplication.translate("RoutineGuide", "1 · Warm-up"),
        Step.CROSS_FIBRE: QCoreApplication.translate("RoutineGuide", "2 · Cross-fibre strokes"),
        Step.FIND_KNOTS: QCoreApplication.translate("RoutineGuide", "3 · Find knots"),
        Step.HOLD_KNOTS: QCoreApplication.translate("RoutineGuide", "4 · Hold each knot"),
        Step.SWITCH_LEGS: QCoreApplication.translate("RoutineGuide", "Switch legs"),
    }
    if stage.side is Side.LEFT:  # whole phrases: an adjective agrees with 'calf' in many languages
        calf = QCoreApplication.translate("RoutineGuide", "Left calf · {title}")
    else:
        calf = QCoreApplication.translate("RoutineGuide", "Right calf · {title}")
    return calf.format(title=titles[stage.step])


def step_name(step: Step) -> str:
    """The step's short name, under the dial: 'Warm-up'."""
    names = {
        Step.WARM_UP: QCoreApplication.translate("RoutineGuide", "Warm-up"),
        Step.CROSS_FIBRE: QCoreApplication.translate("RoutineGuide", "Cross-fibre strokes"),
        Step.FIND_KNOTS: QCoreApplication.translate("RoutineGuide", "Find knots"),
        Step.HOLD_KNOTS: QCoreApplication.translate("RoutineGuide", "Hold each knot"),
        Step.SWITCH_LEGS: QCoreApplication.translate("RoutineGuide", "Switch legs"),
    }
    return names[step]


def step_instruction(step: Step) -> str:
    """One or two sentences on what to do in this step."""
    texts = {
        Step.WARM_UP: QCoreApplication.translate(
            "RoutineGuide",
            "Stroke gently with the pads of your fingers, from the ankle up to the top of "
            "the calf, again and again. Oil or cream helps, but dry is fine too.",
        ),
        Step.CROSS_FIBRE: QCoreApplication.translate(
            "RoutineGuide",
            "With your thumbs, draw short lines across the calf. Start low and work your "
            "way up to the top of the calf.",
        ),
        Step.FIND_KNOTS: QCoreApplication.translate(
            "RoutineGuide",
            "Press a little deeper with your thumb. A knot feels tighter or more tender than "
            "the muscle around it: click each one on the diagram.",
        ),
        Step.HOLD_KNOTS: QCoreApplication.translate(
            "RoutineGuide",
            "Keep steady, moderate pressure on each knot until the timer ends or it lets go "
            "(Enter). N skips a knot, R holds the last one again.",
        ),
        Step.SWITCH_LEGS: QCoreApplication.translate(
            "RoutineGuide", "Uncross your legs and cross them the other way round."
        ),
    }
    return texts[step]
