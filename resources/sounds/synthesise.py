"""Make the desk's outcome sounds: short tones synthesised here, so they carry no
one else's rights (the WAV files beside this script are its output; see
LICENSE.txt). Run it again after changing a tone: python resources/sounds/synthesise.py"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
HERE = Path(__file__).resolve().parent

# (frequency in Hz, or a pair for a dissonant buzz; seconds); 0 Hz is a pause.
TONES: dict[str, list[tuple[float | tuple[float, float], float]]] = {
    "done": [(880.0, 0.08), (1318.5, 0.14)],  # rising: all is well
    "already": [(659.3, 0.09), (0.0, 0.06), (659.3, 0.09)],  # two equal: look up
    "refused": [((196.0, 207.7), 0.45)],  # low and rough: stop
    "not_found": [(523.3, 0.09), (392.0, 0.14)],  # falling: nothing there
    "neutral": [(587.3, 0.10)],  # one soft note: undone
}


def _samples(frequency: float | tuple[float, float], seconds: float) -> list[float]:
    count = int(RATE * seconds)
    fade = int(RATE * 0.01)  # no click at either end
    out = []
    for i in range(count):
        if frequency == 0.0:
            out.append(0.0)
            continue
        t = i / RATE
        if isinstance(frequency, tuple):
            value = sum(math.copysign(1.0, math.sin(2 * math.pi * f * t)) for f in frequency) / 4
        else:
            value = math.sin(2 * math.pi * frequency * t) * 0.6
        envelope = min(1.0, i / fade, (count - i) / fade)
        out.append(value * envelope)
    return out


def write(name: str) -> Path:
    path = HERE / f"{name}.wav"
    samples = [s for part in TONES[name] for s in _samples(*part)]
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))
    return path


if __name__ == "__main__":
    for tone in TONES:
        print(write(tone))
