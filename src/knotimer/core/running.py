"""The hold that is running now, kept in the record so that a crash or power cut cannot lose it.

A hold is written when it starts (its spot, planned length and start), brought up to date
every few seconds (the seconds held so far), and replaced by the finished hold when it ends,
in the same transaction. A row still here at the next start is a hold the app never saw
end: it is recorded as interrupted, with the seconds held up to the last update.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from knotimer.core.holdtimer import Outcome
from knotimer.core.records import Hold
from knotimer.core.rows import local_time, offset_s, utc_text
from knotimer.core.store import Store

HEARTBEAT_S = 5.0  # how often a running hold's seconds are written


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a running hold has got."""

    planned_s: float
    held_s: float
    paused_s: float
    pauses: int


def begin_running(
    store: Store,
    spot_id: int,
    started: datetime,
    planned_s: float,
    *,
    tenderness_before: int | None = None,
    run_id: str | None = None,
) -> int:
    """Write a hold that has just started; its running id."""
    return store.insert(
        "INSERT INTO running_holds (spot_id, started_utc, utc_offset_s, local_date, planned_s,"
        " seen_utc, tenderness_before, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            spot_id,
            utc_text(started),
            offset_s(started),
            started.date().isoformat(),
            planned_s,
            utc_text(started),
            tenderness_before,
            run_id,
        ),
    )


def update_running(store: Store, running_id: int, progress: Progress, seen: datetime) -> None:
    """Bring a running hold up to date (one small write, every few seconds)."""
    store.change(
        "UPDATE running_holds SET planned_s = ?, held_s = ?, paused_s = ?, pauses = ?,"
        " seen_utc = ? WHERE id = ?",
        (
            progress.planned_s,
            max(0.0, progress.held_s),
            max(0.0, progress.paused_s),
            progress.pauses,
            utc_text(seen),
            running_id,
        ),
    )


def recover_running(store: Store) -> list[Hold]:
    """Record every hold left running by a crash as interrupted, in one transaction.

    Returns the holds now recorded (none after a clean end). Their spots stay: a hold is
    never saved on a spot that is gone.
    """
    rows = store.query("SELECT * FROM running_holds ORDER BY id")
    if not rows:
        return []
    recovered = []
    with store.transaction():
        for row in rows:
            cursor = store.execute(
                "INSERT INTO holds (spot_id, started_utc, utc_offset_s, local_date, planned_s,"
                " held_s, paused_s, pauses, outcome, tenderness_before, run_id)"
                " SELECT spot_id, started_utc, utc_offset_s, local_date, planned_s,"
                " held_s, paused_s, pauses, ?, tenderness_before, run_id"
                " FROM running_holds WHERE id = ?",
                (Outcome.INTERRUPTED.value, row["id"]),
            )
            store.execute("UPDATE spots SET deleted = 0 WHERE id = ?", (row["spot_id"],))
            store.execute("DELETE FROM running_holds WHERE id = ?", (row["id"],))
            with store.reading():
                recovered.append(
                    Hold(
                        id=int(cursor.lastrowid or 0),
                        spot_id=row["spot_id"],
                        started=local_time(row["started_utc"], row["utc_offset_s"]),
                        planned_s=row["planned_s"],
                        held_s=row["held_s"],
                        paused_s=row["paused_s"],
                        pauses=row["pauses"],
                        outcome=Outcome.INTERRUPTED,
                        tenderness_before=row["tenderness_before"],
                        run_id=row["run_id"],
                    )
                )
    return recovered
