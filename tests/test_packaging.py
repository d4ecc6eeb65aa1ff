from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from importlib.metadata import requires, version
from pathlib import Path

import pytest

from knotimer.resources import asset, assets_dir

REPO = Path(__file__).resolve().parent.parent
NEEDED_ASSETS = (
    "diagram/calves.svg",
    "sounds/start.wav",
    "sounds/end.wav",
    "icons/knotimer.svg",
    "translations/knotimer_de.qm",  # the translations the app loads, built from the .ts files
    "translations/knotimer_en.qm",
)

# PySide6 6.12.0 on Python 3.11 drops a reference to None on every void-returning
# call and aborts after a few thousand calls (platform.md).  This is its repro.
NONE_DEALLOC_REPRO = """
from PySide6.QtGui import QColor, QImage
img = QImage(4, 4, QImage.Format.Format_RGB32)
red = QColor("red")
for _ in range(100_000):
    img.setPixelColor(0, 0, red)
print("survived")
"""


def test_the_installed_binding_survives_many_void_calls() -> None:
    result = subprocess.run(
        [sys.executable, "-c", NONE_DEALLOC_REPRO],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"PySide6 {version('PySide6-Essentials')}: {result.stderr}"
    assert result.stdout.strip() == "survived"


CITING = ["pyproject.toml", "README.md", "Makefile", ".ci/run", "docs/export-format.md"]


@pytest.mark.parametrize("document", [name for name in CITING if (REPO / name).is_file()])
def test_the_tests_a_document_cites_exist(document: str) -> None:
    cited = set(re.findall(r"tests/[\w/]+\.py", (REPO / document).read_text(encoding="utf-8")))
    assert sorted(name for name in cited if not (REPO / name).is_file()) == []


def test_dependencies_exclude_the_aborting_release_on_old_pythons() -> None:
    declared = [r.lower().replace('"', "'") for r in requires("knotimer") or []]
    for distribution in ("pyside6-essentials", "pyside6-addons"):
        old_python = [
            r for r in declared if r.startswith(distribution) and "python_version < '3.12'" in r
        ]
        assert old_python, declared
        assert all("!=6.12.0" in r for r in old_python)
    if sys.version_info < (3, 12):
        assert version("PySide6-Essentials") != "6.12.0"


@pytest.mark.parametrize("relative", NEEDED_ASSETS)
def test_assets_are_found(relative: str) -> None:
    assert asset(relative).stat().st_size > 0


def test_a_missing_asset_says_so() -> None:
    with pytest.raises(FileNotFoundError, match="asset missing"):
        asset("nope/missing.svg")
    assert assets_dir().is_dir()


@pytest.mark.slow
def test_the_wheel_ships_the_assets_and_entry_points(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        timeout=300,
    )
    [wheel] = tmp_path.glob("knotimer-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for relative in NEEDED_ASSETS:
            assert f"knotimer/assets/{relative}" in names
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        text = archive.read(entry_points).decode()
    assert "[gui_scripts]" in text
    assert "knotimer = knotimer.cli:main" in text
    # Installed from the wheel (not editable), the assets are found inside the package.
    unpacked = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(unpacked)
    probe = subprocess.run(
        [sys.executable, "-c", "from knotimer.resources import assets_dir; print(assets_dir())"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(unpacked)},
        cwd=tmp_path,
        timeout=60,
        check=True,
    )
    assert Path(probe.stdout.strip()) == unpacked / "knotimer" / "assets"
    # ... and so is the German translation, for LANGUAGE=de.
    german = subprocess.run(
        [
            sys.executable,
            "-c",
            "from knotimer.ui.start.app import make_application; make_application([]); "
            "from PySide6.QtCore import QCoreApplication as Q; "
            "print(Q.translate('MainWindow', '&File'))",
        ],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "PYTHONPATH": str(unpacked),
            "LANGUAGE": "de",
            "QT_QPA_PLATFORM": "offscreen",
        },
        cwd=tmp_path,
        timeout=60,
        check=True,
    )
    assert german.stdout.strip() == "&Datei"
