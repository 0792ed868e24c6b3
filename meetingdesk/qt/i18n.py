"""Translations: Qt .qm files shipped in resources/translations, chosen from the
settings or the system's locale; English needs none."""

from __future__ import annotations

import logging
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger("meetingdesk.qt")

LANGUAGE_KEY = "display/language"
# Each language in its own name, as the menu offers it.
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "it": "Italiano",
    "ru": "Русский",
}
AVAILABLE = tuple(LANGUAGES)
# How each writes dates, times and numbers (an international meeting in English
# keeps a 24-hour clock).
FORMATS = {
    "en": "en_GB",
    "de": "de_DE",
    "es": "es_ES",
    "fr": "fr_FR",
    "it": "it_IT",
    "ru": "ru_RU",
}

_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Install meetingdesk's and Qt's own translations; return the language used."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    chosen = language or QLocale.system().name().split("_")[0]
    if chosen not in AVAILABLE:
        chosen = "en"
    # Dates, times and numbers follow the language chosen (24-hour clocks,
    # "12.500" in Spanish); following the system, they follow the system's.
    QLocale.setDefault(QLocale(FORMATS[chosen]) if language else QLocale.system())
    if chosen == "en":
        return chosen
    ours = QTranslator(app)
    resource = files("meetingdesk.resources").joinpath(f"translations/meetingdesk_{chosen}.qm")
    with as_file(resource) as path:
        if ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("translation %s could not be loaded", path)
    qt = QTranslator(app)
    if qt.load(
        QLocale(chosen), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    return chosen
