"""Real sound: the cues are played through a PulseAudio null sink and recorded back."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Iterator
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


def test_start_and_end_cues_are_heard_a_hold_apart(
    pulse_server: dict[str, str], tmp_path: Path
) -> None:
    recording = tmp_path / "cues.wav"
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
    times = dict(line.split() for line in run.stdout.splitlines())
    assert float(times["end"]) - float(times["start"]) == pytest.approx(HOLD_S, abs=0.02)

    heard = bursts(recording, window_s=0.001)  # onsets to the millisecond
    assert len(heard) >= 2, heard
    (start_onset, start_length, start_peak), (end_onset, end_length, end_peak) = heard[:2]
    assert end_onset - start_onset == pytest.approx(HOLD_S, abs=0.010)  # the 10 ms
    assert end_length > 3 * start_length  # the end cue is long and distinct
    assert end_peak > start_peak  # and louder
    assert start_peak > 0.2
