"""Romanisations written by others than meetingdesk, for the recall benchmark and
the recall tests: ICU's CLDR transforms, iuliia, translitua, transliterate and
cyrtranslit, each wrapped to take a word and give its Latin spelling."""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Callable


def strip_marks(text: str) -> str:
    """Accents and apostrophes off, as a clerk types a passport's spelling."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub("['’ʼʹʺ”\"·]", "", plain)


def icu(transform: str) -> Callable[[str], str]:
    import icu as pyicu

    engine = pyicu.Transliterator.createInstance(transform)
    return lambda text: str(engine.transliterate(text))


def iuliia_schema(schema: str) -> Callable[[str], str]:
    import iuliia

    engine = getattr(iuliia, schema)
    return lambda text: str(engine.translate(text))


def ukrainian_icao(text: str) -> str:
    # iuliia's ICAO table is Russian's; ICAO 9303 spells the Ukrainian letters so.
    import iuliia

    for letter, spelled in {"і": "i", "ї": "i", "є": "ie", "ґ": "g"}.items():
        text = text.replace(letter, spelled).replace(letter.upper(), spelled.title())
    return str(iuliia.ICAO_DOC_9303.translate(text))


def translitua_kmu(text: str) -> str:
    import translitua

    return str(translitua.translit(text, translitua.UkrainianKMU))


def transliterate_reversed(language: str) -> Callable[[str], str]:
    from transliterate import translit

    def spell(text: str) -> str:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return str(translit(text, language, reversed=True))

    return spell


def cyrtranslit_latin(language: str, dj: bool = False) -> Callable[[str], str]:
    import cyrtranslit

    def spell(text: str) -> str:
        latin = str(cyrtranslit.to_latin(text, language))
        return latin.replace("Đ", "Dj").replace("đ", "dj") if dj else latin

    return spell


def armenian_passport(text: str) -> str:
    # ICU 77 reads ո after a consonant spelled with an apostrophe as word-initial
    # (Թորոսյան -> T’vorosyan): the passport spelling is Torosyan.
    return re.sub("’vo", "o", icu("Armenian-Latin/BGN")(text))
