"""Shared fixtures: offscreen Qt, a private data folder and settings for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from knotimer.app.languages import translations_folder
from knotimer.core.store import Store

from fakes import FakeClock


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real user's data or settings."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("KNOTIMER_DATA_DIR", str(tmp_path / "data"))
    return home


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp: QApplication) -> Iterator[QTranslator]:
    """knotimer's English plural forms ('1 hold', '2 holds'), installed as the app does at start."""
    translator = QTranslator()
    assert translator.load(str(translations_folder() / "knotimer_en.qm")), "make translations"
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.in_folder(data_dir)
    yield opened
    opened.close()
