"""How names written in another script are spelled in Latin letters.

A delegation sends "Олександр Григоренко"; her passport says HRYHORENKO
OLEKSANDR, a colleague's e-mail says Grigorenko, the press Gryhorenko. Each
system below is one such spelling: a table of letters, a few rules for letters
whose spelling depends on their neighbours, and the document it follows. A
name's search keys hold its spelling in every system of its script
(``domain.names``), so whichever spelling the clerk types finds her.

A rule is a regular expression over the word (lower case, NFC; Greek without
its accents) and what it spells: one spelling, or a choice of usual ones made
once per word (``("b", "mb")``: Μπακογιάννης is Bakoyannis or Mbakoyannis,
never both in one word). Rules are tried before the letter table, leftmost
first; their look-arounds see the original word. Every output is folded
afterwards (accents stripped, apostrophes dropped), so a table may spell as
its standard does (ž, ŭ, ë).

``foreign`` lists letters a language never writes: a text holding one is not
spelled by that language's systems (a Russian name has no Ukrainian ї, so no
Ukrainian passport spells it).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

# At most this many spellings of one word from one system's choices: a long
# Greek word could otherwise multiply into hundreds of keys.
MAX_CHOICES = 12


@dataclass(frozen=True)
class System:
    code: str
    title: str
    source: str
    script: str  # ISO 15924: Cyrl, Grek, Armn, Geor, Latn
    letters: Mapping[str, str]
    rules: tuple[tuple[str, str | tuple[str, ...]], ...] = ()
    foreign: str = ""
    strip_accents: bool = False  # Greek: tonos off, diaeresis kept (it splits digraphs)
    official: bool = True  # measured against the recall targets
    _cache: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def _compiled(self) -> tuple[re.Pattern[str] | None, list[tuple[str, ...]], dict[int, str]]:
        pattern = None
        if self.rules:
            pattern = re.compile("|".join(f"({p})" for p, _ in self.rules))
        outputs = [(o,) if isinstance(o, str) else o for _, o in self.rules]
        return pattern, outputs, str.maketrans(dict(self.letters))

    def applies_to(self, text: str) -> bool:
        return not self.foreign or not any(ch in self.foreign for ch in text)

    def spell(self, word: str) -> tuple[str, ...]:
        """Every spelling of one word (lower case, NFC) in this system, the
        plainest first."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if self.strip_accents:
            word = _strip_accents(word)
        pattern, outputs, table = self._compiled
        if pattern is None:
            spelled: tuple[str, ...] = (word.translate(table),)
        else:
            present = sorted(
                {m.lastindex - 1 for m in pattern.finditer(word) if m.lastindex}
                & {i for i, o in enumerate(outputs) if len(o) > 1}
            )
            # The plainest spellings first: no choice away from the first spelling,
            # then one, then two... so that each usual habit alone is always kept.
            every = itertools.islice(
                itertools.product(*(range(len(outputs[i])) for i in present)), 4096
            )
            combos = sorted(every, key=lambda c: sum(1 for x in c if x))[:MAX_CHOICES]
            results: list[str] = []
            for combo in combos:
                chosen = dict(zip(present, combo, strict=True))

                def spell_match(m: re.Match[str], chosen: dict[int, int] = chosen) -> str:
                    rule = (m.lastindex or 1) - 1
                    return outputs[rule][chosen.get(rule, 0)]

                text = pattern.sub(spell_match, word).translate(table)
                if text not in results:
                    results.append(text)
            spelled = tuple(results)
        if len(self._cache) < 100_000:
            self._cache[word] = spelled
        return spelled


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    kept = "".join(
        ch for ch in decomposed if ch == "\u0308" or not unicodedata.category(ch).startswith("M")
    )
    return unicodedata.normalize("NFC", kept)


# --- Cyrillic ---------------------------------------------------------------

