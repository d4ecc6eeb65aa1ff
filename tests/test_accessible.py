"""Screen readers: the diagram and countdown have real roles; milestones are announced."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from pytestqt.qtbot import QtBot

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.store import Store
from knotimer.ui.main.window import MainWindow

from fakes import FakeClock
from qtsupport import shown_window


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    window = shown_window(qtbot, store, clock, tmp_path)
    spot = window.session.edits.mark(Region(Side.LEFT, Muscle.SOLEUS), 0.4, 0.6)
    window.session.select(spot)
    return window


def test_the_diagram_and_the_countdowns_report_their_roles(window: MainWindow) -> None:
    roles = {
        "diagram": QAccessible.queryAccessibleInterface(window.diagram).role(),
        "panel": QAccessible.queryAccessibleInterface(window.panel.countdown).role(),
        "mini": QAccessible.queryAccessibleInterface(window.mini.countdown).role(),
    }
    assert roles == {
        "diagram": QAccessible.Role.Canvas,
        "panel": QAccessible.Role.ProgressBar,
        "mini": QAccessible.Role.ProgressBar,
    }
    countdown = QAccessible.queryAccessibleInterface(window.panel.countdown)
    assert countdown.text(QAccessible.Text.Name) == "20 ready"  # what it shows
    assert countdown.text(QAccessible.Text.Description) == "Hold countdown"


def test_milestones_are_announced_once_each_never_every_second(
    window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[str, QAccessible.AnnouncementPoliteness, object]] = []
    real = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            sent.append((event.message(), event.politeness(), event.object()))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    window.commands.start_pause.trigger()
    for _ in range(25):  # every second of the hold, and past its end
        clock.advance(1)
        window.session.hold.check()
    polite, assertive = (
        QAccessible.AnnouncementPoliteness.Polite,
        QAccessible.AnnouncementPoliteness.Assertive,
    )
    assert [(text, how) for text, how, _ in sent] == [
        ("Hold started: 20 seconds", polite),
        ("Ten seconds left", polite),
        ("Release: the hold is complete", assertive),
    ]
    assert all(source is window.panel.countdown for _, _, source in sent)
