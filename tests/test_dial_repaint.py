"""A running hold costs little: a tick redraws the ring's moved end, never the words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.store import Store
from knotimer.ui.common.countdown import CountdownDisplay, DialFace, Tone
from knotimer.ui.hold import display
from knotimer.ui.main.window import MainWindow

from fakes import FakeClock
from qtsupport import point_on, shown_window


class PaintSpy(QObject):
    """Records the rectangle of every paint event a widget gets."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.rects.append(event.rect())
        return False


def running(seconds: int, fraction: float) -> DialFace:
    return DialFace(str(seconds), "hold", fraction, Tone.RUNNING, seconds)


@pytest.fixture
def dial(qtbot: QtBot) -> CountdownDisplay:
    widget = CountdownDisplay()
    widget.resize(300, 300)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.show_face(running(20, 1.0))
    qtbot.wait(20)
    return widget


def test_a_ring_move_under_half_a_pixel_is_not_painted(
    qtbot: QtBot, dial: CountdownDisplay
) -> None:
    spy = PaintSpy(dial)
    dial.show_face(running(20, 1.0 - 0.0001))  # 0.1 px along a ring of about 140 px radius
    qtbot.wait(30)
    assert spy.rects == []
    assert dial.face().fraction == pytest.approx(0.9999)  # the face itself is remembered


def test_a_tenth_of_a_second_repaints_a_small_strip_not_the_dial(
    qtbot: QtBot, dial: CountdownDisplay
) -> None:
    spy = PaintSpy(dial)
    dial.show_face(running(20, 1.0 - 0.1 / 20))  # 100 ms of a 20 s hold
    qtbot.waitUntil(lambda: bool(spy.rects))
    whole = dial.width() * dial.height()
    assert all(r.width() * r.height() < whole / 10 for r in spy.rects), spy.rects


def test_moves_under_a_pixel_add_up_until_one_is_painted(
    qtbot: QtBot, dial: CountdownDisplay
) -> None:
    spy = PaintSpy(dial)
    painted_at = None
    for step in range(1, 40):  # each 0.09 px, measured from what was last painted
        dial.show_face(running(20, 1.0 - step * 0.0001))
        qtbot.wait(1)
        if spy.rects:
            painted_at = step
            break
    assert painted_at is not None
    assert painted_at > 3


def test_a_new_second_repaints_the_whole_dial_and_redraws_the_still_layer(
    qtbot: QtBot, dial: CountdownDisplay
) -> None:
    dial.grab()
    layer = dial._layer
    dial.show_face(running(20, 0.99))  # the ring moved, the number did not
    dial.grab()
    assert dial._layer is layer  # the number, the track and the caption were not redrawn
    spy = PaintSpy(dial)
    dial.show_face(running(19, 0.95))
    qtbot.waitUntil(lambda: bool(spy.rects))
    assert any(r == dial.rect() for r in spy.rects)
    dial.grab()
    assert dial._layer is not layer


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, store, clock, tmp_path)


def test_a_tick_redoes_no_words_and_says_nothing_changed(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    region = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
    qtbot.mouseClick(
        window.diagram, Qt.MouseButton.LeftButton, pos=point_on(window.diagram, region)
    )
    window.commands.start_pause.trigger()
    session = window.session
    changes: list[str] = []
    session.hold.changed.connect(lambda: changes.append("hold"))
    session.dial.changed.connect(lambda: changes.append("dial"))
    translated: list[str] = []
    real = display.QCoreApplication.translate

    def counting(context: str, text: str, *args: object) -> str:
        translated.append(text)
        return str(real(context, text, *args))

    monkeypatch.setattr(display.QCoreApplication, "translate", counting)
    ticks: list[int] = []
    session.dial.ticked.connect(lambda: ticks.append(window.panel.countdown.seconds_shown()))
    for _ in range(30):  # three seconds of ticks
        clock.advance(0.1)
        session.hold.check()
    assert len(ticks) >= 20  # the display was told
    assert window.panel.countdown.seconds_shown() == 17  # and moved on
    assert changes == []
    assert translated == []
    assert window.panel.countdown.caption() == "hold"
