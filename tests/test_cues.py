from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path
from types import SimpleNamespace
from typing import ClassVar

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from knotimer.ui.common.cues import Cue, CuePlayer

NO_SOUND_SERVER = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
app = QApplication([])
from knotimer.ui.common.cues import Cue, CuePlayer
player = CuePlayer()
notices = []
player.unavailable.connect(notices.append)
for cue in (Cue.START, Cue.END, Cue.START, Cue.END):
    player.play(cue)
    app.processEvents()
print(len(notices))
print(player.available)
print(notices[0] if notices else "")
"""


def test_without_a_sound_device_it_says_so_once_and_carries_on() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PULSE_SERVER="unix:/nonexistent/socket")
    result = subprocess.run(
        [sys.executable, "-c", NO_SOUND_SERVER],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    count, available, notice = result.stdout.strip().splitlines()
    assert count == "1"
    assert available == "False"
    assert "flash instead" in notice


class _FakeSoundEffect:
    """Stands in for QSoundEffect: remembers which file it was given and what it played."""

    played: ClassVar[list[str]] = []

    def __init__(self, *_device_and_parent: object) -> None:
        self.source = ""
        self.statusChanged = SimpleNamespace(connect=lambda slot: None)

    def setSource(self, url: QUrl) -> None:
        self.source = url.toLocalFile()

    def setVolume(self, volume: float) -> None:
        pass

    def stop(self) -> None:
        pass

    def play(self) -> None:
        self.played.append(self.source)


def test_every_cue_has_its_own_sound_file(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each cue, the tick too, plays its own WAV: a real, distinct sound file."""
    device = SimpleNamespace(isNull=lambda: False)
    fake = SimpleNamespace(
        QMediaDevices=SimpleNamespace(defaultAudioOutput=lambda: device, audioOutputs=list),
        QSoundEffect=_FakeSoundEffect,
    )
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", fake)
    monkeypatch.setattr(_FakeSoundEffect, "played", [])
    player = CuePlayer()
    for cue in (Cue.START, Cue.END, Cue.TICK):
        player.play(cue)
    assert player.available
    played = [Path(name) for name in _FakeSoundEffect.played]
    assert [path.name for path in played] == ["start.wav", "end.wav", "tick.wav"]
    sounds = []
    for path in played:
        with wave.open(str(path), "rb") as sound:
            assert sound.getnframes() > 0
            sounds.append(sound.readframes(sound.getnframes()))
    assert len(set(sounds)) == 3  # three different sounds, not one file three times
