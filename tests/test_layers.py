"""The layers hold: the core without Qt, the app layer without widgets, small modules."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from faults import child_env

SRC = Path(__file__).resolve().parent.parent / "src" / "knotimer"
IMPORT_ALL = """
import importlib, pkgutil, sys
import knotimer.{package} as package
for found in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(found.name)
print(sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6"))))
"""


def _loaded_after_importing(package: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL.format(package=package)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=60,
        check=True,
    )
    return list(ast.literal_eval(done.stdout.strip().splitlines()[-1]))


def test_all_of_the_core_loads_no_qt_at_all() -> None:
    assert _loaded_after_importing("core") == []


def test_all_of_the_app_layer_loads_no_widgets() -> None:
    loaded = _loaded_after_importing("app")
    assert "PySide6.QtCore" in loaded  # it is on Qt's core: the test would see widgets too
    assert "PySide6.QtWidgets" not in loaded


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_every_module_is_small_and_says_what_it_is_for(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 300, f"{path.name} has grown past 300 lines"
    docstring = ast.get_docstring(ast.parse(text))
    assert docstring, f"{path.name} has no docstring"
    assert docstring.splitlines()[0].strip().endswith("."), "a one-line summary first"


def test_nothing_outside_the_main_windows_package_names_it() -> None:
    """Only start-up, which makes the window and runs it, may; no feature or controller."""
    outside = [
        str(path.relative_to(SRC))
        for path in _modules()
        if re.search(r"\bMainWindow\b", path.read_text(encoding="utf-8"))
        and path.parent not in (SRC / "ui" / "main", SRC / "ui" / "start")
    ]
    assert outside == []
