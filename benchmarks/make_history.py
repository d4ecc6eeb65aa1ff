"""Generate (and cache) a knotimer record that looks like a real user's: by default ten years.

Knots come and go: each appears on a muscle (often at a usual trigger point), is marked
again day after day a few units from where it was, gets less tender and lets go sooner
over some weeks, and now and then flares up again; a few come back months later. Every
spot lies inside its own muscle on the diagram (checked on the diagram's region mask).
The default record has 100 000 holds over 3 650 days; ``--days 42 --holds 700`` makes
the six-week record the README's History screenshots are taken from.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from common import BENCH_DIR
from knotimer.core.anatomy import ALL_REGIONS, Muscle, Region, Side
from knotimer.core.knotnames import region_box, trigger_points
from knotimer.core.store import Store

# Bump when the generator changes: the cached file's name carries it.
VERSION = 3
HOLDS = 100_000
DAYS = 3650
HOME_ZONE = ZoneInfo("Europe/Berlin")
# Trips abroad: (day of the year they start, length in days, zone).
TRIPS = ((95, 12, ZoneInfo("America/New_York")), (230, 9, ZoneInfo("Asia/Tokyo")))
KNOT_MUSCLES = {  # where recurring knots form
    Muscle.GASTROCNEMIUS_MEDIAL: 36,
    Muscle.GASTROCNEMIUS_LATERAL: 26,
    Muscle.SOLEUS: 26,
    Muscle.FIBULARIS: 12,
}
STRAY_MUSCLES = {**KNOT_MUSCLES, Muscle.ACHILLES: 2, Muscle.POPLITEAL: 1, Muscle.HEEL: 1}
NOTES = ("tender after running", "better than yesterday", '"sharp", after the hills', "=odd")
UNITS_W, UNITS_H = 600, 900  # the drawing, in its own units


class Muscles:
    """Which region lies under each unit of the drawing: the diagram's own region mask."""

    def __init__(self) -> None:
        from PySide6.QtCore import QByteArray, QRectF
        from PySide6.QtGui import QGuiApplication, QImage, QPainter
        from PySide6.QtSvg import QSvgRenderer

        from knotimer.resources import asset
        from knotimer.ui.diagram.svg import load_svg, mask_svg

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        self._app = QGuiApplication.instance() or QGuiApplication(["make_history"])
        renderer = QSvgRenderer(QByteArray(mask_svg(load_svg(asset("diagram/calves.svg")))))
        image = QImage(UNITS_W, UNITS_H, QImage.Format.Format_RGB32)
        image.fill(0)
        with QPainter(image) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, on=False)
            renderer.render(painter, QRectF(0, 0, UNITS_W, UNITS_H))
        pixels = bytes(image.constBits())  # BGRA: the blue byte is the region's index + 1
        self._labels = pixels[0::4]

    def label(self, x: float, y: float) -> int:
        """The region index at a point of the drawing (units), -1 outside every region."""
        ix, iy = int(x), int(y)
        if not (0 <= ix < UNITS_W and 0 <= iy < UNITS_H):
            return -1
        return self._labels[iy * UNITS_W + ix] - 1

    def inside(self, region: Region, x: float, y: float, margin: float) -> bool:
        """Whether (x, y) and a ring ``margin`` units around it all lie on ``region``."""
        want = ALL_REGIONS.index(region)
        ring = [(0.0, 0.0)] + [
            (margin * math.cos(a * math.pi / 4), margin * math.sin(a * math.pi / 4))
            for a in range(8)
        ]
        return all(self.label(x + dx, y + dy) == want for dx, dy in ring)

    def point(self, rng: random.Random, region: Region, margin: float) -> tuple[float, float]:
        """A random point well inside ``region`` (units)."""
        left, top, right, bottom = region_box(region)
        for _ in range(10_000):
            x, y = rng.uniform(left, right) * UNITS_W, rng.uniform(top, bottom) * UNITS_H
            if self.inside(region, x, y, margin):
                return x, y
        raise ValueError(f"no room inside {region.element_id}")

    def near(
        self, rng: random.Random, region: Region, centre: tuple[float, float], spread: float
    ) -> tuple[float, float]:
        """A point a few units from ``centre``, still inside ``region``."""
        for _ in range(200):
            x, y = centre[0] + rng.gauss(0, spread), centre[1] + rng.gauss(0, spread)
            if self.inside(region, x, y, 2.0):
                return x, y
        return centre


