"""Damage inside rows: every value checked against what knotimer writes, on a read-only connection.

SQLite's quick_check finds broken pages, but on a read-only connection it does not evaluate
CHECK constraints, and it cannot know which muscles or outcomes knotimer writes. A flipped
byte that turns ``soleus`` into ``solews``, or breaks a note's UTF-8, passes it. These
queries find such rows; each is one pass over a table in SQLite (a text's encoding is
checked in Python, for notes only, since every other text column has a fixed shape).
"""

from __future__ import annotations

import sqlite3

from knotimer.core.anatomy import Muscle, Side
from knotimer.core.holdtimer import Outcome


def _listed(values: list[str]) -> str:
    return ", ".join("'" + value.replace("'", "''") + "'" for value in values)


_SIDES = _listed([side.value for side in Side])
_MUSCLES = _listed([muscle.value for muscle in Muscle])
_OUTCOMES = _listed([outcome.value for outcome in Outcome])
# An ISO date (YYYY-MM-DD) that SQLite reads back as itself; a UTC time as the store writes it.
_DATE = "({c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date({c}) IS {c})"
_UTC = (
    "({c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:*'"
    " AND julianday({c}) IS NOT NULL)"
)
_OFFSET = "(typeof({c}) = 'integer' AND {c} BETWEEN -86400 AND 86400)"
_RATING = "({c} IS NULL OR (typeof({c}) = 'integer' AND {c} BETWEEN 0 AND 10))"
_RUN = "({c} IS NULL OR (length({c}) BETWEEN 1 AND 64 AND {c} NOT GLOB '*[^0-9A-Za-z_-]*'))"
_NUMBER = "typeof({c}) IN ('real', 'integer')"

_SPOT_OK = " AND ".join(
    [
        f"side IN ({_SIDES})",
        f"muscle IN ({_MUSCLES})",
        _NUMBER.format(c="x"),
        _NUMBER.format(c="y"),
        "x BETWEEN 0 AND 1",
        "y BETWEEN 0 AND 1",
        _UTC.format(c="created_utc"),
        _OFFSET.format(c="utc_offset_s"),
        _DATE.format(c="local_date"),
        "typeof(note) = 'text'",
        "deleted IN (0, 1)",
    ]
)
_HOLD_V1 = [
    f"outcome IN ({_OUTCOMES})",
    _UTC.format(c="started_utc"),
    _OFFSET.format(c="utc_offset_s"),
    _DATE.format(c="local_date"),
    _NUMBER.format(c="planned_s"),
    _NUMBER.format(c="held_s"),
    _NUMBER.format(c="paused_s"),
    "planned_s > 0 AND held_s >= 0 AND paused_s >= 0",
    "typeof(pauses) = 'integer' AND pauses >= 0",
    "deleted IN (0, 1)",
]
_HOLD_V2 = [
    _RATING.format(c="tenderness_before"),
    _RATING.format(c="tenderness_after"),
    _RUN.format(c="run_id"),
]
_RUNNING_OK = " AND ".join(
    [
        _UTC.format(c="started_utc"),
        _UTC.format(c="seen_utc"),
        _OFFSET.format(c="utc_offset_s"),
        _DATE.format(c="local_date"),
        _NUMBER.format(c="planned_s"),
        _NUMBER.format(c="held_s"),
        "planned_s > 0 AND held_s >= 0 AND paused_s >= 0",
        _RATING.format(c="tenderness_before"),
        _RUN.format(c="run_id"),
    ]
)


def valid_rows_sql(table: str, schema_version: int) -> str:
    """A SELECT of the rows of ``table`` that knotimer could have written (utf8_ok needed)."""
    conditions = {
        "spots": _SPOT_OK + " AND utf8_ok(CAST(note AS BLOB))",
        "holds": " AND ".join(_HOLD_V1 + (_HOLD_V2 if schema_version >= 2 else [])),
        "running_holds": _RUNNING_OK,
    }
    return f"SELECT * FROM {table} WHERE ({conditions[table]}) IS 1 ORDER BY id"  # noqa: S608


def allow_utf8_check(connection: sqlite3.Connection) -> None:
    """Give ``connection`` the utf8_ok() function the checks use."""
    connection.create_function("utf8_ok", 1, _utf8, deterministic=True)


def _tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
    return {str(row[0]) for row in rows}


def _utf8(raw: bytes | None) -> int:
    if raw is None:
        return 1
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return 0
    return 1


def content_problems(connection: sqlite3.Connection, schema_version: int) -> list[str]:
    """Plain descriptions of rows that knotimer could not have written (empty when sound)."""
    if schema_version < 1:
        return []
    tables = _tables(connection)
    problems = []
    checks = [
        ("spots", _SPOT_OK, "spot"),
        ("holds", " AND ".join(_HOLD_V1 + (_HOLD_V2 if schema_version >= 2 else [])), "hold"),
    ]
    if "running_holds" in tables:
        checks.append(("running_holds", _RUNNING_OK, "running hold"))
    for table, condition, what in checks:
        if table not in tables:
            problems.append(f"the table of {what}s is missing")
            continue
        rows = connection.execute(
            f"SELECT id FROM {table} WHERE NOT ({condition}) OR ({condition}) IS NULL LIMIT 3"  # noqa: S608 - constants
        ).fetchall()
        problems += [f"{what} {row[0]} holds a value knotimer never writes" for row in rows]
    allow_utf8_check(connection)
    rows = connection.execute(
        "SELECT id FROM spots WHERE NOT utf8_ok(CAST(note AS BLOB)) LIMIT 3"
    ).fetchall()
    problems += [f"the note on spot {row[0]} is not readable text" for row in rows]
    orphans = connection.execute(
        "SELECT id FROM holds WHERE spot_id NOT IN (SELECT id FROM spots) LIMIT 3"
    ).fetchall()
    problems += [f"hold {row[0]} belongs to no spot" for row in orphans]
    return problems
