"""A sound per outcome, so the person at the desk hears a refusal while looking at
the badge rather than the screen (pretixSCAN and OnArrival do the same). The
tones ship in resources/sounds (synthesised, CC0); volume and mute live in the
settings and the View menu."""

from __future__ import annotations

import logging
from importlib.resources import files
from typing import Protocol

from PySide6.QtCore import QLoggingCategory, QObject, QSettings, QUrl
from PySide6.QtWidgets import QApplication

from meetingdesk.qt.theme import Tone

log = logging.getLogger("meetingdesk.qt")

MUTED_KEY = "sound/muted"
VOLUME_KEY = "sound/volume"
VOLUMES = (0.25, 0.6, 1.0)  # quiet, medium, loud
DEFAULT_VOLUME = 0.6
# A preview or the idle panel is no outcome: silence.
SOUNDED = (Tone.DONE, Tone.ALREADY, Tone.REFUSED, Tone.NOT_FOUND, Tone.NEUTRAL)


def sound_file(tone: Tone) -> str:
    return str(files("meetingdesk.resources").joinpath(f"sounds/{tone.value}.wav"))


class SoundSink(Protocol):
    def play(self, tone: Tone, volume: float) -> None: ...


class QtSoundSink:
    """QSoundEffect per tone, loaded once (a short WAV plays without delay)."""

    def __init__(self, parent: QObject) -> None:
        from PySide6.QtMultimedia import QSoundEffect  # an optional part of Qt

        self._effects = {}
        for tone in SOUNDED:
            effect = QSoundEffect(parent)
            effect.setSource(QUrl.fromLocalFile(sound_file(tone)))
            self._effects[tone] = effect

    def play(self, tone: Tone, volume: float) -> None:
        effect = self._effects[tone]
        effect.setVolume(volume)
        effect.play()


class BeepSink:
    """Where Qt's multimedia cannot load (no audio library): the system's beep
    for anything that is not plain success."""

    def play(self, tone: Tone, volume: float) -> None:
        if tone is not Tone.DONE:
            QApplication.beep()


def system_sink(parent: QObject) -> SoundSink:
    """The desk's speakers through Qt Multimedia; the system beep where it cannot
    load (no audio library) or finds no audio output."""
    # Qt Multimedia lists every optional video-acceleration library it does not
    # find: noise in the desk's log, nothing a desk needs.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
    try:
        from PySide6.QtMultimedia import QMediaDevices

        if not QMediaDevices.audioOutputs():
            log.info("sounds: no audio output; the system beep is used")
            return BeepSink()
        return QtSoundSink(parent)
    except ImportError as exc:  # e.g. libpulse missing on a Linux desk
        log.warning("sounds: Qt Multimedia cannot load (%s); the system beep is used", exc)
        return BeepSink()


class Sounds(QObject):
    """The desk's sounds, with the person's choice of volume and mute."""

    def __init__(self, sink: SoundSink, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink = sink
        self._settings = settings

    @property
    def muted(self) -> bool:
        return bool(self._settings.value(MUTED_KEY, False, type=bool))

    def set_muted(self, muted: bool) -> None:
        self._settings.setValue(MUTED_KEY, muted)

    @property
    def volume(self) -> float:
        value = float(str(self._settings.value(VOLUME_KEY, DEFAULT_VOLUME, type=float)))
        return min(max(value, 0.0), 1.0)

    def set_volume(self, volume: float) -> None:
        self._settings.setValue(VOLUME_KEY, volume)
        self.play(Tone.DONE)  # what it sounds like now

    def play(self, tone: Tone) -> None:
        if tone in SOUNDED and not self.muted:
            self._sink.play(tone, self.volume)
