"""Search keys: every way a name can be typed folds to the same Latin key.

A desk clerk types ``nunez`` for Núñez, ``jovanovic`` or ``јован`` for
Јовановић, ``papad`` for Παπαδόπουλος. Names and queries go through the same
function, so a query matches when its folded words are prefixes of a name's
folded words.

One property is load-bearing: folding is *prefix consistent*. The fold of a
prefix of a word is a prefix of the fold of the word, so typing the first few
letters of any name always finds it. Every rule below therefore looks only at
the current and preceding characters, never ahead (which is why Greek γγ stays
``gg`` rather than becoming ``ng``).

Some scripts have two usual romanisations (Жуков: Serbian-style ``zukov``,
English-style ``zhukov``; Müller: ``muller`` and ``mueller``). The primary key
is the one that matches the diacritic-stripped Latin spelling; alternates are
extra keys stored for names only, never applied to queries.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii

# Letters that Unicode does not decompose into base letter + accent.
_LATIN_SPECIAL = {
    "đ": "d",
    "ð": "d",
    "ħ": "h",
    "ı": "i",
    "ł": "l",
    "ø": "o",
    "œ": "oe",
    "æ": "ae",
    "þ": "th",
    "ŧ": "t",
    "ŀ": "l",
    "ƒ": "f",
    "ə": "e",
}

# Serbian/Macedonian-first romanisation: it equals the Latin spelling with its
# diacritics stripped (Ђорђе -> Đorđe -> dorde, Јовановић -> Jovanović -> jovanovic).
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "d", "е": "e",
    "ж": "z", "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj",
    "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c",
    "џ": "dz", "ш": "s", "щ": "sc", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "ju", "я": "ja", "й": "j", "ё": "e", "є": "je", "і": "i", "ї": "ji",
    "ґ": "g", "ѓ": "g", "ќ": "k", "ѕ": "dz", "ў": "u",
}  # fmt: skip

# English-style romanisation of the letters where it differs (Жуков -> zhukov).
_CYRILLIC_ALT = {
    "ђ": "dj", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ю": "yu", "я": "ya", "й": "y", "є": "ye", "ї": "yi",
    "џ": "dzh",
}  # fmt: skip

_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i",
    "θ": "th", "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x",
    "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y",
    "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}  # fmt: skip
# υ after a vowel is part of a digraph: ου -> ou, αυ -> au, ευ -> eu.
_GREEK_UPSILON_AFTER = frozenset("αεοη")

# Arabic has no written short vowels: the key is the consonant skeleton, which is
# what a clerk typing the Arabic name produces too. Ain and hamza, usually left
# out of romanisations, become a vowel: عبد -> "abd", as a clerk would type
# Abd-, and no letter folds to nothing (a name must always have a key).
_ARABIC = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t",
    "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a", "ء": "a",
    "ؤ": "w", "ئ": "y", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k",
    "ی": "y", "ـ": "",
}  # fmt: skip

# Latin letters whose German-style spelling is common on documents (Müller ->
# Mueller) and Serbian đ, often written dj. Looked up on the pre-stripping text.
_LATIN_ALT = {"ü": "ue", "ö": "oe", "ä": "ae", "đ": "dj"}

_SPLIT = re.compile(r"[^0-9a-z\u0080-\U0010ffff]+")


_ALTERNATES = {**_CYRILLIC_ALT, **_LATIN_ALT}


def _fold_base(ch: str, prev: str) -> str:
    """Fold one character of an NFKD-decomposed, case-folded text."""
    if "a" <= ch <= "z" or "0" <= ch <= "9":
        return ch
    if ch in _CYRILLIC:
        return _CYRILLIC[ch]
    if ch == "υ" and prev in _GREEK_UPSILON_AFTER:
        return "u"
    if ch in _GREEK:
        return _GREEK[ch]
    if ch in _ARABIC:
        return _ARABIC[ch]
    if ch in _LATIN_SPECIAL:
        return _LATIN_SPECIAL[ch]
    if ch.isascii():
        return " "  # punctuation and spaces separate words
    category = unicodedata.category(ch)
    if category.startswith("M") or category == "Cf":
        return ""  # accents, Arabic harakat, joiners
    if category.startswith(("L", "N")):
        return anyascii(ch).lower() or ch
    return " "


@lru_cache(maxsize=8192)
def _fold_composed(ch: str, prev: str, alternate: bool) -> tuple[str, str]:
    """Fold one composed character; return the folded text and the base letter
    that the next character sees as its predecessor."""
    if alternate and ch in _ALTERNATES:
        return _ALTERNATES[ch], ch
    parts = unicodedata.normalize("NFKD", ch)
    return "".join(_fold_base(part, prev) for part in parts), parts[:1]


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table filled on first sight of each character, so
    folding a name is one C-level pass (context-free characters only)."""

    def __init__(self, alternate: bool) -> None:
        super().__init__()
        self.alternate = alternate

    def __missing__(self, codepoint: int) -> str:
        folded, _ = _fold_composed(chr(codepoint), "", self.alternate)
        self[codepoint] = folded
        return folded


