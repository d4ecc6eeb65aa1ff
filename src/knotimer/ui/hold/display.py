"""Show the hold's state everywhere it appears: countdowns, tray, mini window, action labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from knotimer.app.holdclock import HoldClock
from knotimer.core.holdtimer import HoldState
from knotimer.ui.common.actions import WindowActions
from knotimer.ui.hold.mini import MiniTimerWindow
from knotimer.ui.hold.panel import HoldPanel
from knotimer.ui.hold.tray import HoldTray


def show_hold_state(
    hold: HoldClock,
    panel: HoldPanel,
    mini: MiniTimerWindow,
    tray: HoldTray,
    actions: WindowActions,
    *,
    length_s: int,
    spot_name: str,
) -> None:
    """Bring every view of the hold up to date (cheap: each view repaints only on change)."""
    core = hold.core
    state = core.state
    captions = {
        HoldState.IDLE: QCoreApplication.translate("HoldDisplay", "ready"),
        HoldState.RUNNING: QCoreApplication.translate("HoldDisplay", "hold"),
        HoldState.PAUSED: QCoreApplication.translate("HoldDisplay", "paused"),
    }
    for countdown in (panel.countdown, mini.countdown):
        if state is HoldState.IDLE:
            countdown.show_values(length_s, 0.0, captions[state], paused=False)
        else:
            countdown.show_values(
                core.remaining(),
                core.planned_s,
                captions[state],
                paused=state is HoldState.PAUSED,
            )
    active = state is not HoldState.IDLE
    tray.show_seconds(panel.countdown.seconds_shown() if active else None)
    if mini.spot_label.text() != spot_name:
        mini.spot_label.setText(spot_name)
    labels = {
        HoldState.IDLE: QCoreApplication.translate("HoldDisplay", "&Start hold"),
        HoldState.RUNNING: QCoreApplication.translate("HoldDisplay", "&Pause"),
        HoldState.PAUSED: QCoreApplication.translate("HoldDisplay", "&Resume"),
    }
    if actions.start_pause.text() != labels[state]:
        actions.start_pause.setText(labels[state])
    for action in (actions.release, actions.cancel, actions.extend):
        action.setEnabled(active)
    panel.length.setEnabled(not active)
    for button in panel.presets.buttons():
        button.setEnabled(not active)
