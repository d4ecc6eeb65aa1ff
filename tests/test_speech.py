"""Spoken prompts through a real engine: Debian's speech-dispatcher with espeak-ng.

A private PulseAudio null sink (tests/test_audio.py) and a private speech-dispatcher
started first (autospawn alone leaves Qt's engine in Error, see platform notes); the
prompts of an 11 s hold ("Hold", "Ten seconds left", "Release") are spoken by
knotimer's Speaker through HoldFeedback and recorded back from the sink.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from test_audio import bursts

pytestmark = pytest.mark.slow

SAY_A_HOLD = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
from knotimer.app.holdclock import HoldClock
from knotimer.core.clock import SystemClock
from knotimer.core.preferences import CuePreferences
from knotimer.ui.common.flash import FlashOverlay
from knotimer.ui.common.cues import CuePlayer
from knotimer.ui.common.feedback import HoldFeedback
from knotimer.ui.common.speech import Speaker
speaker = Speaker(engine="speechd")
speaker.unavailable.connect(lambda message: print("unavailable", message, flush=True))
print("voices", len(speaker.voice_names()), flush=True)
speaker.spoken.connect(lambda text: print("spoken", text, flush=True))
hold = HoldClock(SystemClock(), shortest_s=0.5)
quiet = CuePreferences(speech=True, start_sound=False, end_sound=False, flash=False)
feedback = HoldFeedback(hold, CuePlayer(), speaker, FlashOverlay(QWidget()), preferences=quiet)
hold.finished.connect(lambda result: QTimer.singleShot(2500, app.quit))
QTimer.singleShot(500, lambda: hold.start(11))
app.exec()
"""


def test_the_prompts_are_spoken_and_heard(pulse_server: dict[str, str], tmp_path: Path) -> None:
    if shutil.which("speech-dispatcher") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install speech-dispatcher speech-dispatcher-espeak-ng")
        pytest.skip("speech-dispatcher is not installed here")
    runtime = Path(tempfile.mkdtemp(prefix="kt-sd-"))
    runtime.chmod(0o700)
    env = dict(pulse_server, XDG_RUNTIME_DIR=str(runtime), LANG="en_GB.UTF-8", HOME=str(tmp_path))
    # The server under a locale every system has (with an ungenerated one it exits at once);
    # knotimer under English, so the engine picks an English voice.
    server = subprocess.Popen(
        ["speech-dispatcher", "-s", "-t", "60"], env=dict(env, LANG="C.UTF-8")
    )
    recording = tmp_path / "prompts.wav"
    recorder = subprocess.Popen(
        [
            "parecord",
            "--device=knotimer_sink.monitor",
            "--channels=1",
            "--rate=44100",
            "--format=s16le",
            "--file-format=wav",
            str(recording),
        ],
        env=env,
    )
    try:
        time.sleep(1.5)  # the server is listening
        run = subprocess.run(
            [sys.executable, "-c", SAY_A_HOLD],
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
    finally:
        recorder.send_signal(signal.SIGINT)
        recorder.wait(timeout=10)
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(runtime, ignore_errors=True)
    assert run.returncode == 0, run.stderr
    assert "unavailable" not in run.stdout, run.stdout
    lines = run.stdout.splitlines()
    assert int(lines[0].split()[1]) > 10  # espeak-ng's voices
    assert [line for line in lines if line.startswith("spoken")] == [
        "spoken Hold",
        "spoken Ten seconds left",
        "spoken Release",
    ]
    heard = bursts(recording, threshold=0.05)
    assert len(heard) >= 3, heard  # three prompts, heard apart
    assert max(peak for _onset, _length, peak in heard) > 0.2
