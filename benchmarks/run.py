"""Run every knotimer benchmark, print one table and write the figures as JSON."""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

import figures
import startup
from common import BENCH_DIR, Figure, bench_env, run_worker
from make_history import ensure_history

SECTIONS = ("startup", "activity", "timing", "diagram", "history")


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for name in ("PySide6-Essentials", "PySide6"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "pyside6": versions.get("PySide6-Essentials") or versions.get("PySide6", "?"),
        "platform": platform.platform(),
        "qpa": os.environ.get("QT_QPA_PLATFORM", ""),
        "load_average": os.getloadavg(),
    }


def shown(figure: Figure) -> str:
    """The value column: n/a, or the number with its unit and any detail worth seeing."""
    if "error" in figure.detail:
        return "ERROR (see above)"
    if figure.value is None:
        return "n/a"
    value = figure.value
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    text = f"{value:.{digits}f}" if isinstance(value, float) else str(value)
    text += figure.unit if figure.unit in ("x", "%") else f" {figure.unit}".rstrip()
    extra = figure.detail.get("shown")
    return f"{text} ({extra})" if extra else text


def table(rows: list[Figure]) -> str:
    """The plain-text table: figure, value, target, ok."""
    cells = [("figure", "value", "target", "ok?")]
    for figure in rows:
        ok = "-" if figure.ok is None else "yes" if figure.ok else "NO"
        cells.append((figure.label, shown(figure), figure.target, ok))
    widths = [max(len(row[i]) for row in cells) for i in range(4)]
    lines = [
        " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in cells
    ]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)


def run_section(
    section: str, quick: list[str], env: dict[str, str], history_db: Path, scratch: Path
) -> list[Figure]:
    """One section's figures (the Qt ones each in a fresh process)."""
    if section == "startup":
        return startup.measure(bool(quick), env, history_db, scratch / "startup")
    if section == "history":
        return figures.history(run_worker("history.py", [*quick, "--db", str(history_db)], env))
    result: list[Figure] = getattr(figures, section)(run_worker(f"{section}.py", quick, env))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="short runs (about 40 s, for CI)")
    parser.add_argument(
        "--json", type=Path, default=BENCH_DIR / "results.json", help="where to write the figures"
    )
    parser.add_argument(
        "--only", default=",".join(SECTIONS), help=f"comma-separated sections of {SECTIONS}"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    quick = ["--quick"] if args.quick else []
    began = time.monotonic()
    rows: list[Figure] = []
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="knotimer-bench-") as scratch_name:
        scratch = Path(scratch_name)
        env = bench_env(scratch / "home")
        mark = time.monotonic()
        history_db = ensure_history()
        timings["make_history"] = time.monotonic() - mark
        for section in chosen:
            mark = time.monotonic()
            print(f"... {section}", file=sys.stderr, flush=True)
            try:
                rows += run_section(section, quick, env, history_db, scratch)
            except (
                RuntimeError,
                OSError,
                KeyError,
                ValueError,
                subprocess.SubprocessError,
            ) as error:
                print(f"{section} failed: {error}", file=sys.stderr)
                rows.append(
                    Figure(
                        f"{section}_error",
                        f"{section}: failed",
                        None,
                        "",
                        "-",
                        False,
                        {"error": str(error)},
                    )
                )
            timings[section] = time.monotonic() - mark
    elapsed = time.monotonic() - began
    about = machine()
    print(table(rows))
    print()
    print(
        f"machine: {about['cpu']}, {about['cores']} cores ({about['usable_cores']} usable); "
        f"Python {about['python']}, PySide6 {about['pyside6']}; {about['platform']}; "
        f"QPA {about['qpa']}; load average at end {about['load_average'][0]:.2f}"
    )
    mode = "quick" if args.quick else "full"
    parts = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings.items())
    print(f"{mode} run: {elapsed:.1f} s ({parts})")
    missed = [figure.key for figure in rows if figure.ok is False]
    print("targets missed: " + (", ".join(missed) if missed else "none"))
    document = {
        "mode": mode,
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "elapsed_s": elapsed,
        "section_s": timings,
        "machine": about,
        "figures": {figure.key: figure.as_json() for figure in rows},
        "missed": missed,
    }
    args.json.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    return 1 if any("error" in figure.detail for figure in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
