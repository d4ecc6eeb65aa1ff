"""Bring every knotimer_<code>.ts up to date with the code's texts, and build each .qm.

``python assets/translations/update.py`` (what ``make translations`` runs): pyside6-lupdate
reads every text in src/knotimer into each .ts (a new or changed text comes in unfinished,
one that is gone is dropped), then pyside6-lrelease turns each .ts into its .qm, leaving out
unfinished messages. ``--new CODE`` first makes ``knotimer_CODE.ts`` for a new language.

knotimer_en.ts holds only the texts with plural forms ('%n hold(s)' -> '1 hold' / '2 holds'):
the texts in the code are English already. No source locations are stored in the .ts files,
so they change only when a text does.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE_LANGUAGE = "en"
CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2}|_[A-Z][a-z]{3})?$")  # de, pt_BR, zh_Hant


def tool(name: str) -> str:
    """A Qt tool from the venv this Python runs in, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install knotimer's dependencies (PySide6) first")
    return found


def sources(root: Path = ROOT) -> list[str]:
    """Every Python file of the app, in a fixed order."""
    return sorted(str(path) for path in (root / "src" / "knotimer").rglob("*.py"))


def ts_files(folder: Path = HERE) -> list[Path]:
    """The translations there are: knotimer_<code>.ts."""
    return sorted(folder.glob("knotimer_*.ts"))


def code_of(ts: Path) -> str:
    """'de' for knotimer_de.ts."""
    return ts.stem.removeprefix("knotimer_")


def lupdate(ts: Path, root: Path = ROOT) -> str:
    """Read the code's texts into ``ts`` (made when it does not exist yet); lupdate's report."""
    code = code_of(ts)
    options = ["-locations", "none", "-no-obsolete", "-source-language", SOURCE_LANGUAGE]
    options += ["-target-language", code]
    if code == SOURCE_LANGUAGE:
        options.append("-pluralonly")
    done = subprocess.run(
        [tool("pyside6-lupdate"), *options, *sources(root), "-ts", str(ts)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if done.returncode:
        raise SystemExit(f"pyside6-lupdate failed on {ts.name}:\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def lrelease(ts: Path, qm: Path | None = None) -> Path:
    """Build the .qm beside ``ts`` (or at ``qm``), without unfinished messages."""
    target = qm or ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(target)],
        check=True,
        timeout=300,
    )
    return target


def main(argv: list[str] | None = None) -> int:
    """Update every .ts and build every .qm; with --new, start a language first."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--new", metavar="CODE", help="start a translation, e.g. fr or pt_BR")
    args = parser.parse_args(argv)
    if args.new is not None:
        if not CODE.match(args.new):
            parser.error(f"{args.new!r} is not a language code like fr, pt_BR or zh_Hant")
        made = HERE / f"knotimer_{args.new}.ts"
        if made.exists():
            parser.error(f"{made.name} exists already")
        print(lupdate(made), end="")  # a new file with every text, unfinished
    for ts in ts_files():
        print(lupdate(ts), end="")
        print(f"{lrelease(ts).name} built")
    return 0


if __name__ == "__main__":
    sys.exit(main())
