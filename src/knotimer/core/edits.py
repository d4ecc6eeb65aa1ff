"""Edits to the record, each one transaction: move, delete and restore, notes and ratings.

Deleting only hides rows (``deleted = 1``) and remembers exactly which, so undo brings
back exactly those; what is still deleted when the app closes is removed for good.
The rules a user can predict:
- deleting a hold deletes that hold;
- deleting a spot deletes it with every hold on it (the window asks first when some of
  them are on other days);
- deleting a day deletes that day's holds, and the spots of that day's list that have no
  holds left on other days; a spot with holds on other days stays, with those holds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from knotimer.core.anatomy import Region
from knotimer.core.store import Store

NOTE_LIMIT = 2_000_000  # characters; a note is free text, but not a whole book
_IDS = "SELECT value FROM json_each(?)"


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a spot sits: its region and its position (0-1 of the drawing)."""

    region: Region
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Deletion:
    """The spots and holds one delete hid, so that undo brings back exactly those."""

    spot_ids: tuple[int, ...] = ()
    hold_ids: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.spot_ids or self.hold_ids)


def placement(store: Store, spot_id: int) -> Placement:
    """The spot's current place."""
    spot = store.spot(spot_id)
    return Placement(spot.region, spot.x, spot.y)


def move_spot(store: Store, spot_id: int, to: Placement) -> None:
    """Put a spot somewhere else (its holds go with it)."""
    if not (0.0 <= to.x <= 1.0 and 0.0 <= to.y <= 1.0):
        raise ValueError(f"a spot lies inside the drawing (0-1), not at ({to.x}, {to.y})")
    store.change(
        "UPDATE spots SET side = ?, muscle = ?, x = ?, y = ? WHERE id = ?",
        (to.region.side.value, to.region.muscle.value, to.x, to.y, spot_id),
    )


# -- what a delete takes with it ----------------------------------------------
def _ids(rows: object) -> tuple[int, ...]:
    return tuple(int(row[0]) for row in rows)  # type: ignore[attr-defined]


def hold_count(store: Store, spot_id: int) -> int:
    """How many holds (cancelled ones too) a spot has."""
    rows = store.query("SELECT count(*) FROM holds WHERE spot_id = ? AND deleted = 0", (spot_id,))
    return int(rows[0][0])


def holds_elsewhere(store: Store, spot_id: int, day: date) -> int:
    """How many of a spot's holds are on other days than ``day``."""
    rows = store.query(
        "SELECT count(*) FROM holds WHERE spot_id = ? AND deleted = 0 AND local_date != ?",
        (spot_id, day.isoformat()),
    )
    return int(rows[0][0])


def spot_deletion(store: Store, spot_id: int) -> Deletion:
    """A spot with every hold on it."""
    holds = store.query(
        "SELECT id FROM holds WHERE spot_id = ? AND deleted = 0 ORDER BY id", (spot_id,)
    )
    return Deletion((spot_id,), _ids(holds))


def spot_day_deletion(store: Store, spot_id: int, day: date) -> Deletion:
    """A spot's holds on one day; the spot too when it has none on other days."""
    holds = store.query(
        "SELECT id FROM holds WHERE spot_id = ? AND deleted = 0 AND local_date = ? ORDER BY id",
        (spot_id, day.isoformat()),
    )
    keep = holds_elsewhere(store, spot_id, day) > 0
    return Deletion(() if keep else (spot_id,), _ids(holds))


def hold_deletion(hold_id: int) -> Deletion:
    """One hold."""
    return Deletion((), (hold_id,))


def day_deletion(store: Store, day: date) -> Deletion:
    """A day's holds, and the spots of its list that have no holds on other days."""
    text = day.isoformat()
    holds = store.query(
        "SELECT id FROM holds WHERE local_date = ? AND deleted = 0 ORDER BY id", (text,)
    )
    spots = store.query(
        """
        SELECT s.id FROM spots AS s
        WHERE s.deleted = 0
          AND (s.local_date = :day OR s.id IN (
                SELECT spot_id FROM holds WHERE local_date = :day AND deleted = 0))
          AND NOT EXISTS (SELECT 1 FROM holds AS o WHERE o.spot_id = s.id
                          AND o.deleted = 0 AND o.local_date != :day)
        ORDER BY s.id
        """,
        {"day": text},
    )
    return Deletion(_ids(spots), _ids(holds))


def set_deleted(store: Store, deletion: Deletion, deleted: bool) -> None:
    """Hide (or bring back) exactly these spots and holds, all in one transaction."""
    flag = int(deleted)
    with store.transaction():
        if deletion.hold_ids:
            store.execute(
                f"UPDATE holds SET deleted = ? WHERE id IN ({_IDS})",  # noqa: S608 - constant
                (flag, json.dumps(deletion.hold_ids)),
            )
        if deletion.spot_ids:
            store.execute(
                f"UPDATE spots SET deleted = ? WHERE id IN ({_IDS})",  # noqa: S608 - constant
                (flag, json.dumps(deletion.spot_ids)),
            )


# -- notes and ratings ----------------------------------------------------------
def set_note(store: Store, spot_id: int, note: str) -> str:
    """Set a spot's note; returns the note it had before."""
    if len(note) > NOTE_LIMIT:
        raise ValueError(f"a note holds up to {NOTE_LIMIT} characters")
    with store.transaction():
        before = store.spot(spot_id).note
        store.execute("UPDATE spots SET note = ? WHERE id = ?", (note, spot_id))
    return before


def rate_hold(store: Store, hold_id: int, *, after: bool, value: int | None) -> int | None:
    """Set the tenderness before or after a hold (0-10, None to clear); returns the old one."""
    if value is not None and not 0 <= value <= 10:
        raise ValueError(f"tenderness is rated 0-10, not {value}")
    column = "tenderness_after" if after else "tenderness_before"
    with store.transaction():
        rows = store.query(f"SELECT {column} FROM holds WHERE id = ?", (hold_id,))  # noqa: S608
        if not rows:
            raise KeyError(hold_id)
        store.execute(f"UPDATE holds SET {column} = ? WHERE id = ?", (value, hold_id))  # noqa: S608
    old = rows[0][0]
    return None if old is None else int(old)


def purge_deleted(store: Store) -> int:
    """Remove for good what was deleted (once undo can no longer bring it back); rows removed.

    Holds of a deleted spot go with it (older records hid them only through their spot).
    """
    with store.transaction():
        removed = store.execute(
            "DELETE FROM holds"
            " WHERE deleted = 1 OR spot_id IN (SELECT id FROM spots WHERE deleted = 1)"
        ).rowcount
        removed += store.execute(
            "DELETE FROM spots WHERE deleted = 1 AND id NOT IN (SELECT spot_id FROM holds)"
            " AND id NOT IN (SELECT spot_id FROM running_holds)"
        ).rowcount
    return int(removed)
