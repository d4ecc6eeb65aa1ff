"""One's own cue sounds: checked when chosen, decoded once into a WAV that plays at once."""

from __future__ import annotations

import os
import shutil
import subprocess
import wave
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from knotimer.resources import asset
from knotimer.ui.common.soundfile import RATE, SHORTEST_S, SoundCheck


def made_by_sox(folder: Path, name: str, *effects: str) -> Path:
    if shutil.which("sox") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install sox and libsox-fmt-mp3")
        pytest.skip("sox is not installed here")
    path = folder / name
    done = subprocess.run(
        ["sox", "-n", "-r", "44100", "-c", "1", str(path), "synth", *effects],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        pytest.skip(f"sox cannot write {path.suffix}: {done.stderr.strip()}")
    return path


def check(qtbot: QtBot, source: Path, target: Path) -> tuple[str, str]:
    """('ready', wav) or ('failed', message)."""
    checker = SoundCheck(source, target)
    answers: list[tuple[str, str]] = []
    checker.ready.connect(lambda wav: answers.append(("ready", wav)))
    checker.failed.connect(lambda message: answers.append(("failed", message)))
    checker.start()
    qtbot.waitUntil(lambda: bool(answers), timeout=10000)
    qtbot.wait(50)
    assert len(answers) == 1  # one answer, never two
    return answers[0]


@pytest.mark.parametrize("suffix", [".ogg", ".flac", ".mp3", ".wav"])
def test_each_format_becomes_a_playable_wav_that_starts_with_the_sound(
    qtbot: QtBot, tmp_path: Path, suffix: str
) -> None:
    source = made_by_sox(tmp_path, f"mine{suffix}", "0.2", "sine", "660", "vol", "0.5")
    kind, wav = check(qtbot, source, tmp_path / "out" / "start.wav")
    assert kind == "ready", wav
    with wave.open(wav) as sound:
        assert (sound.getframerate(), sound.getnchannels(), sound.getsampwidth()) == (RATE, 1, 2)
        frames = sound.getnframes()
        samples = memoryview(sound.readframes(frames)).cast("h")
    assert frames >= SHORTEST_S * RATE  # padded: a short sound is not held back
    assert abs(samples[0]) >= 0.5 * 32768 / 20  # no silent or faint lead-in before it
    assert max(abs(s) for s in samples) > 0.4 * 32768


def test_a_file_that_is_no_sound_gets_one_clear_message(qtbot: QtBot, tmp_path: Path) -> None:
    fake = tmp_path / "song.mp3"  # a picture, named as a sound
    fake.write_bytes(asset("icons/knotimer-256.png").read_bytes())
    kind, message = check(qtbot, fake, tmp_path / "end.wav")
    assert (kind, message) == ("failed", "song.mp3 cannot be played as a sound here.")
    assert not (tmp_path / "end.wav").exists()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("notes.txt", "notes.txt is not a WAV, OGG, FLAC or MP3 file."),
        ("gone.ogg", "gone.ogg cannot be found."),
    ],
)
def test_wrong_or_missing_files_are_refused(
    qtbot: QtBot, tmp_path: Path, name: str, expected: str
) -> None:
    if name.endswith(".txt"):
        (tmp_path / name).write_text("hello", encoding="utf-8")
    assert check(qtbot, tmp_path / name, tmp_path / "x.wav") == ("failed", expected)


def test_silence_and_songs_are_not_cues(qtbot: QtBot, tmp_path: Path) -> None:
    quiet = made_by_sox(tmp_path, "quiet.flac", "1", "sine", "440", "vol", "0")
    assert check(qtbot, quiet, tmp_path / "a.wav") == ("failed", "quiet.flac has no sound in it.")
    song = made_by_sox(tmp_path, "song.ogg", "12", "sine", "440", "vol", "0.3")
    kind, message = check(qtbot, song, tmp_path / "b.wav")
    assert kind == "failed"
    assert "longer than 10 seconds" in message
