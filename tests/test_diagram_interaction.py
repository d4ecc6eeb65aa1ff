from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from knotimer.core.anatomy import ALL_REGIONS, Muscle, Region, Side
from knotimer.resources import asset
from knotimer.ui.diagram.widget import DiagramWidget, Marker

from qtsupport import show_markers

MEDIAL_LEFT = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
SOLEUS_RIGHT = Region(Side.RIGHT, Muscle.SOLEUS)


@pytest.fixture
def diagram(qtbot: QtBot) -> DiagramWidget:
    widget = DiagramWidget(asset("diagram/calves.svg"))
    qtbot.addWidget(widget)
    widget.resize(600, 900)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def move_to(diagram: DiagramWidget, point: QPointF, buttons: Qt.MouseButton) -> None:
    event = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        point,
        diagram.mapToGlobal(point),
        Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(diagram, event)


def test_every_anchor_lies_inside_its_own_region(diagram: DiagramWidget) -> None:
    anchors = diagram.anchors()
    assert set(anchors) == set(ALL_REGIONS)
    for region, (x, y) in anchors.items():
        assert diagram.region_at(diagram.to_widget(x, y)) == region


def test_hover_highlights_and_names_the_region(diagram: DiagramWidget) -> None:
    point = diagram.to_widget(*diagram.anchors()[SOLEUS_RIGHT])
    move_to(diagram, point, Qt.MouseButton.NoButton)
    assert diagram.hovered() == SOLEUS_RIGHT
    assert diagram.toolTip() == "Right · soleus"
    assert diagram.cursor().shape() is Qt.CursorShape.CrossCursor
    move_to(diagram, QPointF(3, 3), Qt.MouseButton.NoButton)
    assert diagram.hovered() is None
    assert diagram.cursor().shape() is Qt.CursorShape.ArrowCursor


def test_hint_tooltips_only_while_hints_are_shown(diagram: DiagramWidget) -> None:
    hint_point = diagram.to_widget(0.38, 0.2911)  # gastrocnemius TP1, left leg
    assert diagram.hint_at(hint_point) is None
    diagram.set_hints_visible(True)
    hint = diagram.hint_at(hint_point)
    assert hint is not None
    assert (hint.muscle, hint.point, hint.side) == ("gastrocnemius", 1, Side.LEFT)
    move_to(diagram, hint_point, Qt.MouseButton.NoButton)
    assert "TP1" in diagram.toolTip()


def test_names_and_hints_change_what_is_painted(diagram: DiagramWidget) -> None:
    plain = diagram.grab().toImage()
    diagram.set_names_visible(True)
    named = diagram.grab().toImage()
    diagram.set_names_visible(False)
    diagram.set_hints_visible(True)
    hinted = diagram.grab().toImage()
    assert named != plain
    assert hinted != plain
    assert hinted != named


def test_arrow_keys_and_enter_mark_a_spot_without_a_mouse(
    qtbot: QtBot, diagram: DiagramWidget
) -> None:
    diagram.setFocus()
    requests: list[tuple[Region, float, float]] = []
    diagram.markRequested.connect(lambda r, x, y: requests.append((r, x, y)))
    qtbot.keyClick(diagram, Qt.Key.Key_Down)
    start = diagram.crosshair()
    assert start is not None
    qtbot.keyClick(diagram, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    moved = diagram.crosshair()
    assert moved is not None
    assert moved[0] > start[0]
    assert moved[1] == pytest.approx(start[1])
    qtbot.keyClick(diagram, Qt.Key.Key_Return)
    [(region, x, y)] = requests
    assert (x, y) == pytest.approx(moved)
    assert region == diagram.region_at(diagram.to_widget(x, y))


def test_tab_steps_through_the_spots_then_leaves(qtbot: QtBot, diagram: DiagramWidget) -> None:
    show_markers(diagram, [Marker(7, 1, 0.3, 0.3), Marker(9, 2, 0.7, 0.3)])
    clicked: list[int] = []
    diagram.spotClicked.connect(clicked.append)
    diagram.setFocus()
    assert diagram.focusNextPrevChild(True)
    assert diagram.focusNextPrevChild(True)
    assert clicked == [7, 9]
    assert diagram.focusNextPrevChild(False)
    assert clicked == [7, 9, 7]
    assert diagram.selected() == 7  # through the selection model


def test_dragging_a_spot_moves_it_to_the_region_under_the_drop(
    qtbot: QtBot, diagram: DiagramWidget
) -> None:
    x, y = diagram.anchors()[MEDIAL_LEFT]
    show_markers(diagram, [Marker(5, 1, x, y)])
    moves: list[tuple[int, Region, float, float]] = []
    diagram.spotMoved.connect(lambda *args: moves.append(args))
    start = diagram.to_widget(x, y).toPoint()
    target = diagram.to_widget(*diagram.anchors()[SOLEUS_RIGHT]).toPoint()
    qtbot.mousePress(diagram, Qt.MouseButton.LeftButton, pos=start)
    move_to(diagram, QPointF(start + QPoint(20, 20)), Qt.MouseButton.LeftButton)
    move_to(diagram, QPointF(target), Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(diagram, Qt.MouseButton.LeftButton, pos=target)
    [(spot_id, region, new_x, new_y)] = moves
    assert (spot_id, region) == (5, SOLEUS_RIGHT)
    assert diagram.to_widget(new_x, new_y).toPoint() == target


def test_a_drop_outside_the_calves_moves_nothing(qtbot: QtBot, diagram: DiagramWidget) -> None:
    x, y = diagram.anchors()[MEDIAL_LEFT]
    show_markers(diagram, [Marker(5, 1, x, y)])
    start = diagram.to_widget(x, y).toPoint()
    with qtbot.assertNotEmitted(diagram.spotMoved), qtbot.waitSignal(diagram.missed):
        qtbot.mousePress(diagram, Qt.MouseButton.LeftButton, pos=start)
        move_to(diagram, QPointF(5, 5), Qt.MouseButton.LeftButton)
        qtbot.mouseRelease(diagram, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_delete_asks_to_remove_the_selected_spot(qtbot: QtBot, diagram: DiagramWidget) -> None:
    show_markers(diagram, [Marker(5, 1, 0.3, 0.3)])
    diagram.setFocus()
    with qtbot.assertNotEmitted(diagram.deleteRequested):
        qtbot.keyClick(diagram, Qt.Key.Key_Delete)  # nothing selected yet
    diagram.select(5)
    with qtbot.waitSignal(diagram.deleteRequested) as blocker:
        qtbot.keyClick(diagram, Qt.Key.Key_Delete)
    assert blocker.args == [5]


def test_screen_readers_hear_each_spot(diagram: DiagramWidget) -> None:
    show_markers(diagram, [Marker(5, 1, 0.3, 0.3, "Spot 1, Left · soleus, 3 holds, 1 min held")])
    assert diagram.accessibleName() == "Calf diagram"
    assert "Spot 1, Left · soleus, 3 holds" in diagram.accessibleDescription()