_RU_VOWELS = "аеёиоуыэюя"
_UK_VOWELS = "аеєиіїоуюя"
_BE_VOWELS = "аеёіоуыэюя"
_SERBIAN_LETTERS = "ђћџљњј"
_MACEDONIAN_LETTERS = "ѓќѕ"
_UKRAINIAN_LETTERS = "єїґ"
_RUSSIAN_ONLY = "ыэёъ"

# ICAO Doc 9303 (8th edition, 2021), Part 3, section 6: the transliteration in
# machine-readable passports. Russia since 2013 (FMS order 320), and Ukrainian,
# Serbian and Macedonian letters as the same table gives them.
_ICAO = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u",
    "ђ": "d", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz",
    "ѓ": "g", "ќ": "k", "ѕ": "dz", "'": "", "’": "", "ʼ": "", "\u0301": "",
}  # fmt: skip

# The English spelling of Russian shared by BGN/PCGN and the press.
_RU_ENGLISH = {
    **_ICAO,
    "й": "y", "ъ": "", "ю": "yu", "я": "ya",
}  # fmt: skip

RUSSIAN_ICAO = System(
    "ru-icao",
    "Russian and other Cyrillic, ICAO Doc 9303 (passports since 2013)",
    "ICAO Doc 9303, 8th ed. (2021), Part 3 s. 6; Russian FMS order 320 (2013)",
    "Cyrl",
    _ICAO,
)

RUSSIAN_BGN = System(
    "ru-bgn",
    "Russian, BGN/PCGN 1947",
    "BGN/PCGN Romanization of Russian (1947, as revised)",
    "Cyrl",
    {**_RU_ENGLISH, "ё": "ë"},
    rules=(
        (f"(?:^|(?<=[{_RU_VOWELS}йъь]))е", "ye"),
        (f"(?:^|(?<=[{_RU_VOWELS}йъь]))ё", "yë"),
    ),
    foreign=_UKRAINIAN_LETTERS + "іў" + _SERBIAN_LETTERS + _MACEDONIAN_LETTERS,
)

RUSSIAN_PRESS = System(
    "ru-press",
    "Russian, English press and Wikipedia (Yelena, Fyodor, Semyonova)",
    "Wikipedia: Romanization of Russian (simplified BGN/PCGN); iuliia.ru/wikipedia",
    "Cyrl",
    {**_RU_ENGLISH, "ё": "yo"},
    rules=(
        ("(?:ий|ый)$", "y"),
        ("[ьъ](?=[аиоуыэ])", "y"),
        ("(?:^|(?<=[аиоуэюяъь]))е", "ye"),
    ),
    foreign=_UKRAINIAN_LETTERS + "іў" + _SERBIAN_LETTERS + _MACEDONIAN_LETTERS,
)

RUSSIAN_PASSPORT_1997 = System(
    "ru-mvd1997",
    "Russian, passports 1997-2010 (Natal'ya, Sergey)",
    "Russian MVD order 310 (1997); iuliia.ru/mvd-310",
    "Cyrl",
    {**_RU_ENGLISH, "ё": "e"},
    rules=(("[ьъ]е", "ye"),),
    foreign=_UKRAINIAN_LETTERS + "іў" + _SERBIAN_LETTERS + _MACEDONIAN_LETTERS,
)

RUSSIAN_PASSPORT_2010 = System(
    "ru-mvd2010",
    "Russian, passports 2010-2013 (Fyedor)",
    "Russian FMS order 26 (2010), from MVD 782 (2000); iuliia.ru/mvd-782",
    "Cyrl",
    {**_RU_ENGLISH, "ё": "yo"},
    rules=(
        ("(?<=[жчшщ])ё", "e"),
        ("(?<=[бвгдзклмнпрстфхц])ё", "ye"),
        ("[ьъ](?=[её])", ""),
        ("(?<=[аеёиоуыэюяъь])е", "ye"),
        ("ь(?=и)", "y"),
    ),
    foreign=_UKRAINIAN_LETTERS + "іў" + _SERBIAN_LETTERS + _MACEDONIAN_LETTERS,
)

