"""Rescue from a damaged record what can still be read, into the record that replaces it.

A damaged file is moved aside, never changed. Once the user has a working record again
(the newest good backup, or a new one), every spot and hold of the damaged file that is
not in it, and that passes the same checks as the start-up check, is copied over with
its own id. Rows that cannot be read, or hold values knotimer never writes, stay behind
in the damaged file, and are counted.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from knotimer.core.dbfile import read_only
from knotimer.core.integrity import allow_utf8_check, valid_rows_sql
from knotimer.core.store import Store

_TABLES = ("spots", "holds", "running_holds")


@dataclass(frozen=True, slots=True)
class Salvaged:
    """What was copied over, and what could not be."""

    spots: int = 0
    holds: int = 0
    left_behind: int = 0  # rows that could not be read or made no sense

    def __bool__(self) -> bool:
        return bool(self.spots or self.holds or self.left_behind)


def _read(damaged: Path) -> tuple[dict[str, list[sqlite3.Row]], int]:
    """The damaged file's sound rows by table, and how many rows were left out."""
    found: dict[str, list[sqlite3.Row]] = {}
    left = 0
    try:
        with read_only(damaged) as connection:
            connection.row_factory = sqlite3.Row
            allow_utf8_check(connection)
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            names = {r[0] for r in connection.execute("SELECT name FROM sqlite_schema")}
            for table in _TABLES:
                if table not in names:
                    continue
                try:
                    total = int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
                    rows = connection.execute(valid_rows_sql(table, version)).fetchall()
                except sqlite3.Error:
                    continue  # this table's pages are unreadable: nothing to count or keep
                found[table] = rows
                left += total - len(rows)
    except sqlite3.Error:
        return {}, left
    return found, left


def salvage(damaged: Path, store: Store) -> Salvaged:
    """Copy the sound rows of ``damaged`` that ``store`` lacks into it, in one transaction."""
    if not damaged.is_file():
        return Salvaged()
    found, left = _read(damaged)
    if not found:
        return Salvaged(left_behind=left)
    known = {
        table: {int(r[0]) for r in store.query(f"SELECT id FROM {table}")}  # noqa: S608
        for table in _TABLES
    }
    columns = {
        table: [str(r[1]) for r in store.query(f"PRAGMA table_info({table})")] for table in _TABLES
    }
    copied = dict.fromkeys(_TABLES, 0)
    with store.transaction():
        for table in _TABLES:
            for row in found.get(table, []):
                if int(row["id"]) in known[table]:
                    continue
                if table != "spots" and int(row["spot_id"]) not in known["spots"]:
                    left += 1  # its spot could not be read: a hold needs its place
                    continue
                names = [name for name in columns[table] if name in row.keys()]  # noqa: SIM118
                store.execute(
                    f"INSERT INTO {table} ({', '.join(names)})"  # noqa: S608 - our own names
                    f" VALUES ({', '.join('?' for _ in names)})",
                    [row[name] for name in names],
                )
                known[table].add(int(row["id"]))
                copied[table] += 1
    return Salvaged(copied["spots"], copied["holds"] + copied["running_holds"], left)
