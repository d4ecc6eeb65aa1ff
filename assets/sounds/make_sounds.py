"""Synthesise knotimer's cue sounds (start, end, tick) as 16-bit mono WAV files.

The project made these sounds itself with this script; run it again to rebuild them:
``python assets/sounds/make_sounds.py``. Only the standard library is used.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44100


def tone(
    freq: float, seconds: float, volume: float, decay: float, partials: tuple[float, ...]
) -> list[float]:
    """A struck, bell-like tone: a few harmonics under an exponential decay, with a soft attack."""
    samples = []
    count = int(RATE * seconds)
    attack = int(RATE * 0.006)
    for i in range(count):
        t = i / RATE
        envelope = math.exp(-t * decay) * min(1.0, i / attack if attack else 1.0)
        fade_out = min(1.0, (count - i) / (RATE * 0.02))
        value = sum(amp * math.sin(2 * math.pi * freq * k * t) for k, amp in enumerate(partials, 1))
        samples.append(volume * envelope * fade_out * value / sum(partials))
    return samples


def silence(seconds: float) -> list[float]:
    """Quiet samples."""
    return [0.0] * int(RATE * seconds)


def write(path: Path, samples: list[float]) -> None:
    """Save samples in -1..1 as a 16-bit mono WAV."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(
            b"".join(struct.pack("<h", round(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
        )


def main() -> None:
    """Write start.wav, end.wav and tick.wav beside this script."""
    here = Path(__file__).resolve().parent
    # Start: one short, soft, rising pair of notes (A5 then E6): "go".
    start = tone(880.0, 0.12, 0.45, 18.0, (1.0, 0.3)) + tone(1318.5, 0.22, 0.45, 14.0, (1.0, 0.3))
    write(here / "start.wav", start)
    # End: three loud, bright bell strikes falling C6-G5-C5, about 1.6 s: clearly different
    # from the start and long enough to be heard over music.
    end: list[float] = []
    for freq in (1046.5, 784.0, 523.25):
        end += tone(freq, 0.42, 0.9, 5.0, (1.0, 0.5, 0.25, 0.12))
        end += silence(0.08)
    end += tone(523.25, 0.2, 0.5, 10.0, (1.0, 0.5, 0.25))
    write(here / "end.wav", end)
    # Tick: a very short, quiet wooden click for the last seconds.
    write(here / "tick.wav", tone(1600.0, 0.04, 0.3, 90.0, (1.0, 0.2)))


if __name__ == "__main__":
    main()
