"""Schema versions: every earlier version upgrades inside a transaction; a newer one is refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from knotimer.core import schema
from knotimer.core.backup import check_backup, list_backups
from knotimer.core.dbfile import DatabaseTooNewError, StoreError, side_files
from knotimer.core.holdtimer import Outcome
from knotimer.core.store import DB_FILENAME, SCHEMA_VERSION, Store

from fakes import FakeClock
from faults import FIXTURES, drive, finished_hold, integrity, raw_connect

EARLIER = range(SCHEMA_VERSION)


def fixture(version: int) -> Path:
    return FIXTURES / f"schema-v{version}.sqlite3"


def table_rows(path: Path) -> dict[str, list[dict[str, object]]]:
    connection = raw_connect(path)
    connection.row_factory = sqlite3.Row
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            table: [dict(row) for row in connection.execute(f"SELECT * FROM {table} ORDER BY id")]  # noqa: S608
            for table in tables
        }
    finally:
        connection.close()


def shape(path: Path) -> list[tuple[str, str, object]]:
    """Every table's columns (name, type, default) and every index: the schema, as SQLite has it."""
    connection = raw_connect(path)
    try:
        found: list[tuple[str, str, object]] = []
        for (table,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ):
            found += [
                (f"{table}.{col[1]}", col[2], col[4])
                for col in connection.execute(f"PRAGMA table_info({table})")
            ]
        found += [
            (f"index {name}", str(table), None)
            for name, table in connection.execute(
                "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' ORDER BY name"
            )
        ]
        return found
    finally:
        connection.close()


def test_there_is_a_fixture_for_every_version() -> None:
    missing = [v for v in range(SCHEMA_VERSION + 1) if not fixture(v).exists()]
    assert not missing, (
        f"no fixture database for schema version(s) {missing}: add their sample rows to "
        "tests/fixtures/make_fixtures.py and run it"
    )


@pytest.mark.parametrize("version", EARLIER)
def test_every_earlier_version_upgrades_with_its_rows_intact(
    version: int, tmp_path: Path, clock: FakeClock
) -> None:
    database = tmp_path / "data" / DB_FILENAME
    database.parent.mkdir(mode=0o700)
    shutil.copyfile(fixture(version), database)
    before = table_rows(database) if version else {}

    store = Store(database)
    assert store.schema_version == SCHEMA_VERSION
    after = table_rows(database)
    # Every old row is still there with every old value; new columns were added, not filled in.
    for table, rows in before.items():
        assert len(after[table]) == len(rows)
        for old, new in zip(rows, after[table], strict=True):
            assert {key: new[key] for key in old} == old
    assert integrity(database) == ["ok"]
    assert shape(database) == shape(fresh(tmp_path))
    # The upgraded record works: a new hold is saved and everything exports.
    spot_id = 1 if version else store.add_spot(*_somewhere(clock)).id
    store.record_hold(spot_id, finished_hold(clock, 11, Outcome.RELEASED))
    assert len(list(store.export_rows())) >= 1
    store.close()

    backups = list_backups(database.parent)
    if version == 0:
        assert backups == []  # nothing to keep from an empty file
    else:
        # A backup of the old version was taken before the upgrade, and it checks out.
        [backup] = backups
        assert backup.label == f"before-v{SCHEMA_VERSION}"
        checked = check_backup(backup)
        assert checked is not None
        assert checked.schema_version == version
        assert table_rows(backup.path) == before


def _somewhere(clock: FakeClock) -> tuple[object, float, float, object]:
    from faults import REGIONS

    return REGIONS[0], 0.5, 0.5, clock.now()


def fresh(tmp_path: Path) -> Path:
    folder = tmp_path / "fresh"
    Store.in_folder(folder).close()
    return folder / DB_FILENAME


def test_a_failing_upgrade_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration is one transaction: if its last statement fails, its first is undone too."""
    database = tmp_path / "data" / DB_FILENAME
    database.parent.mkdir(mode=0o700)
    shutil.copyfile(fixture(SCHEMA_VERSION), database)
    before = table_rows(database)
    broken = (
        *schema.MIGRATIONS,
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY); ALTER TABLE holds ADD COLUMN id TEXT",
    )
    monkeypatch.setattr("knotimer.core.database.MIGRATIONS", broken)
    monkeypatch.setattr("knotimer.core.database.SCHEMA_VERSION", len(broken))
    with pytest.raises(StoreError, match="duplicate column"):
        Store(database)
    assert table_rows(database) == before
    raw = raw_connect(database)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert (
        raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sessions'").fetchone()[0] == 0
    )
    raw.close()
    assert integrity(database) == ["ok"]


def test_no_upgrade_without_a_backup_first(tmp_path: Path) -> None:
    if SCHEMA_VERSION < 2:
        pytest.skip("only one schema version so far: nothing to upgrade from a real record")
    database = tmp_path / "data" / DB_FILENAME
    database.parent.mkdir(mode=0o700)
    shutil.copyfile(fixture(SCHEMA_VERSION - 1), database)
    (database.parent / "backups").write_text("a file where the backup folder should be")
    before = database.read_bytes()
    with pytest.raises(StoreError, match=r"but the backup failed: .*nothing was changed"):
        Store(database)
    assert database.read_bytes() == before


def test_a_newer_database_is_refused_without_touching_any_file(tmp_path: Path) -> None:
    database = newer_database(tmp_path)
    before = database.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer knotimer"):
        Store(database)
    assert database.read_bytes() == before
    assert not any(side.exists() for side in side_files(database))


def newer_database(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    database = folder / DB_FILENAME
    shutil.copyfile(fixture(SCHEMA_VERSION), database)
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE from_the_future (x)")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    connection.commit()
    connection.close()
    return database


def test_the_app_says_plainly_that_the_record_is_from_a_newer_knotimer(tmp_path: Path) -> None:
    database = newer_database(tmp_path)
    before = sorted(p.name for p in database.parent.iterdir()), database.read_bytes()
    events, done = drive("--data-dir", str(database.parent))
    assert done.returncode == 1
    [dialog] = [e for e in events if "dialog" in e]
    assert "newer version of knotimer" in str(dialog["text"])
    assert f"record format {SCHEMA_VERSION + 3}" in str(dialog["text"])
    assert "left it untouched" in str(dialog["text"])
    assert not [e for e in events if "window" in e]
    assert (sorted(p.name for p in database.parent.iterdir()), database.read_bytes()) == before
