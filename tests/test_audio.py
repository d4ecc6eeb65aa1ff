"""Real sound: the cues are played through a PulseAudio null sink and recorded back."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import wave
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

HOLD_S = 1.5  # a short hold through the real timer path (shortest_s exists for this)
PLAY_A_HOLD = f"""
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from knotimer.core.clock import SystemClock
from knotimer.ui.common.cues import Cue, CuePlayer
from knotimer.app.holdclock import HoldClock
cues = CuePlayer()
cues.unavailable.connect(lambda message: print("unavailable", message, flush=True))
cues.preload()
hold = HoldClock(SystemClock(), shortest_s=0.5)
def finished(result):
    cues.play(Cue.END)
    print("end", time.monotonic(), flush=True)
    QTimer.singleShot(2500, app.quit)
hold.finished.connect(finished)
def start():
    hold.start({HOLD_S})
    cues.play(Cue.START)
    print("start", time.monotonic(), flush=True)
QTimer.singleShot(1000, start)
app.exec()
"""


def bursts(
    path: Path, threshold: float = 0.04, window_s: float = 0.005
) -> list[tuple[float, float, float]]:
    """(onset, duration, peak) of each sound separated by at least 150 ms of quiet."""
    with wave.open(str(path)) as recording:
        rate = recording.getframerate()
        width = recording.getsampwidth()
        frames = recording.readframes(recording.getnframes())
    assert width == 2
    samples = memoryview(frames).cast("h")
    step = int(rate * window_s)
    found: list[tuple[float, float, float]] = []
    onset = last_loud = None
    peak = 0.0
    for start in range(0, len(samples) - step, step):
        level = max(abs(s) for s in samples[start : start + step]) / 32768
        now = start / rate
        if level >= threshold:
            if onset is None:
                onset, peak = now, 0.0
            last_loud = now
            peak = max(peak, level)
        elif onset is not None and last_loud is not None and now - last_loud > 0.15:
            found.append((onset, last_loud - onset, peak))
            onset = None
    if onset is not None and last_loud is not None:
        found.append((onset, last_loud - onset, peak))
    return found


def play_and_record(pulse_server: dict[str, str], recording: Path) -> dict[str, float]:
    """Play one short hold through the real cue player while the sink's monitor is recorded."""
    recorder = subprocess.Popen(
        [
            "parecord",
            "--latency-msec=20",
            "--device=knotimer_sink.monitor",
            "--channels=1",
            "--rate=44100",
            "--format=s16le",
            "--file-format=wav",
            str(recording),
        ],
        env=pulse_server,
    )
    try:
        time.sleep(0.3)
        run = subprocess.run(
            [sys.executable, "-c", PLAY_A_HOLD],
            env=pulse_server,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        recorder.send_signal(signal.SIGINT)
        recorder.wait(timeout=10)
    assert run.returncode == 0, run.stderr
    assert "unavailable" not in run.stdout
    return {
        name: float(value) for name, value in (line.split() for line in run.stdout.splitlines())
    }


ATTEMPTS = 3  # a loaded shared machine can delay one cue by a sound-server period


def test_start_and_end_cues_are_heard_a_hold_apart(
    pulse_server: dict[str, str], tmp_path: Path
) -> None:
    gaps: list[float] = []
    for attempt in range(ATTEMPTS):
        recording = tmp_path / f"cues-{attempt}.wav"
        times = play_and_record(pulse_server, recording)
        assert times["end"] - times["start"] == pytest.approx(HOLD_S, abs=0.02)

        heard = bursts(recording, window_s=0.001)  # onsets to the millisecond
        assert len(heard) >= 2, heard
        (start_onset, start_length, start_peak), (end_onset, end_length, end_peak) = heard[:2]
        assert end_length > 3 * start_length  # the end cue is long and distinct
        assert end_peak > start_peak  # and louder
        assert start_peak > 0.2
        gaps.append(end_onset - start_onset)
        if gaps[-1] == pytest.approx(HOLD_S, abs=0.010):  # the 10 ms
            return
    # A real lateness shows in every attempt; one noisy attempt alone does not fail the build.
    pytest.fail(f"the end cue was not heard {HOLD_S} s ± 10 ms after the start: gaps {gaps}")