_TABLES = {False: _FoldTable(False), True: _FoldTable(True)}
# Every character that is an upsilon underneath its accents (ύ, ϋ, ΰ, ὐ, ...).
_UPSILONS = frozenset(
    chr(c)
    for r in ((0x0370, 0x0400), (0x1F00, 0x2000))
    for c in range(*r)
    if unicodedata.normalize("NFKD", chr(c)).startswith("υ")
)


@lru_cache(maxsize=65536)
def _fold(text: str, alternate: bool) -> str:
    # NFKC folds compatibility forms (ﬁ, full-width letters, Arabic presentation
    # forms); casefold handles ß -> ss and the final sigma.
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text
    if _UPSILONS.isdisjoint(text):  # the one letter that looks behind
        return text.translate(_TABLES[alternate])
    out: list[str] = []
    prev = ""
    for ch in text:
        folded, prev = _fold_composed(ch, prev, alternate)
        out.append(folded)
    return "".join(out)


def fold(text: str) -> str:
    """Fold text to its primary search form: lower-case Latin, no accents."""
    return _fold(text, alternate=False)


def words(text: str) -> list[str]:
    """The folded words of a text, in order (punctuation separates words)."""
    return [w for w in _SPLIT.split(fold(text)) if w]


def query_words(query: str) -> list[str]:
    """The words of what a clerk typed, folded exactly as names are."""
    return words(query)


def _alternate_words(text: str) -> list[str]:
    return [w for w in _SPLIT.split(_fold(text, alternate=True)) if w]


def _strip_arabic_article(word: str, original: str) -> str | None:
    # الحسن -> "alhsn": also store "hsn" so a query without the article finds it.
    if original.startswith(("ال", "آل")) and word.startswith("al") and len(word) > 2:
        return word[2:]
    return None


def name_keys(text: str | None) -> frozenset[str]:
    """All search keys for one name field: its words, their alternates, and,
    for a name of several words, the words run together (De la Cruz -> delacruz,
    O'Brien -> obrien)."""
    if not text:
        return frozenset()
    return _name_keys(text)


@lru_cache(maxsize=65536)
def _name_keys(text: str) -> frozenset[str]:
    primary = words(text)
    keys = set(primary)
    if not text.isascii():  # alternates differ only for letters outside ASCII
        keys.update(_alternate_words(text))
    if len(primary) > 1:
        keys.add("".join(primary))
    if "ال" in text or "آل" in text:
        for raw in unicodedata.normalize("NFKC", text).split():
            for w in words(raw):
                stripped = _strip_arabic_article(w, raw)
                if stripped:
                    keys.add(stripped)
    return frozenset(keys)


def all_keys(texts: Iterable[str | None]) -> set[str]:
    keys: set[str] = set()
    for text in texts:
        keys |= name_keys(text)
    return keys


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``,
    in code-point (SQLite BINARY, PostgreSQL "C") order, for index range scans."""
    last = prefix[-1]
    return prefix[:-1] + chr(ord(last) + 1)


def sort_key(text: str) -> str:
    """A script-independent key for alphabetical order of names."""
    return " ".join(words(text))


def _native_words(text: str) -> tuple[str, ...]:
    """The words of a name written in a script other than Latin, as written
    (NFC, case-folded): 常洋 stays 常洋, Јовановић stays јовановић."""
    found = []
    for word in unicodedata.normalize("NFC", text).casefold().split():
        if any(ch.isalpha() and not _is_latin(ch) for ch in word):
            found.append(word)
    return tuple(found)


def _is_latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


def identity_key(given: str, family: str) -> tuple[str, ...]:
    """The folded words of a full name, in any order: where to look for the same person."""
    return tuple(sorted(words(f"{given} {family}")))


def same_name(given_a: str, family_a: str, given_b: str, family_b: str) -> bool:
    """Whether two full names are the same person's: their folded words agree and,
    when both are written in a script other than Latin, so do their own letters.
    常洋 and 常阳 fold to the same Latin words but are two people; Jovanović and
    Јовановић, written in different scripts, are compared by their folded words."""
    if identity_key(given_a, family_a) != identity_key(given_b, family_b):
        return False
    own_a = _native_words(f"{given_a} {family_a}")
    own_b = _native_words(f"{given_b} {family_b}")
    return not own_a or not own_b or sorted(own_a) == sorted(own_b)
