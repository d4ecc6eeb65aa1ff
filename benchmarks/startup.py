"""Start-up: time to first paint and peak memory of knotimer against a bare Qt window.

Offscreen (every machine) and on a real X server (Xvfb, where installed), the launches of
each program are interleaved so that drifts in load hit all alike. On X, GNOME Clocks is
measured too when installed: its window is seen painted from outside (xwatch.py).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from common import BENCH_DIR, Figure, median
from figures import ratio_figure
from xwatch import VirtualScreen, x_env, xvfb_available

PAINT_FILE_ENV = "KNOTIMER_FIRST_PAINT_FILE"
QUIT_ENV = "KNOTIMER_QUIT_AFTER_FIRST_PAINT"
TARGET_RATIO = 1.5  # start-up against a bare Qt window
CLOCKS_RATIO = 1.0  # no slower than the desktop's own clock app
MEMORY_RATIO = 1.3  # peak memory at the first paint against the bare window's


@dataclass
class Samples:
    """Every launch of one program."""

    command: list[str]
    paint_ms: list[float] = field(default_factory=list)
    paint_mib: list[float] = field(default_factory=list)  # peak RSS when first painted
    exit_mib: list[float] = field(default_factory=list)  # peak RSS over the whole run
    seen_ms: list[float] = field(default_factory=list)  # on X: seen painted from outside
    painted: list[str] = field(default_factory=list)  # what knotimer painted first


def _probe(paint_file: Path, started: float) -> tuple[float, float, str]:
    """(ms from ``started`` to the first paint, peak MiB then, what was painted)."""
    lines = paint_file.read_text(encoding="utf-8").split()
    if not lines:
        raise RuntimeError(f"{paint_file} is empty")
    peak_kib = float(lines[1]) if len(lines) > 1 else 0.0
    return (float(lines[0]) - started) * 1000.0, peak_kib / 1024.0, "".join(lines[2:3])


def launch(
    command: list[str], env: dict[str, str], scratch: Path
) -> tuple[float, float, float, str]:
    """A process that quits once up: (paint ms, MiB then, MiB at exit, what was painted)."""
    paint_file = scratch / "first-paint"
    paint_file.unlink(missing_ok=True)
    child_env = {**env, PAINT_FILE_ENV: str(paint_file), QUIT_ENV: "1"}
    with (scratch / "stderr.log").open("w") as log:
        started = time.monotonic()
        process = subprocess.Popen(command, env=child_env, stdout=subprocess.DEVNULL, stderr=log)
        _, status, usage = os.wait4(process.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0 or not paint_file.exists():
        log_text = (scratch / "stderr.log").read_text(errors="replace")[-2000:]
        raise RuntimeError(f"{command} exited {code} without a paint:\n{log_text}")
    paint_ms, paint_mib, painted = _probe(paint_file, started)
    return paint_ms, paint_mib, usage.ru_maxrss / 1024.0, painted


def measure(quick: bool, env: dict[str, str], history_db: Path, scratch: Path) -> list[Figure]:
    """Start-up time and memory as ratios to the bare window, offscreen and on X."""
    empty_dir, full_dir = scratch / "empty", scratch / "history"
    full_dir.mkdir(parents=True)
    shutil.copyfile(history_db, full_dir / "knotimer.sqlite3")
    app = [sys.executable, "-m", "knotimer", "--data-dir"]
    variants = {
        "floor": Samples([sys.executable, str(BENCH_DIR / "bare_window.py")]),
        "empty": Samples([*app, str(empty_dir)]),
        "100k": Samples([*app, str(full_dir)]),
    }
    # The first launches write bytecode and knotimer's first frame (as any first start).
    warmups, runs = (1, 3) if quick else (2, 9)
    for round_ in range(warmups + runs):
        for samples in variants.values():  # interleaved
            paint_ms, paint_mib, exit_mib, painted = launch(samples.command, env, scratch)
            if round_ >= warmups:
                samples.painted.append(painted)
                samples.paint_ms.append(paint_ms)
                samples.paint_mib.append(paint_mib)
                samples.exit_mib.append(exit_mib)
    floor = variants["floor"]
    floor_ms, floor_mib = median(floor.paint_ms), median(floor.paint_mib)
    figures = []
    for name in ("empty", "100k"):
        samples = variants[name]
        label = "empty database" if name == "empty" else "100 000 holds"
        figures.append(
            ratio_figure(
                f"start_{name}",
                f"Start to first paint, {label}, offscreen (x bare window)",
                median(samples.paint_ms),
                floor=floor_ms,
                target=TARGET_RATIO,
                unit="ms",
                app_samples_ms=samples.paint_ms,
                floor_samples_ms=floor.paint_ms,
                first_painted=samples.painted,
            )
        )
        figures.append(
            ratio_figure(
                f"memory_{name}",
                f"Peak RSS at first paint, {label} (x bare window)",
                median(samples.paint_mib),
                floor=floor_mib,
                target=MEMORY_RATIO,
                unit="MiB",
                app_exit_mib=median(samples.exit_mib),
                floor_exit_mib=median(floor.exit_mib),
            )
        )
    figures.append(
        Figure(
            "memory_built",
            "  peak RSS once the whole window is built, empty database",
            median(variants["empty"].exit_mib),
            "MiB",
            "(info)",
            None,
            {"floor_mib": median(floor.exit_mib)},
        )
    )
    return figures + measure_x(quick, env, empty_dir, scratch)


def _seen(
    screen: VirtualScreen, command: list[str], env: dict[str, str], scratch: Path
) -> tuple[float, float | None]:
    """(ms until seen painted on X, the probe's paint ms for a program that has one).

    knotimer quits by itself once up (it then keeps its first frame, as at any close);
    the others are asked to end once their window is seen.
    """
    ours = command[0] == sys.executable
    quits = "knotimer" in command
    paint_file = scratch / "first-paint"
    paint_file.unlink(missing_ok=True)
    child_env = {**env, PAINT_FILE_ENV: str(paint_file), QUIT_ENV: "1" if quits else "0"}
    with (scratch / "stderr.log").open("w") as log:
        started = time.monotonic()
        process = subprocess.Popen(command, env=child_env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            seen = screen.watcher.wait_painted(process)
            if not quits:
                for _ in range(500):  # its probe writes just after the paint
                    if not ours or paint_file.exists():
                        break
                    time.sleep(0.01)
                process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    screen.watcher.wait_clear()
    paint_ms = _probe(paint_file, started)[0] if ours and paint_file.exists() else None
    if ours and paint_ms is None:
        raise RuntimeError(f"{command} wrote no first paint on X")
    return (seen - started) * 1000.0, paint_ms


def measure_x(quick: bool, env: dict[str, str], data_dir: Path, scratch: Path) -> list[Figure]:
    """On a real X server: knotimer against a bare window and, if installed, GNOME Clocks."""
    if not xvfb_available():
        return [Figure("start_x", "Start on X (Xvfb)", None, "", "Xvfb not installed", None, {})]
    screen = VirtualScreen()
    try:
        xenv = x_env(env, screen.display)
        programs = {
            "floor": Samples([sys.executable, str(BENCH_DIR / "bare_window.py")]),
            "knotimer": Samples([sys.executable, "-m", "knotimer", "--data-dir", str(data_dir)]),
        }
        if shutil.which("gnome-clocks"):
            programs["clocks"] = Samples(["gnome-clocks"])
        warmups, runs = (1, 3) if quick else (2, 7)
        for round_ in range(warmups + runs):
            for samples in programs.values():
                seen_ms, paint_ms = _seen(screen, samples.command, xenv, scratch)
                if round_ >= warmups:
                    samples.seen_ms.append(seen_ms)
                    if paint_ms is not None:
                        samples.paint_ms.append(paint_ms)
    finally:
        screen.close()
    ours, floor = programs["knotimer"], programs["floor"]
    figures = [
        ratio_figure(
            "start_x",
            "Start to first paint on X, empty database (x bare window)",
            median(ours.paint_ms),
            floor=median(floor.paint_ms),
            target=TARGET_RATIO,
            unit="ms",
            seen_ms=median(ours.seen_ms),
            floor_seen_ms=median(floor.seen_ms),
            samples_ms=ours.paint_ms,
        )
    ]
    clocks = programs.get("clocks")
    if clocks is None:
        figures.append(
            Figure("start_x_clocks", "  against GNOME Clocks", None, "", "not installed", None, {})
        )
    else:  # both seen from outside, the same way
        figures.append(
            ratio_figure(
                "start_x_clocks",
                "  same, seen on screen (x GNOME Clocks)",
                median(ours.seen_ms),
                floor=median(clocks.seen_ms),
                target=CLOCKS_RATIO,
                unit="ms",
                samples_ms=clocks.seen_ms,
            )
        )
    return figures