RUSSIAN_SCIENTIFIC = System(
    "ru-j",
    "Russian, the j spellings of German and Slavic usage (Sergej, Julija, Jurij)",
    "Scientific transliteration (ISO/R 9:1968 family); iuliia.ru/scientific",
    "Cyrl",
    {
        **_ICAO,
        "ё": "ë", "ж": "ž", "й": "j", "х": "ch", "ц": "c", "ч": "č", "ш": "š",
        "щ": "šč", "ъ": "", "ю": "ju", "я": "ja", "є": "je", "ї": "ji",
    },
    rules=(("х", ("ch", "x", "h")),),
)  # fmt: skip

UKRAINIAN_KMU = System(
    "uk-kmu2010",
    "Ukrainian, KMU 2010 (passports: Hryhorenko, Oleksandr, Viktoriia)",
    "Resolution of the Cabinet of Ministers of Ukraine No. 55 of 27 January 2010",
    "Cyrl",
    {
        **_ICAO,
        "г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "i",
        "й": "i", "ю": "iu", "я": "ia", "ь": "",
    },
    rules=(
        ("зг", "zgh"),
        ("^є", "ye"),
        ("^ї", "yi"),
        ("^й", "y"),
        ("^ю", "yu"),
        ("^я", "ya"),
    ),
    foreign=_RUSSIAN_ONLY + "ў" + _SERBIAN_LETTERS + _MACEDONIAN_LETTERS,
)  # fmt: skip

_BE_SOFTENING = f"(?:^|(?<=[{_BE_VOWELS}ўь'’ʼ]))"
BELARUSIAN_NATIONAL = System(
    "be-2007",
    "Belarusian, national system 2007 (Lukašenka, Cichanoŭskaja)",
    "Instruction on transliteration of Belarusian geographical names, 2007 (UNGEGN 2007)",
    "Cyrl",
    {
        **_ICAO,
        "г": "h", "е": "ie", "ё": "io", "ж": "ž", "й": "j", "х": "ch", "ц": "c",
        "ч": "č", "ш": "š", "ў": "ŭ", "ю": "iu", "я": "ia",
    },
    rules=(
        (f"{_BE_SOFTENING}е", "je"),
        (f"{_BE_SOFTENING}ё", "jo"),
        (f"{_BE_SOFTENING}ю", "ju"),
        (f"{_BE_SOFTENING}я", "ja"),
    ),
    foreign="иъщ" + _UKRAINIAN_LETTERS + _SERBIAN_LETTERS + _MACEDONIAN_LETTERS,
)  # fmt: skip

BELARUSIAN_PASSPORT = System(
    "be-passport",
    "Belarusian, passports (Aliaksandr, Siarhei, Tsikhanouskaya)",
    "Belarusian passports: the 2007 national system written without diacritics",
    "Cyrl",
    {
        **_ICAO,
        "г": "h", "е": "ie", "ё": "io", "й": "i", "ю": "iu", "я": "ia", "ў": "u",
    },
    rules=(
        ("ый$", ("y", "yi")),
        (f"{_BE_SOFTENING}е", "ye"),
        (f"{_BE_SOFTENING}ё", "yo"),
        (f"{_BE_SOFTENING}ю", "yu"),
        (f"{_BE_SOFTENING}я", "ya"),
    ),
    foreign="иъщ" + _UKRAINIAN_LETTERS + _SERBIAN_LETTERS + _MACEDONIAN_LETTERS,
)  # fmt: skip

BULGARIAN_OFFICIAL = System(
    "bg-2009",
    "Bulgarian, Transliteration Act 2009 (Petar, Valchev, Hadzhiev)",
    "Bulgarian Transliteration Act, State Gazette No. 19 of 13 March 2009",
    "Cyrl",
    {
        **_ICAO,
        "й": "y", "х": "h", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
    },
    rules=(("ия$", ("ia", "iya")),),
    foreign="ыэё" + "іїєґў" + _SERBIAN_LETTERS + _MACEDONIAN_LETTERS,
)  # fmt: skip