@dataclass
class Knot:
    """A knot's course: where, from which day to which, how tender and how slow to let go."""

    region: Region
    centre: tuple[float, float]  # units
    start: int  # day index
    end: int
    tender: float  # at its start, 0-10
    floor: float  # where it settles
    release: float  # seconds it takes to let go at its start
    quick: float  # ... once it has eased
    tau: float  # days to ease most of the way
    flares: list[int] = field(default_factory=list)

    def level(self, day: int) -> tuple[float, float]:
        """(tenderness, seconds to release) on ``day``."""
        eased = math.exp(-(day - self.start) / self.tau)
        flare = sum(math.exp(-(day - f) / 5) for f in self.flares if f <= day)
        tender = self.floor + (self.tender - self.floor) * eased + 2.5 * flare
        release = self.quick + (self.release - self.quick) * eased + 6 * flare
        return min(10.0, tender), release


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _zone(day: date) -> ZoneInfo:
    for start, length, zone in TRIPS:
        if start <= day.timetuple().tm_yday < start + length:
            return zone
    return HOME_ZONE


def _holds_per_day(rng: random.Random, days: int, total: int) -> list[int]:
    mean = total / (days * 0.9)
    counts = [
        0 if rng.random() < 0.1 else max(4, round(rng.gauss(mean, mean / 4))) for _ in range(days)
    ]
    counts[-1] = max(counts[-1], round(mean * 0.8))  # the last day ("today") is a busy one
    active = [i for i, n in enumerate(counts) if n]
    while (diff := total - sum(counts)) != 0:
        i = rng.choice(active)
        counts[i] = max(4, counts[i] + (1 if diff > 0 else -1))
    return counts


def _pick(rng: random.Random, weights: dict[Muscle, int]) -> Region:
    muscle = rng.choices(list(weights), weights=list(weights.values()))[0]
    return Region(rng.choice(list(Side)), muscle)


def _new_knot(rng: random.Random, muscles: Muscles, day: int, old: list[Knot]) -> Knot:
    length = rng.randint(18, 70)
    if old and rng.random() < 0.35:  # an old knot comes back
        was = rng.choice(old)
        region, centre = was.region, muscles.near(rng, was.region, was.centre, 3.0)
    else:
        region = _pick(rng, KNOT_MUSCLES)
        usual = trigger_points(region)
        if usual and rng.random() < 0.55:
            _, tx, ty = rng.choice(usual)
            centre = muscles.near(rng, region, (tx * UNITS_W, ty * UNITS_H), 5.0)
        else:
            centre = muscles.point(rng, region, 10.0)
    tender = rng.uniform(5.0, 8.0)
    release = rng.uniform(24.0, 38.0)
    knot = Knot(
        region,
        centre,
        day,
        day + length,
        tender,
        rng.uniform(1.0, 3.0),
        release,
        rng.uniform(7.0, 13.0),
        rng.uniform(8.0, 24.0),
    )
    knot.flares = [d for d in range(day + 10, day + length) if rng.random() < 0.012]
    return knot


def _rate(rng: random.Random, level: float) -> int:
    return max(0, min(10, round(level + rng.gauss(0, 0.6))))


@dataclass
class Record:
    """Rows for the store's two tables, built day by day."""

    spots: list[tuple[object, ...]] = field(default_factory=list)
    holds: list[tuple[object, ...]] = field(default_factory=list)

    def spot(self, region: Region, at: tuple[float, float], when: datetime, note: str) -> int:
        """Add a spot marked at ``when``; its id."""
        offset = when.utcoffset()
        assert offset is not None
        spot_id = len(self.spots) + 1
        x, y = round(at[0] / UNITS_W, 4), round(at[1] / UNITS_H, 4)
        self.spots.append(
            (
                spot_id,
                region.side.value,
                region.muscle.value,
                x,
                y,
                _utc_text(when),
                int(offset.total_seconds()),
                when.date().isoformat(),
                note,
            )
        )
        return spot_id


def _hold(  # noqa: PLR0917 - one hold's every detail
    rng: random.Random,
    record: Record,
    spot_id: int,
    start: datetime,
    run: str,
    plan: tuple[float, float, float],
) -> tuple[float, float]:
    """One hold; returns (seconds it took, tenderness after it)."""
    planned, tender, release = plan
    if rng.random() < 0.03:
        planned = min(90.0, planned + 10)  # extended with +
    roll = rng.random()
    held = min(planned, release * math.exp(rng.gauss(0, 0.2)))
    outcome = "released" if held < planned - 0.5 else "completed"
    held = held if outcome == "released" else planned
    if roll < 0.04:
        outcome, held = "cancelled", rng.uniform(0, planned / 2)
    elif roll < 0.05:
        outcome, held = "interrupted", rng.uniform(0, planned)
    before = _rate(rng, tender) if rng.random() < 0.8 else None
    eased = max(0.0, tender - rng.uniform(0.6, 2.2) * (tender / 6))
    after = _rate(rng, eased) if before is not None and rng.random() < 0.85 else None
    if after is not None and before is not None:
        after = min(after, before)
    paused = round(rng.uniform(2, 15), 3) if rng.random() < 0.08 else 0.0
    offset = start.utcoffset()
    assert offset is not None
    record.holds.append(
        (
            len(record.holds) + 1,
            spot_id,
            _utc_text(start),
            int(offset.total_seconds()),
            start.date().isoformat(),
            planned,
            round(held, 3),
            paused,
            1 if paused else 0,
            outcome,
            before,
            after,
            run,
        )
    )
    return held + paused, eased if outcome != "cancelled" else tender


