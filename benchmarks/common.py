"""Shared, Qt-free helpers: statistics, figures, worker processes and their environment."""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent


@dataclass
class Figure:
    """One line of the results table."""

    key: str
    label: str
    value: float | None  # None: the feature does not exist yet (n/a)
    unit: str
    target: str
    ok: bool | None
    detail: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """The figure as plain JSON data."""
        return asdict(self)


def median(values: Sequence[float]) -> float:
    """The median (NaN for no values)."""
    return statistics.median(values) if values else math.nan


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), linear between closest ranks."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def interleaved(
    real: Callable[[], object], floor: Callable[[], object], runs: int, warmups: int = 1
) -> tuple[list[float], list[float]]:
    """Milliseconds per call of ``real`` and of its ``floor``, measured alternately.

    After ``warmups`` untimed calls of each, ``runs`` rounds each time both, in turn first
    (real, floor; floor, real; ...), so whatever else loads the machine weighs on both alike.
    Each call starts after a full garbage collection, so none pays for the other's garbage.
    """
    for _ in range(warmups):
        real()
        floor()
    samples: dict[int, list[float]] = {0: [], 1: []}
    for round_ in range(runs):
        order = ((0, real), (1, floor)) if round_ % 2 == 0 else ((1, floor), (0, real))
        for which, action in order:
            gc.collect()
            began = time.perf_counter()
            action()
            samples[which].append((time.perf_counter() - began) * 1000.0)
    return samples[0], samples[1]


def bench_env(home: Path) -> dict[str, str]:
    """The environment for child processes: offscreen Qt, a private home, no real user data."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["HOME"] = str(home)
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    env["XDG_DATA_HOME"] = str(home / ".local" / "share")
    env["XDG_CACHE_HOME"] = str(home / ".cache")
    env["XDG_RUNTIME_DIR"] = str(home / "runtime")
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    env.pop("KNOTIMER_DATA_DIR", None)
    # Installed apps start from cached bytecode: write it (to a scratch tree, not the repo)
    # even where the caller's environment says PYTHONDONTWRITEBYTECODE.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / ".cache" / "pycache")
    return env


def run_worker(
    script: str, args: Sequence[str], env: dict[str, str], timeout_s: float = 600
) -> dict[str, Any]:
    """Run ``benchmarks/<script>`` in its own process; return the JSON it wrote with --out."""
    with tempfile.TemporaryDirectory(prefix="knotimer-bench-") as scratch:
        out = Path(scratch) / "out.json"
        done = subprocess.run(
            [sys.executable, str(BENCH_DIR / script), "--out", str(out), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
        if done.returncode != 0 or not out.exists():
            raise RuntimeError(f"{script} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return result


def worker_main(
    measure: Callable[[argparse.Namespace], dict[str, Any]],
    description: str,
    extra: Callable[[argparse.ArgumentParser], None] | None = None,
) -> int:
    """Command line of a worker: ``--quick``, ``--out FILE`` (else stdout), its own options."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="short runs (CI smoke test)")
    parser.add_argument("--out", type=Path, help="write the JSON result here")
    if extra is not None:
        extra(parser)
    args = parser.parse_args()
    result = measure(args)
    text = json.dumps(result, indent=1)
    if args.out is None:
        print(text)
    else:
        args.out.write_text(text, encoding="utf-8")
    return 0
