"""Shared fixtures: offscreen Qt, a private data folder and settings, a private sound server."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
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
    """The English plural forms ('1 hold', '2 holds'), installed as knotimer does at start."""
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


@pytest.fixture
def pulse_server() -> Iterator[dict[str, str]]:
    """A private PulseAudio server whose default sink is a null sink we can record."""
    tools = ("pulseaudio", "pactl", "parecord", "pacat")
    if not all(shutil.which(tool) for tool in tools):
        if os.environ.get("CI"):
            pytest.fail("CI must install pulseaudio and pulseaudio-utils for the audio test")
        pytest.skip("pulseaudio is not installed here (CI installs it)")
    folder = Path(tempfile.mkdtemp(prefix="kt-pa-"))  # short: socket paths are limited
    socket = folder / "native"
    env = dict(
        os.environ,
        PULSE_RUNTIME_PATH=str(folder / "run"),
        PULSE_SERVER=f"unix:{socket}",
        QT_QPA_PLATFORM="offscreen",
        PULSE_LATENCY_MSEC="20",  # small, steady buffers so the recording's timeline is exact
    )
    server = subprocess.Popen(
        [
            "pulseaudio",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "-n",
            "--load=module-null-sink sink_name=knotimer_sink",
            f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if (
                subprocess.run(
                    ["pactl", "info"], env=env, capture_output=True, check=False
                ).returncode
                == 0
            ):
                break
            time.sleep(0.05)
        # A server younger than about a second drops the first stretch of a recording and
        # delays the first stream (seen here): give it that second before recording.
        time.sleep(1.0)
        subprocess.run(["pactl", "set-default-sink", "knotimer_sink"], env=env, check=True)
        # An idle null sink delivers nothing to its monitor, which would cut the silences
        # out of the recording: keep a stream of silence playing so time runs evenly.
        with Path("/dev/zero").open("rb") as zeros:
            silence = subprocess.Popen(
                [
                    "pacat",
                    "--latency-msec=20",
                    "--playback",
                    "--raw",
                    "--format=s16le",
                    "--rate=44100",
                    "--channels=1",
                ],
                env=env,
                stdin=zeros,
            )
            for _ in range(100):
                inputs = subprocess.run(
                    ["pactl", "list", "short", "sink-inputs"],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                ).stdout
                if inputs.strip():
                    break
                time.sleep(0.05)
            time.sleep(0.3)  # let the silence stream settle before recording
            yield env
            silence.terminate()
            silence.wait(timeout=10)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
