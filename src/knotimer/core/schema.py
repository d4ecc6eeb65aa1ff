"""The database schema: one migration per version, applied in order inside a transaction."""

from __future__ import annotations

# Each entry upgrades the schema by one version, inside one transaction; PRAGMA user_version
# is the number of entries applied. Append only: never edit an entry that has shipped.
# A new entry needs a fixture database of the version before it: run
# tests/fixtures/make_fixtures.py (tests/test_migrations.py checks that it is there).
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE spots (
        id           INTEGER PRIMARY KEY,
        side         TEXT    NOT NULL CHECK (side IN ('left', 'right')),
        muscle       TEXT    NOT NULL,
        x            REAL    NOT NULL CHECK (x BETWEEN 0 AND 1),
        y            REAL    NOT NULL CHECK (y BETWEEN 0 AND 1),
        created_utc  TEXT    NOT NULL,
        utc_offset_s INTEGER NOT NULL,
        local_date   TEXT    NOT NULL,
        note         TEXT    NOT NULL DEFAULT '',
        deleted      INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX spots_by_date ON spots (local_date);
    CREATE TABLE holds (
        id           INTEGER PRIMARY KEY,
        spot_id      INTEGER NOT NULL REFERENCES spots (id),
        started_utc  TEXT    NOT NULL,
        utc_offset_s INTEGER NOT NULL,
        local_date   TEXT    NOT NULL,
        planned_s    REAL    NOT NULL CHECK (planned_s > 0),
        held_s       REAL    NOT NULL CHECK (held_s >= 0),
        paused_s     REAL    NOT NULL DEFAULT 0,
        pauses       INTEGER NOT NULL DEFAULT 0,
        outcome      TEXT    NOT NULL
                     CHECK (outcome IN ('completed', 'released', 'cancelled', 'interrupted')),
        deleted      INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX holds_by_spot ON holds (spot_id);
    CREATE INDEX holds_by_date ON holds (local_date);
    """,
    # 2: tenderness before and after a hold (0-10), and which run of the app recorded it
    # (a restart ends a session).
    """
    ALTER TABLE holds ADD COLUMN tenderness_before INTEGER
        CHECK (tenderness_before BETWEEN 0 AND 10);
    ALTER TABLE holds ADD COLUMN tenderness_after INTEGER
        CHECK (tenderness_after BETWEEN 0 AND 10);
    ALTER TABLE holds ADD COLUMN run_id TEXT;
    CREATE INDEX holds_by_spot_live ON holds (spot_id, deleted, outcome, local_date,
        started_utc, tenderness_before, tenderness_after);
    """,
    # 3: the hold that is running now, written when it starts and kept up to date every few
    # seconds, so that a crash or a power cut still leaves it in the record (as interrupted).
    # Records made by an early version 2 lack version 2's covering index: it is added here.
    """
    CREATE TABLE running_holds (
        id                INTEGER PRIMARY KEY,
        spot_id           INTEGER NOT NULL REFERENCES spots (id),
        started_utc       TEXT    NOT NULL,
        utc_offset_s      INTEGER NOT NULL,
        local_date        TEXT    NOT NULL,
        planned_s         REAL    NOT NULL CHECK (planned_s > 0),
        held_s            REAL    NOT NULL DEFAULT 0 CHECK (held_s >= 0),
        paused_s          REAL    NOT NULL DEFAULT 0 CHECK (paused_s >= 0),
        pauses            INTEGER NOT NULL DEFAULT 0,
        seen_utc          TEXT    NOT NULL,
        tenderness_before INTEGER CHECK (tenderness_before BETWEEN 0 AND 10),
        run_id            TEXT
    );
    CREATE INDEX IF NOT EXISTS holds_by_spot_live ON holds (spot_id, deleted, outcome,
        local_date, started_utc, tenderness_before, tenderness_after);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def split_sql(script: str) -> list[str]:
    """The statements of a migration (none of them contains a semicolon inside a string)."""
    return [part.strip() for part in script.split(";") if part.strip()]
