"""The outcome sounds ship with the package, are what their script makes, and
tell the outcomes apart."""

from __future__ import annotations

import importlib.util
import wave
from pathlib import Path

from meetingdesk.qt.sounds import SOUNDED, sound_file
from meetingdesk.qt.theme import Tone

SCRIPT = Path(__file__).resolve().parents[3] / "resources" / "sounds" / "synthesise.py"


def _frames(path: str) -> tuple[int, bytes]:
    with wave.open(path, "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        return wav.getframerate(), wav.readframes(wav.getnframes())


def test_every_outcome_has_a_short_sound_of_its_own() -> None:
    assert set(SOUNDED) == set(Tone) - {Tone.PREVIEW, Tone.IDLE}
    seen = set()
    for tone in SOUNDED:
        rate, frames = _frames(sound_file(tone))
        seconds = len(frames) / 2 / rate
        assert 0.05 < seconds <= 0.5, tone  # heard at once, over before the next scan
        seen.add(frames)
    assert len(seen) == len(SOUNDED)


def test_the_shipped_files_are_what_the_script_makes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("synthesise", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE = tmp_path
    for tone in SOUNDED:
        made = module.write(tone.value)
        assert made.read_bytes() == Path(sound_file(tone)).read_bytes(), tone
    assert (SCRIPT.parent / "LICENSE.txt").read_text().count("CC0") == 1
