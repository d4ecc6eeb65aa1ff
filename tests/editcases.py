"""Every edit of the record as a case the fault tests run: prepare a record, do the edit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.edits import (
    Deletion,
    Placement,
    day_deletion,
    move_spot,
    purge_deleted,
    rate_hold,
    set_deleted,
    set_note,
    spot_deletion,
)
from knotimer.core.erase import erase_everything
from knotimer.core.holdtimer import HoldTimer
from knotimer.core.running import Progress, begin_running, recover_running, update_running
from knotimer.core.store import Store

from fakes import FakeClock

MEDIAL = Region(Side.LEFT, Muscle.GASTROCNEMIUS_MEDIAL)
SOLEUS = Region(Side.RIGHT, Muscle.SOLEUS)


def held(store: Store, clock: FakeClock, spot_id: int, before: int | None = None) -> int:
    """A completed 20 s hold on ``spot_id``; its id."""
    timer = HoldTimer(clock)
    timer.start(20)
    clock.advance(20)
    result = timer.poll()
    assert result is not None
    return store.record_hold(spot_id, result, tenderness_before=before, run_id="run-1").id


class Case:
    """A record made the same way every time, and the ids in it."""

    def __init__(self, store: Store, clock: FakeClock, name: str) -> None:
        shared = store.add_spot(MEDIAL, 0.3, 0.3, clock.now())
        single = store.add_spot(SOLEUS, 0.7, 0.6, clock.now())
        self.empty = store.add_spot(SOLEUS, 0.6, 0.7, clock.now()).id
        self.shared, self.single = shared.id, single.id
        self.monday = held(store, clock, shared.id)
        self.single_hold = held(store, clock, single.id, before=5)
        self.day: date = clock.now().date()
        clock.advance(24 * 3600)
        self.tuesday = held(store, clock, shared.id)
        store.fault_hook = None
        self.deletion = Deletion()
        if name in ("undo a day's deletion", "purge"):
            self.deletion = day_deletion(store, self.day)
            set_deleted(store, self.deletion, True)
        self.timer = HoldTimer(clock)
        self.timer.start(20)
        assert self.timer.started is not None
        self.running = 0
        if name in ("save a hold", "keep a running hold up to date", "recover a running hold"):
            self.running = begin_running(store, self.single, self.timer.started, 20)
        clock.advance(20)
        result = self.timer.poll()
        assert result is not None
        self.result = result
        self.clock = clock


Edit = Callable[[Store, Case], object]
EDITS: dict[str, Edit] = {
    "delete a day": lambda s, c: set_deleted(s, day_deletion(s, c.day), True),
    "undo a day's deletion": lambda s, c: set_deleted(s, c.deletion, False),
    "delete a spot": lambda s, c: set_deleted(s, spot_deletion(s, c.shared), True),
    "move a spot": lambda s, c: move_spot(s, c.single, Placement(MEDIAL, 0.2, 0.2)),
    "write a note": lambda s, c: set_note(s, c.single, "new note"),
    "rate a hold": lambda s, c: rate_hold(s, c.single_hold, after=True, value=10),
    "purge": lambda s, c: purge_deleted(s),
    "erase everything": lambda s, c: erase_everything(s),
    "mark a spot": lambda s, c: s.add_spot(MEDIAL, 0.5, 0.5, c.clock.now()),
    "start a hold": lambda s, c: begin_running(s, c.single, c.clock.now(), 20),
    "keep a running hold up to date": lambda s, c: update_running(
        s, c.running, Progress(20, 5, 0, 0), c.clock.now()
    ),
    "save a hold": lambda s, c: s.record_hold(c.single, c.result, running_id=c.running),
    "recover a running hold": lambda s, c: recover_running(s),
}


def writes(store: Store, name: str) -> list[str]:
    """The statements (and COMMITs) an edit runs, in order, on a fresh case."""
    case = Case(store, FakeClock(), name)
    seen: list[str] = []
    store.fault_hook = seen.append
    EDITS[name](store, case)
    store.fault_hook = None
    return seen
