"""Show the hold's state everywhere it appears: the dial, mini window, tray, action labels."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from knotimer.app.dial import DialMode
from knotimer.app.labels import seconds_text
from knotimer.app.routine import step_name
from knotimer.app.session import Session
from knotimer.core.holdtimer import HoldState
from knotimer.ui.common.actions import WindowActions
from knotimer.ui.common.countdown import DialFace, Tone
from knotimer.ui.hold.mini import MiniTimerWindow
from knotimer.ui.hold.panel import HoldPanel
from knotimer.ui.hold.tray import HoldTray

LAST_SECONDS = 3


def _ceil(seconds: float) -> int:
    return math.ceil(seconds - 1e-9) if seconds > 0 else 0


def _clock_text(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def dial_face(session: Session) -> DialFace:
    """What the dial shows for the session's state now."""
    mode = session.dial.mode
    core = session.hold.core
    if mode in (DialMode.HOLDING, DialMode.PAUSED):
        left = _ceil(core.remaining())
        fraction = max(0.0, min(1.0, core.remaining() / core.planned_s))
        if mode is DialMode.PAUSED:
            caption = QCoreApplication.translate("HoldDisplay", "paused")
            return DialFace(str(left), caption, fraction, Tone.PAUSED, left)
        tone = Tone.LAST_SECONDS if left <= LAST_SECONDS else Tone.RUNNING
        caption = QCoreApplication.translate("HoldDisplay", "hold")
        return DialFace(str(left), caption, fraction, tone, left)
    if mode is DialMode.RELEASE:
        return DialFace(
            QCoreApplication.translate("HoldDisplay", "Release"),
            QCoreApplication.translate("HoldDisplay", "time is up: let go"),
            tone=Tone.RELEASE,
        )
    if mode is DialMode.RELEASED:
        held = session.unsaved.last_saved
        caption = (
            QCoreApplication.translate("HoldDisplay", "held {held}").format(
                held=seconds_text(held.held_s)
            )
            if held is not None
            else ""
        )
        return DialFace(
            QCoreApplication.translate("HoldDisplay", "Let go"), caption, tone=Tone.RELEASE
        )
    if mode is DialMode.ASK:
        return DialFace(
            QCoreApplication.translate("HoldDisplay", "How tender now?"),
            QCoreApplication.translate("HoldDisplay", "press 0-9 (1 then 0 for 10)"),
            tone=Tone.ASK,
        )
    if mode in (DialMode.STEP, DialMode.NEXT_KNOT):
        step = session.guide.step_clock.core
        left = _ceil(step.remaining())
        ring = max(0.0, min(1.0, step.remaining() / step.planned_s)) if step.planned_s else None
        stage = session.guide.stage
        if mode is DialMode.NEXT_KNOT:
            caption = QCoreApplication.translate("HoldDisplay", "next knot")
        else:
            caption = step_name(stage.step) if stage is not None else ""
        if step.state is HoldState.PAUSED:
            caption = QCoreApplication.translate("HoldDisplay", "{step} · paused").format(
                step=caption
            )
        return DialFace(_clock_text(left), caption, ring, Tone.STEP, None)
    return DialFace.ready(session.length_s)


def ticked_face(shown: DialFace, session: Session) -> DialFace:
    """``shown`` with the time moved on: its words stay, its seconds and ring are redone."""
    mode = session.dial.mode
    if mode is DialMode.HOLDING:
        core = session.hold.core
        left = _ceil(core.remaining())
        fraction = max(0.0, min(1.0, core.remaining() / core.planned_s))
        tone = Tone.LAST_SECONDS if left <= LAST_SECONDS else Tone.RUNNING
        return replace(shown, big=str(left), fraction=fraction, tone=tone, seconds=left)
    if mode in (DialMode.STEP, DialMode.NEXT_KNOT):
        step = session.guide.step_clock.core
        ring = max(0.0, min(1.0, step.remaining() / step.planned_s)) if step.planned_s else None
        return replace(shown, big=_clock_text(_ceil(step.remaining())), fraction=ring)
    return shown


def show_hold_time(
    session: Session, panel: HoldPanel, mini: MiniTimerWindow, tray: HoldTray
) -> None:
    """A tick: only the seconds and the ring move, where they are shown (no words redone)."""
    face = ticked_face(panel.countdown.face(), session)
    panel.countdown.show_face(face)
    mini.countdown.show_face(face)  # hidden, it only remembers the face
    if session.hold.state is not HoldState.IDLE:
        tray.show_seconds(face.seconds)


def show_hold_state(
    session: Session,
    panel: HoldPanel,
    mini: MiniTimerWindow,
    tray: HoldTray,
    actions: WindowActions,
) -> None:
    """Bring every view of the hold up to date (cheap: each view repaints only on change)."""
    face = dial_face(session)
    panel.countdown.show_face(face)
    mini.countdown.show_face(face)
    state = session.hold.state
    active = state is not HoldState.IDLE
    tray.show_seconds(face.seconds if active else None)
    spot_name = session.spot_name(session.focus_spot())
    if mini.spot_label.text() != spot_name:
        mini.spot_label.setText(spot_name)
    labels = {
        HoldState.IDLE: QCoreApplication.translate("HoldDisplay", "&Start hold"),
        HoldState.RUNNING: QCoreApplication.translate("HoldDisplay", "&Pause"),
        HoldState.PAUSED: QCoreApplication.translate("HoldDisplay", "&Resume"),
    }
    label = labels[state]
    step = session.guide.step_clock.state
    if not active and session.guide.active and step is not HoldState.IDLE:
        # Space pauses the routine's step (or the moment before the next knot).
        label = (
            QCoreApplication.translate("HoldDisplay", "&Go on")
            if step is HoldState.PAUSED
            else QCoreApplication.translate("HoldDisplay", "&Pause step")
        )
    if actions.start_pause.text() != label:
        actions.start_pause.setText(label)
    spot = session.selected_spot()
    row = None if spot is None else session.today.row_of(spot)
    holdable = row is None or session.today.summary(row).spot.region.holdable
    actions.start_pause.setEnabled(active or holdable or session.guide.active)
    for action in (actions.release, actions.extend):
        action.setEnabled(active)
    # In the routine Esc also leaves it (its panel says so): the action stays enabled.
    actions.cancel.setEnabled(active or session.guide.active)
    panel.length.setEnabled(not active)
    for button in panel.presets.buttons():
        button.setEnabled(not active)
