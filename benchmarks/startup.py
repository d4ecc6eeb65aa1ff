"""Start-up: time to first paint and peak RSS of knotimer against a bare Qt window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from common import BENCH_DIR, Figure, median

PAINT_FILE_ENV = "KNOTIMER_FIRST_PAINT_FILE"
QUIT_ENV = "KNOTIMER_QUIT_AFTER_FIRST_PAINT"
TARGET_RATIO = 1.5


@dataclass
class Samples:
    """Every launch of one variant."""

    command: list[str]
    paint_ms: list[float] = field(default_factory=list)
    rss_mib: list[float] = field(default_factory=list)
    exit_ms: list[float] = field(default_factory=list)


def launch(command: list[str], env: dict[str, str], scratch: Path) -> tuple[float, float, float]:
    """Start a process; return (ms to its first paint, peak RSS in MiB, ms to its exit)."""
    paint_file = scratch / "first-paint"
    paint_file.unlink(missing_ok=True)
    child_env = {**env, PAINT_FILE_ENV: str(paint_file), QUIT_ENV: "1"}
    with (scratch / "stderr.log").open("w") as log:
        started = time.monotonic()
        process = subprocess.Popen(command, env=child_env, stdout=subprocess.DEVNULL, stderr=log)
        _, status, usage = os.wait4(process.pid, 0)
        exited = time.monotonic()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or not paint_file.exists():
        log_text = (scratch / "stderr.log").read_text(errors="replace")[-2000:]
        raise RuntimeError(f"{command} exited {process.returncode} without a paint:\n{log_text}")
    painted = float(paint_file.read_text(encoding="utf-8"))
    return (painted - started) * 1000.0, usage.ru_maxrss / 1024.0, (exited - started) * 1000.0


def measure(quick: bool, env: dict[str, str], history_db: Path, scratch: Path) -> list[Figure]:
    """Figures 1 and 2: start-up time and peak memory, as ratios to the bare window."""
    empty_dir = scratch / "empty"
    full_dir = scratch / "history"
    full_dir.mkdir(parents=True)
    shutil.copyfile(history_db, full_dir / "knotimer.sqlite3")
    app = [sys.executable, "-m", "knotimer", "--data-dir"]
    variants = {
        "floor": Samples([sys.executable, str(BENCH_DIR / "bare_window.py")]),
        "empty": Samples([*app, str(empty_dir)]),
        "100k": Samples([*app, str(full_dir)]),
    }
    warmups, runs = (1, 3) if quick else (2, 9)
    for round_ in range(warmups + runs):
        for samples in variants.values():  # interleaved, so drifts hit all alike
            paint_ms, rss, exit_ms = launch(samples.command, env, scratch)
            if round_ >= warmups:
                samples.paint_ms.append(paint_ms)
                samples.rss_mib.append(rss)
                samples.exit_ms.append(exit_ms)
    floor = variants["floor"]
    floor_ms, floor_rss = median(floor.paint_ms), median(floor.rss_mib)
    figures = []
    for name in ("empty", "100k"):
        samples = variants[name]
        app_ms, app_rss = median(samples.paint_ms), median(samples.rss_mib)
        label = "empty database" if name == "empty" else "100 000 holds"
        start_ratio = app_ms / floor_ms
        figures.append(
            Figure(
                key=f"start_{name}",
                label=f"Start to first paint, {label} (x floor)",
                value=start_ratio,
                unit="x",
                target=f"<= {TARGET_RATIO}x",
                ok=start_ratio <= TARGET_RATIO,
                detail={
                    "app_ms": app_ms,
                    "floor_ms": floor_ms,
                    "app_samples_ms": samples.paint_ms,
                    "floor_samples_ms": floor.paint_ms,
                    "app_exit_ms": median(samples.exit_ms),
                    "shown": f"{app_ms:.0f} ms vs {floor_ms:.0f} ms",
                },
            )
        )
        rss_ratio = app_rss / floor_rss
        figures.append(
            Figure(
                key=f"memory_{name}",
                label=f"Peak RSS at start, {label} (x floor)",
                value=rss_ratio,
                unit="x",
                target=f"<= {TARGET_RATIO}x",
                ok=rss_ratio <= TARGET_RATIO,
                detail={
                    "app_mib": app_rss,
                    "floor_mib": floor_rss,
                    "app_samples_mib": samples.rss_mib,
                    "shown": f"{app_rss:.0f} MiB vs {floor_rss:.0f} MiB",
                },
            )
        )
    return figures