def generate(path: Path, end: date, holds: int = HOLDS, days: int = DAYS) -> None:
    """Write a fresh database at ``path`` with ``holds`` holds over ``days`` days up to ``end``."""
    rng = random.Random(VERSION)
    muscles = Muscles()
    record = Record()
    knots: list[Knot] = []
    per_day = _holds_per_day(rng, days, holds)
    active_wanted = max(2, min(6, round(holds / days / 6)))
    for index, count in enumerate(per_day):
        day = end - timedelta(days=days - 1 - index)
        active = [k for k in knots if k.start <= index < k.end]
        while len(active) < active_wanted:
            knot = _new_knot(rng, muscles, index, [k for k in knots if k.end <= index])
            knots.append(knot)
            active.append(knot)
        if not count:
            continue
        zone = _zone(day)
        evening = datetime(day.year, day.month, day.day, 19, 30, tzinfo=zone)
        morning = rng.random() < 0.25
        starts = [evening - timedelta(hours=12)] if morning else []
        starts.append(evening + timedelta(minutes=rng.randint(0, 120)))
        run = f"{index}-0"
        # Every knot gets its share of the day's holds, the tender ones more.
        weights = [k.level(index)[0] + 1 for k in active]
        shares = [1] * len(active)
        for _ in range(count - len(active)):
            shares[rng.choices(range(len(active)), weights=weights)[0]] += 1
        stray = rng.random() < 0.12
        today: dict[int, int] = {}  # knot: its spot today
        for session, start in enumerate(starts):
            moment = start
            planned = float(rng.choices((10, 20, 30), weights=(15, 55, 30))[0])
            if session and rng.random() < 0.8:
                run = f"{index}-{session}"  # the app was closed in between
            for knot, share in zip(active, shares, strict=True):
                mine = share // len(starts) + (session < share % len(starts))
                if not mine:
                    continue
                if id(knot) not in today:  # marked at its first hold of the day, then reused
                    note = rng.choice(NOTES) if rng.random() < 0.02 else ""
                    at = muscles.near(rng, knot.region, knot.centre, 4.0)
                    today[id(knot)] = record.spot(knot.region, at, moment, note)
                spot_id = today[id(knot)]
                tender, release = knot.level(index)
                for _ in range(mine):
                    moment += timedelta(seconds=rng.uniform(15, 45))
                    if rng.random() < 0.02:  # a restart mid-session: a minute or two away
                        moment += timedelta(seconds=rng.uniform(40, 150))
                        run = f"{run}r"
                    took, eased = _hold(
                        rng, record, spot_id, moment, run, (planned, tender, release)
                    )
                    tender = eased + 0.6 * (tender - eased)  # it comes back partly between holds
                    release *= 0.92
                    moment += timedelta(seconds=took)
            if stray and session == len(starts) - 1:
                region = _pick(rng, STRAY_MUSCLES)
                spot_id = record.spot(region, muscles.point(rng, region, 4.0), moment, "")
                moment += timedelta(seconds=30)
                _hold(rng, record, spot_id, moment, run, (planned, rng.uniform(2, 6), 30.0))
    while len(record.holds) > holds:  # the stray spots' holds were on top of the plan
        record.holds.pop(rng.randrange(len(record.holds) - 40))
    _write(path, record)


def _write(path: Path, record: Record) -> None:
    holds = [(i, *row[1:]) for i, row in enumerate(sorted(record.holds, key=lambda r: r[2]), 1)]
    used = {row[1] for row in holds}
    spots = [row for row in record.spots if row[0] in used]
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
                " planned_s, held_s, paused_s, pauses, outcome, tenderness_before,"
                " tenderness_after, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                holds,
            )
            db.execute("COMMIT")
            db.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            db.close()
        shutil.copyfile(fresh, path)


def cache_path(end: date, folder: Path = BENCH_DIR) -> Path:
    """Where the history ending on ``end`` is cached."""
    return folder / f"history-v{VERSION}-{HOLDS}-{end.isoformat()}.sqlite3"


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
    parser.add_argument("--days", type=int, default=DAYS, help=f"days (default {DAYS})")
    parser.add_argument("--holds", type=int, default=HOLDS, help=f"holds (default {HOLDS})")
    args = parser.parse_args()
    end = args.end or datetime.now().astimezone().date()
    if args.out:
        generate(args.out, end, args.holds, args.days)
        print(args.out)
    else:
        print(ensure_history(end))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
