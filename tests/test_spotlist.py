from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from knotimer.app.daymodel import SPOT_ID_ROLE, DayModel
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.records import Spot, SpotSummary

WHEN = datetime(2026, 11, 25, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def _summary(
    spot_id: int,
    muscle: Muscle,
    holds: int,
    held: float,
    tender: tuple[float | None, float | None] = (None, None),
) -> SpotSummary:
    spot = Spot(spot_id, Region(Side.RIGHT, muscle), 0.7, 0.4, WHEN)
    last = WHEN + timedelta(minutes=5) if holds else None
    return SpotSummary(spot, holds, 0, held, last, *tender)


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = DayModel()
    model.set_summaries(
        [_summary(4, Muscle.SOLEUS, 2, 40), _summary(9, Muscle.GASTROCNEMIUS_LATERAL, 0, 0)]
    )
    qtmodeltester.check(model)
    model.set_summaries([])
    qtmodeltester.check(model)


def test_rows_read_as_words() -> None:
    model = DayModel()
    model.set_summaries(
        [
            _summary(4, Muscle.SOLEUS, 2, 95, (6.0, 3.5)),
            _summary(9, Muscle.GASTROCNEMIUS_LATERAL, 0, 0),
        ]
    )
    assert [model.index(0, c).data() for c in range(6)] == [
        "1",
        "Right · soleus",
        "2",
        "1 min 35 s",
        "6 → 3.5",
        "09:35",
    ]
    assert model.index(1, 4).data() == ""
    assert model.index(1, 5).data() == ""
    assert model.index(1, 0).data(SPOT_ID_ROLE) == 9
    assert model.row_of(9) == 1
    assert model.row_of(99) is None
    tooltip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Spot 1, Right · soleus, 2 holds, 1 min 35 s held, tenderness 6 → 3.5"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Spot"


def test_every_role_of_every_cell_is_answered_as_the_rules_say() -> None:
    """The quick role check answers each role as the plain rules below (and None otherwise)."""
    from knotimer.app.daymodel import NUMBER_ROLE, POSITION_ROLE, REGION_ROLE

    model = DayModel()
    model.set_summaries(
        [_summary(4, Muscle.SOLEUS, 2, 95, (6.0, 3.5)), _summary(9, Muscle.HEEL, 0, 0)]
    )
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for row in range(2):
        summary = model.summary(row)
        for column in range(6):
            index = model.index(row, column)
            for role in [*range(50), *range(Qt.ItemDataRole.UserRole, 0x100 + 10)]:
                wanted = {
                    SPOT_ID_ROLE: summary.spot.id,
                    POSITION_ROLE: (summary.spot.x, summary.spot.y),
                    NUMBER_ROLE: row + 1,
                    REGION_ROLE: summary.spot.region,
                    Qt.ItemDataRole.DisplayRole: model._display(summary, row, column),
                    Qt.ItemDataRole.TextAlignmentRole: None if column == 1 else right,
                    Qt.ItemDataRole.ToolTipRole: model.describe(row),
                    Qt.ItemDataRole.AccessibleTextRole: model.describe(row)
                    if column == 0
                    else None,
                }.get(role)
                assert model.data(index, role) == wanted, (row, column, role)
                assert index.data(role) == wanted, (row, column, role)
    assert model.data(model.index(5, 0), Qt.ItemDataRole.DisplayRole) is None
    assert model.index(0, 0).parent().data(SPOT_ID_ROLE) is None