BULGARIAN_OLD = System(
    "bg-bgn1952",
    "Bulgarian, BGN/PCGN 1952 (Vulchev, Khristo)",
    "BGN/PCGN Romanization of Bulgarian (1952), replaced in 2013 by the 2009 Act",
    "Cyrl",
    {
        **_ICAO,
        "й": "ĭ", "щ": "sht", "ъ": "ŭ", "ь": "", "ю": "yu", "я": "ya",
    },
    foreign="ыэё" + "іїєґў" + _SERBIAN_LETTERS + _MACEDONIAN_LETTERS,
)  # fmt: skip

_SERBIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e",
    "ж": "ž", "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj",
    "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č",
    "џ": "dž", "ш": "š", "\u0301": "",  # Montenegrin с́, з́: ś, ź
}  # fmt: skip
_NOT_SERBIAN = "ыэёйщъьяюєїіўґ" + _MACEDONIAN_LETTERS

SERBIAN_OFFICIAL = System(
    "sr-latin",
    "Serbian and Montenegrin, official Latin alphabet (Đorđe, Jovanović)",
    "Constitution of Serbia art. 10; Montenegrin orthography 2009 (ś, ź)",
    "Cyrl",
    _SERBIAN,
    foreign=_NOT_SERBIAN,
)

SERBIAN_DJ = System(
    "sr-dj",
    "Serbian and Montenegrin with dj (Djordje, Djokovic)",
    "Usual spelling of đ where the letter is missing (passports before 2008, the press)",
    "Cyrl",
    {**_SERBIAN, "ђ": "dj"},
    foreign=_NOT_SERBIAN,
)

MACEDONIAN_OFFICIAL = System(
    "mk-official",
    "Macedonian, official (Gjorgji, Kjose, Dzvonko)",
    "Government of North Macedonia romanization (2008), BGN/PCGN 2013",
    "Cyrl",
    {
        **_SERBIAN,
        "ѓ": "gj", "ќ": "kj", "ѕ": "dz", "ж": "zh", "ч": "ch", "ш": "sh",
        "џ": "dzh", "ц": "c",
    },
    foreign="ыэёйщъьяюєїіўґђћ",
)  # fmt: skip

# --- Greek ------------------------------------------------------------------

_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i",
    "θ": "th", "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x",
    "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y",
    "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o", "\u0308": "",
}  # fmt: skip
# αυ, ευ, ηυ: v before a vowel or voiced consonant, f before a voiceless one or at the end.
_GREEK_V = ("(?<=[αεη])υ(?!\u0308)(?=[αεηιουωβγδζλμνρ])", "v")
_GREEK_F = ("(?<=[αεη])υ(?!\u0308)", "f")

GREEK_ELOT = System(
    "el-elot743",
    "Greek, ELOT 743 (passports: Evangelos, Pavlos, Kyriakos)",
    "ELOT 743:2001 = ISO 843 transcription; UNGEGN 1987",
    "Grek",
    _GREEK,
    rules=(
        _GREEK_V,
        _GREEK_F,
        ("ου(?!\u0308)", "ou"),
        ("^μπ", "b"),
        ("μπ$", "b"),
        ("γγ", "ng"),
        ("γκ", ("gk", "nk")),
        ("γξ", "nx"),
        ("γχ", "nch"),
    ),
    strip_accents=True,
)

GREEK_PRESS = System(
    "el-press",
    "Greek, usual press spellings (Bakoyannis, Kiriakos, Konstandinos, Hristos)",
    "Common English and Greek press practice (no standard)",
    "Grek",
    _GREEK,
    rules=(
        _GREEK_V,
        _GREEK_F,
        ("ου(?!\u0308)", "ou"),
        ("^μπ", "b"),
        ("μπ", ("mp", "mb", "b")),
        ("^ντ", ("nt", "d")),
        ("ντ", ("nt", "nd", "d")),
        ("^γκ", ("gk", "g")),
        ("γκ", ("gk", "ng", "g")),
        ("γγ", "ng"),
        ("γι(?=[αεοω])", ("gi", "y")),
        ("(?<![αεοη])υ", ("y", "i")),
        ("χ", ("ch", "h")),
    ),
    strip_accents=True,
    official=False,
)

