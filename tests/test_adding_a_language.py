"""assets/translations/README.md's steps, followed once with a made-up language: that is all."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pseudo import write_pseudo
from tsfiles import REPO, TRANSLATIONS, read_ts

README = TRANSLATIONS / "README.md"
CODE = "eo"  # Esperanto, standing in for a new language (its texts pseudo-translated)
SHOWN = """
import json
from PySide6.QtCore import QCoreApplication, QSettings
from knotimer.ui.start.app import make_application
app = make_application([])
from knotimer.ui.preferences.language import LanguageChoice
choice = LanguageChoice(QSettings("knotimer-test", "knotimer-test"))
print(json.dumps({
    "file": QCoreApplication.translate("MainWindow", "&File"),
    "offered": [choice.combo.itemText(i) for i in range(choice.combo.count())],
}))
"""


def run(*command: str, cwd: Path, **env: str) -> str:
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        timeout=300,
        check=True,
    )
    return done.stdout


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's code and assets, to add a language to."""
    copy = tmp_path / "knotimer"
    shutil.copytree(REPO / "src", copy / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "assets", copy / "assets", ignore=shutil.ignore_patterns("*.pyc"))
    return copy


def test_the_readme_names_the_commands_this_test_runs() -> None:
    text = README.read_text(encoding="utf-8")
    assert "assets/translations/update.py --new fr" in text
    assert "pyside6-linguist assets/translations/knotimer_fr.ts" in text
    assert "make translations" in text
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^translations:.*\n\t(.+)$", makefile, re.MULTILINE)
    assert recipe is not None
    assert recipe.group(1) == "$(BIN)/python assets/translations/update.py"


def test_a_new_language_needs_only_its_file(project: Path, private_home: Path) -> None:
    script = project / "assets" / "translations" / "update.py"
    # 1. Start the translation: every text of the code, unfinished.
    run(sys.executable, str(script), "--new", CODE, cwd=project)
    ts = project / "assets" / "translations" / f"knotimer_{CODE}.ts"
    started = read_ts(ts)
    assert len(started) > 450
    assert {m.state for m in started} == {"unfinished"}
    # 2. The translator's part (here: every text wrapped and accented).
    write_pseudo(ts)
    # 3. make translations.
    run(sys.executable, str(script), cwd=project)
    assert {m.state for m in read_ts(ts)} == {None}
    assert ts.with_suffix(".qm").is_file()
    # The language is offered in Preferences, under its own name, and a start speaks it.
    env = {"PYTHONPATH": str(project / "src"), "XDG_CONFIG_HOME": str(private_home)}
    shown = json.loads(run(sys.executable, "-c", SHOWN, cwd=project, LANGUAGE=CODE, **env))
    assert shown["file"] == "[!! &Ƒîļé !!]"
    assert shown["offered"][1:] == ["English", "Deutsch", "Esperanto"]
    # No code was touched.
    for path in (project / "src").rglob("*.py"):
        original = REPO / path.relative_to(project)
        assert path.read_bytes() == original.read_bytes(), path
