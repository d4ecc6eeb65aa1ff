"""Stored rows turned into records, and damage inside a row reported as damage, not a crash."""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.dbfile import DatabaseDamagedError, StoreError, classify
from knotimer.core.holdtimer import Outcome
from knotimer.core.records import ExportRow, Hold, Spot


def utc_text(moment: datetime) -> str:
    """An aware time as the UTC text the store keeps."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def offset_s(moment: datetime) -> int:
    """The UTC offset of an aware time, in seconds."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("a stored time needs its UTC offset")
    return int(offset.total_seconds())


@functools.cache
def _zone(offset: int) -> timezone:
    return timezone(timedelta(seconds=offset))


def local_time(utc: str, offset: int) -> datetime:
    """A stored UTC time as the local time it was, with its offset."""
    return datetime.fromisoformat(utc).astimezone(_zone(offset))


@functools.cache
def region_of(side: str, muscle: str) -> Region:
    """The Region for stored side and muscle texts (one object per region)."""
    return Region(Side(side), Muscle(muscle))


def spot_from_row(row: sqlite3.Row, id_key: str = "id", offset_key: str = "utc_offset_s") -> Spot:
    """A Spot from a row of ``spots`` (the keys name the id and offset columns if aliased)."""
    return Spot(
        id=row[id_key],
        region=region_of(row["side"], row["muscle"]),
        x=row["x"],
        y=row["y"],
        created=local_time(row["created_utc"], row[offset_key]),
        note=row["note"],
    )


def hold_from_row(row: sqlite3.Row) -> Hold:
    """A Hold from a row of ``holds``."""
    return Hold(
        id=row["id"],
        spot_id=row["spot_id"],
        started=local_time(row["started_utc"], row["utc_offset_s"]),
        planned_s=row["planned_s"],
        held_s=row["held_s"],
        paused_s=row["paused_s"],
        pauses=row["pauses"],
        outcome=Outcome(row["outcome"]),
        tenderness_before=row["tenderness_before"],
        tenderness_after=row["tenderness_after"],
        run_id=row["run_id"],
    )


class ExportRows(Iterator[ExportRow]):
    """The holds of one export query, as ExportRow records or as their plain values.

    The rows come from one query over the spots joined to their holds, so every row of a
    spot carries that spot's side, muscle, x, y, note and place: a writer may work out
    those cells once per spot (``spot_id``).
    """

    def __init__(self, values: Iterator[tuple[Any, ...]]) -> None:
        self._values = values

    def __iter__(self) -> ExportRows:
        return self

    def __next__(self) -> ExportRow:
        return ExportRow(*next(self._values))

    def values(self) -> Iterator[tuple[Any, ...]]:
        """The rows not read yet as tuples of ExportRow's fields, in its order."""
        return self._values


def _decode_failure(error: sqlite3.Error) -> bool:
    return "decode" in str(error).lower() or "utf-8" in str(error).lower()


@contextlib.contextmanager
def reading(path: Path) -> Iterator[None]:
    """Around a read and its conversion: any trouble becomes a StoreError saying what it is.

    A value no knotimer writes (a muscle it does not know, text that is not UTF-8, a time
    it cannot read) means the file was damaged after the start-up check: it is reported as
    DatabaseDamagedError, which the application answers as it does damage found at start.
    """
    try:
        yield
    except sqlite3.Error as error:
        if _decode_failure(error):
            raise DatabaseDamagedError(
                f"could not read {path}: the file is damaged (text that is not UTF-8)"
            ) from error
        raise classify(error, f"could not read {path}") from error
    except StoreError:
        raise
    except (ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError) as error:
        raise DatabaseDamagedError(
            f"could not read {path}: the file is damaged (a stored value makes no sense: {error})"
        ) from error