# --- Armenian ---------------------------------------------------------------

_ARMENIAN = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e",
    "ը": "y", "թ": "t", "ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts",
    "կ": "k", "հ": "h", "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y",
    "ն": "n", "շ": "sh", "ո": "o", "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r",
    "ս": "s", "վ": "v", "տ": "t", "ր": "r", "ց": "ts", "ւ": "v", "փ": "p",
    "ք": "k", "օ": "o", "ֆ": "f", "և": "ev",
}  # fmt: skip

ARMENIAN_PASSPORT = System(
    "hy-passport",
    "Armenian, passports (Hovhannes, Yervand, Petrosyan, Voskanyan)",
    "BGN/PCGN 1981 romanization of Armenian as on Armenian passports (no apostrophes)",
    "Armn",
    _ARMENIAN,
    rules=(
        ("^ե", "ye"),
        ("(?<=[աեէըիոօ])ե", "ye"),
        ("^ով", "ov"),
        ("^ո(?!ւ)", "vo"),
        ("^և", "yev"),
        ("ու", "u"),
        ("ռ", ("r", "rr")),
        ("յան$", ("yan", "ian")),
    ),
)

# --- Georgian ---------------------------------------------------------------

GEORGIAN_NATIONAL = System(
    "ka-2002",
    "Georgian, national system 2002 (Chavchavadze, Tsereteli, Qipiani)",
    "Georgian national romanization (2002) = BGN/PCGN 2009; passports omit the apostrophes",
    "Geor",
    {
        "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z",
        "თ": "t", "ი": "i", "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o",
        "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s", "ტ": "t", "უ": "u", "ფ": "p",
        "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz",
        "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h",
    },
    rules=(("ყ", ("q", "k")),),
)  # fmt: skip

# --- Latin ------------------------------------------------------------------

LATIN_LETTERS = System(
    "latin",
    "Letters written two ways (Müller/Mueller, Søren/Soeren, Ålborg/Aalborg, Məmmədov/Mammadov)",
    "German and Nordic orthography (ä ö ü ø å as ae oe ue oe aa); Azerbaijani ə as e or a",
    "Latn",
    {},
    rules=(
        ("ä", ("a", "ae")),
        ("ö", ("o", "oe")),
        ("ü", ("u", "ue")),
        ("ø", ("o", "oe")),
        ("å", ("a", "aa")),
        ("ə", ("e", "a")),
        ("đ", ("d", "dj")),
    ),
)

SYSTEMS: dict[str, tuple[System, ...]] = {
    "Cyrl": (
        RUSSIAN_ICAO,
        RUSSIAN_BGN,
        RUSSIAN_PRESS,
        RUSSIAN_PASSPORT_1997,
        RUSSIAN_PASSPORT_2010,
        RUSSIAN_SCIENTIFIC,
        UKRAINIAN_KMU,
        BELARUSIAN_NATIONAL,
        BELARUSIAN_PASSPORT,
        BULGARIAN_OFFICIAL,
        BULGARIAN_OLD,
        SERBIAN_OFFICIAL,
        SERBIAN_DJ,
        MACEDONIAN_OFFICIAL,
    ),
    "Grek": (GREEK_ELOT, GREEK_PRESS),
    "Armn": (ARMENIAN_PASSPORT,),
    "Geor": (GEORGIAN_NATIONAL,),
    "Latn": (LATIN_LETTERS,),
}


def all_systems() -> list[System]:
    return [s for systems in SYSTEMS.values() for s in systems]
