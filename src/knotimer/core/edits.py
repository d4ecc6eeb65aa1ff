"""Edits to the record, each one undoable: move, delete and restore, notes, ratings, erase all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knotimer.core.anatomy import Region
from knotimer.core.store import Store

NOTE_LIMIT = 2_000_000  # characters; a note is free text, but not a whole book


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a spot sits: its region and its position (0-1 of the drawing)."""

    region: Region
    x: float
    y: float


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


def set_spot_deleted(store: Store, spot_id: int, deleted: bool) -> None:
    """Hide a spot and its holds (deleted) or bring them back (undo)."""
    store.change("UPDATE spots SET deleted = ? WHERE id = ?", (int(deleted), spot_id))


def set_hold_deleted(store: Store, hold_id: int, deleted: bool) -> None:
    """Hide one hold or bring it back."""
    store.change("UPDATE holds SET deleted = ? WHERE id = ?", (int(deleted), hold_id))


@dataclass(frozen=True, slots=True)
class DayContents:
    """What a day's deletion hid, so that undo brings back exactly that."""

    spot_ids: tuple[int, ...]
    hold_ids: tuple[int, ...]


def day_contents(store: Store, day: date) -> DayContents:
    """The visible spots marked and holds made on ``day``."""
    text = day.isoformat()
    spots = store.query("SELECT id FROM spots WHERE local_date = ? AND deleted = 0", (text,))
    holds = store.query("SELECT id FROM holds WHERE local_date = ? AND deleted = 0", (text,))
    return DayContents(tuple(r["id"] for r in spots), tuple(r["id"] for r in holds))


def set_day_deleted(store: Store, contents: DayContents, deleted: bool) -> None:
    """Hide (or bring back) the given spots and holds of a day."""
    for spot_id in contents.spot_ids:
        set_spot_deleted(store, spot_id, deleted)
    for hold_id in contents.hold_ids:
        set_hold_deleted(store, hold_id, deleted)


def set_note(store: Store, spot_id: int, note: str) -> str:
    """Set a spot's note; returns the note it had before."""
    if len(note) > NOTE_LIMIT:
        raise ValueError(f"a note holds up to {NOTE_LIMIT} characters")
    before = store.spot(spot_id).note
    store.change("UPDATE spots SET note = ? WHERE id = ?", (note, spot_id))
    return before


def rate_hold(store: Store, hold_id: int, *, after: bool, value: int | None) -> int | None:
    """Set the tenderness before or after a hold (0-10, None to clear); returns the old one."""
    if value is not None and not 0 <= value <= 10:
        raise ValueError(f"tenderness is rated 0-10, not {value}")
    column = "tenderness_after" if after else "tenderness_before"
    rows = store.query(f"SELECT {column} AS value FROM holds WHERE id = ?", (hold_id,))  # noqa: S608
    if not rows:
        raise KeyError(hold_id)
    store.change(f"UPDATE holds SET {column} = ? WHERE id = ?", (value, hold_id))  # noqa: S608
    old = rows[0]["value"]
    return None if old is None else int(old)


def purge_deleted(store: Store) -> int:
    """Remove for good what was deleted (when undo can no longer bring it back)."""
    removed = store.change(
        "DELETE FROM holds"
        " WHERE deleted = 1 OR spot_id IN (SELECT id FROM spots WHERE deleted = 1)",
        (),
    )
    removed += store.change(
        "DELETE FROM spots WHERE deleted = 1 AND id NOT IN (SELECT spot_id FROM holds)", ()
    )
    return removed


def erase_everything(store: Store) -> None:
    """Delete every spot and hold, then compact the file so nothing lingers on disk."""
    store.change("DELETE FROM holds", ())
    store.change("DELETE FROM spots", ())
    store.vacuum()
