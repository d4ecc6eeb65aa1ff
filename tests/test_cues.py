from __future__ import annotations

import os
import subprocess
import sys

from pytestqt.qtbot import QtBot

from knotimer.ui.cues import Cue, CuePlayer

NO_SOUND_SERVER = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
app = QApplication([])
from knotimer.ui.cues import Cue, CuePlayer
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


def test_every_cue_has_its_own_sound_file(qtbot: QtBot) -> None:
    player = CuePlayer()
    asked: list[str] = []
    player.requested.connect(asked.append)
    player.play(Cue.START)
    player.play(Cue.END)
    assert asked == ["start", "end"]
