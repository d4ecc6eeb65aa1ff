"""Generate (and cache) a knotimer database holding ten years of heavy use: 100 000 holds."""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from common import BENCH_DIR
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.store import Store

# Bump when the generator changes: the cached file's name carries it.
VERSION = 1
HOLDS = 100_000
DAYS = 3650
HOME_ZONE = ZoneInfo("Europe/Berlin")
# Trips abroad: (day of the year they start, length in days, zone).
TRIPS = ((95, 12, ZoneInfo("America/New_York")), (230, 9, ZoneInfo("Asia/Tokyo")))
MUSCLE_WEIGHTS = {
    Muscle.GASTROCNEMIUS_MEDIAL: 30,
    Muscle.GASTROCNEMIUS_LATERAL: 25,
    Muscle.SOLEUS: 20,
    Muscle.FIBULARIS: 15,
    Muscle.ACHILLES: 4,
    Muscle.POPLITEAL: 3,
    Muscle.HEEL: 3,
}
OUTCOME_WEIGHTS = {"completed": 82, "released": 10, "cancelled": 6, "interrupted": 2}
PLANNED_WEIGHTS = {10: 15, 20: 55, 30: 30}
NOTES = ("", "tender after running", "better than yesterday", '"sharp", near the tendon', "=odd")


def cache_path(end: date, folder: Path = BENCH_DIR) -> Path:
    """Where the history ending on ``end`` is cached."""
    return folder / f"history-v{VERSION}-{HOLDS}-{end.isoformat()}.sqlite3"


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _zone(day: date) -> ZoneInfo:
    for start, length, zone in TRIPS:
        if start <= day.timetuple().tm_yday < start + length:
            return zone
    return HOME_ZONE


def _holds_per_day(rng: random.Random, days: int, total: int) -> list[int]:
    counts = [0 if rng.random() < 0.1 else max(4, round(rng.gauss(30.4, 8))) for _ in range(days)]
    counts[-1] = max(counts[-1], 20)  # the last day ("today") is always a busy one
    active = [i for i, n in enumerate(counts) if n]
    while (diff := total - sum(counts)) != 0:
        i = rng.choice(active)
        counts[i] = max(4, counts[i] + (1 if diff > 0 else -1))
    return counts


def _region(rng: random.Random) -> Region:
    muscle = rng.choices(list(MUSCLE_WEIGHTS), weights=list(MUSCLE_WEIGHTS.values()))[0]
    return Region(rng.choice(list(Side)), muscle)


def _make_hold(
    rng: random.Random, hold_id: int, spot_id: int, start: datetime
) -> tuple[tuple[object, ...], float]:
    planned = float(rng.choices(list(PLANNED_WEIGHTS), weights=list(PLANNED_WEIGHTS.values()))[0])
    if rng.random() < 0.05:
        planned = min(90.0, planned + 10 * rng.randint(1, 3))  # extended
    outcome = rng.choices(list(OUTCOME_WEIGHTS), weights=list(OUTCOME_WEIGHTS.values()))[0]
    held = {
        "completed": planned,
        "released": rng.uniform(3, planned),
        "cancelled": rng.uniform(0, planned / 2),
        "interrupted": rng.uniform(0, planned),
    }[outcome]
    pauses = 1 if rng.random() < 0.1 else 0
    paused = round(rng.uniform(2, 15), 3) if pauses else 0.0
    offset = start.utcoffset()
    assert offset is not None
    row = (
        hold_id,
        spot_id,
        _utc_text(start),
        int(offset.total_seconds()),
        start.date().isoformat(),
        planned,
        round(held, 3),
        paused,
        pauses,
        outcome,
    )
    return row, held + paused


def generate(path: Path, end: date, holds: int = HOLDS, days: int = DAYS) -> None:
    """Write a fresh database at ``path`` with ``holds`` holds over ``days`` days up to ``end``."""
    rng = random.Random(VERSION)
    spots: list[tuple[object, ...]] = []
    rows: list[tuple[object, ...]] = []
    recent: list[int] = []  # spot ids of the previous active day: sometimes held again
    for index, count in enumerate(_holds_per_day(rng, days, holds)):
        day = end - timedelta(days=days - 1 - index)
        if not count:
            continue
        zone = _zone(day)
        n_spots = min(count, rng.randint(3, 7))
        evening = datetime(day.year, day.month, day.day, 19, 0, tzinfo=zone)
        session = [
            evening - timedelta(hours=11, minutes=rng.randint(0, 60)),  # morning
            evening + timedelta(minutes=rng.randint(0, 150)),
        ]
        today_spots: list[int] = []
        if recent and rng.random() < 0.25:
            today_spots.append(rng.choice(recent))  # a knot from yesterday, held again
        while len(today_spots) < n_spots:
            region = _region(rng)
            left = region.side is Side.LEFT
            x = rng.uniform(0.1, 0.45) if left else rng.uniform(0.55, 0.9)
            created = session[0] + timedelta(seconds=rng.randint(0, 30))
            spot_id = len(spots) + 1
            offset = created.utcoffset()
            assert offset is not None
            note = rng.choice(NOTES) if rng.random() < 0.02 else ""
            spots.append(
                (
                    spot_id,
                    region.side.value,
                    region.muscle.value,
                    round(x, 4),
                    round(rng.uniform(0.15, 0.9), 4),
                    _utc_text(created),
                    int(offset.total_seconds()),
                    day.isoformat(),
                    note,
                )
            )
            today_spots.append(spot_id)
        for n in range(count):
            which = 0 if n < count // 3 else 1  # a third in the morning, the rest at night
            spot_id = today_spots[n % len(today_spots)]
            session[which] += timedelta(seconds=rng.uniform(15, 45))
            row, took = _make_hold(rng, len(rows) + 1, spot_id, session[which])
            rows.append(row)
            session[which] += timedelta(seconds=took)
        recent = today_spots
    # The Store makes its folder private (chmod 0700): give it a scratch folder of its own.
    with tempfile.TemporaryDirectory(prefix="knotimer-history-") as scratch:
        fresh = Path(scratch) / "knotimer.sqlite3"
        Store(fresh).close()  # the app's own schema
        db = sqlite3.connect(fresh, isolation_level=None)
        try:
            db.execute("BEGIN IMMEDIATE")
            db.executemany(
                "INSERT INTO spots (id, side, muscle, x, y, created_utc, utc_offset_s,"
                " local_date, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                spots,
            )
            db.executemany(
                "INSERT INTO holds (id, spot_id, started_utc, utc_offset_s, local_date,"
                " planned_s, held_s, paused_s, pauses, outcome)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            db.execute("COMMIT")
            db.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            db.close()
        shutil.copyfile(fresh, path)


def ensure_history(end: date | None = None, folder: Path = BENCH_DIR) -> Path:
    """The cached history database ending today (generated on first use, a few seconds)."""
    end = end or datetime.now().astimezone().date()
    target = cache_path(end, folder)
    if target.exists():
        return target
    for stale in folder.glob("history-v*.sqlite3"):
        stale.unlink(missing_ok=True)
    partial = folder / f".{target.stem}.{os.getpid()}.partial.sqlite3"
    generate(partial, end)
    partial.replace(target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, help="write here instead of the cache")
    parser.add_argument("--end", type=date.fromisoformat, help="last day (default: today)")
    args = parser.parse_args()
    end = args.end or datetime.now().astimezone().date()
    if args.out:
        generate(args.out, end)
        print(args.out)
    else:
        print(ensure_history(end))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
