"""Search keys: every way a name is spelled leads to the person.

A desk clerk types ``nunez`` for Núñez, ``jovanovic`` or ``јован`` for
Јовановић, ``papad`` for Παπαδόπουλος, ``hryhorenko`` (her passport) or
``grigorenko`` (a colleague's e-mail) for Григоренко. Every name field is
stored as a set of keys: its words folded to plain Latin letters, the words of
each of its spellings in the romanisation systems of its script
(``domain.romanisation``, Arabic and Hebrew from curated name tables), and the
whole name run together. A query matches a person when each of its words is a
prefix of one of the person's keys.

Queries are folded by the *primary* fold, which is *prefix consistent*: the
fold of the first letters of a word is a prefix of the fold of the word, so a
name typed in its own script is found from its first letter. Every rule of the
primary fold therefore looks only at the current and preceding characters.
The romanisation systems, used for stored names only, may look ahead.

Apostrophes inside a word join it: ``Natal'ya`` is one word, ``natalya``.
A Latin name keeps its parts too (O'Brien: ``o``, ``brien``, ``obrien``);
the apostrophes a romanisation writes (Georgian ejectives, Russian soft signs)
never split a word, so no fragment such as ``yan`` becomes a key.

``KEYS_VERSION`` changes whenever the keys of a name change; a database built
with an older version is re-indexed when opened (``services.search``).
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib.resources import files

from anyascii import anyascii

from meetingdesk.domain.romanisation import LATIN_LETTERS, SYSTEMS

KEYS_VERSION = 2

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
# Looked up before decomposition, so й is j (Sergej), not и.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "d", "е": "e",
    "ж": "z", "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj",
    "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c",
    "џ": "dz", "ш": "s", "щ": "sc", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "ju", "я": "ja", "й": "j", "ё": "e", "є": "je", "і": "i", "ї": "ji",
    "ґ": "g", "ѓ": "g", "ќ": "k", "ѕ": "dz", "ў": "u",
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
# Abd-, and no letter folds to nothing (a name must always have a key). Alef
# maqsura is written as ya and ta marbuta as ha as often as not: each pair
# folds alike.
_ARABIC = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t",
    "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "ة": "h", "و": "w", "ي": "y", "ى": "y", "ء": "a",
    "ؤ": "w", "ئ": "y", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k",
    "ی": "y", "ـ": "",
}  # fmt: skip

# Hebrew: a consonant skeleton like Arabic's; no letter folds to nothing
# (alef and ayin were dropped by a generic transliteration, so "אריה" lost
# its first letter).
_HEBREW = {
    "א": "a", "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ו": "v", "ז": "z",
    "ח": "h", "ט": "t", "י": "y", "כ": "k", "ך": "k", "ל": "l", "מ": "m",
    "ם": "m", "נ": "n", "ן": "n", "ס": "s", "ע": "a", "פ": "p", "ף": "p",
    "צ": "ts", "ץ": "ts", "ק": "k", "ר": "r", "ש": "sh", "ת": "t",
}  # fmt: skip

# Marks that join the letters around them into one word: apostrophes, primes,
# the Hebrew geresh, quotation marks (Pod"yachev).
_APOSTROPHES = "'’‘ʼʹʻʺ`´″׳״\"”“"
_TO_APOSTROPHE = str.maketrans({ch: "'" for ch in _APOSTROPHES})
_INNER_APOSTROPHE = re.compile(r"(?<=\w)'+(?=\w)")

_SPLIT = re.compile(r"[^0-9a-z\u0080-\U0010ffff]+")
# The words of a text before folding: letters, digits and marks, with inner apostrophes.
_TOKEN = re.compile(r"[^\s!-&(-/:-@\[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+")


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
    if ch in _HEBREW:
        return _HEBREW[ch]
    if ch in _LATIN_SPECIAL:
        return _LATIN_SPECIAL[ch]
    if ch.isascii():
        return " "  # punctuation and spaces separate words
    category = unicodedata.category(ch)
    if category.startswith("M") or category == "Cf":
        return ""  # accents, Arabic harakat, Hebrew points, joiners
    if category.startswith(("L", "N")):
        return _plain(anyascii(ch).lower()) or ch
    return " "


def _plain(text: str) -> str:
    # anyascii writes apostrophes for some letters (Armenian ց -> ts'): they are
    # part of the letter, not a word break.
    return text.replace("'", "")


@lru_cache(maxsize=8192)
def _fold_composed(ch: str, prev: str) -> tuple[str, str]:
    """Fold one composed character; return the folded text and the base letter
    that the next character sees as its predecessor."""
    if ch in _CYRILLIC:  # before decomposition: й is not и with a breve
        return _CYRILLIC[ch], ch
    parts = unicodedata.normalize("NFKD", ch)
    return "".join(_fold_base(part, prev) for part in parts), parts[:1]


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table filled on first sight of each character, so
    folding a name is one C-level pass (context-free characters only)."""

    def __missing__(self, codepoint: int) -> str:
        folded, _ = _fold_composed(chr(codepoint), "")
        self[codepoint] = folded
        return folded


_TABLE = _FoldTable()
# Every character that is an upsilon underneath its accents (ύ, ϋ, ΰ, ὐ, ...).
_UPSILONS = frozenset(
    chr(c)
    for r in ((0x0370, 0x0400), (0x1F00, 0x2000))
    for c in range(*r)
    if unicodedata.normalize("NFKD", chr(c)).startswith("υ")
)


def _normal(text: str) -> str:
    # NFKC folds compatibility forms (ﬁ, full-width letters, Arabic presentation
    # forms); casefold handles ß -> ss and the final sigma.
    if text.isascii():  # most names: nothing to compose, lower() is casefold()
        if '"' in text or "`" in text:
            text = text.replace('"', "'").replace("`", "'")
        return text.lower()
    return unicodedata.normalize("NFKC", text.translate(_TO_APOSTROPHE)).casefold()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold text to its primary search form: lower-case Latin, no accents."""
    text = _normal(text)
    if text.isascii():
        return text
    if _UPSILONS.isdisjoint(text):  # the one letter that looks behind
        return text.translate(_TABLE)
    out: list[str] = []
    prev = ""
    for ch in text:
        folded, prev = _fold_composed(ch, prev)
        out.append(folded)
    return "".join(out)


def words(text: str) -> list[str]:
    """The folded words of a text, in order (punctuation separates words)."""
    return [w for w in _SPLIT.split(fold(text)) if w]


def _joined(text: str) -> str:
    """The text with apostrophes inside words removed (Natal'ya -> Natalya)."""
    return _INNER_APOSTROPHE.sub("", text)


def query_words(query: str) -> list[str]:
    """The words of what a clerk typed, folded as names are (apostrophes join)."""
    return words(_joined(_normal(query)))


# The second spelling of a typed word: each letter written two ways, written the
# other way. All letters of a word switch together, so that the spellings of a
# prefix are prefixes of the spellings of the word (Mü: mu, mue; Müller:
# muller, mueller); stored names hold every mixture.
_OTHER_WAY = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa", "ə": "a", "đ": "dj"}
)


def query_terms(query: str) -> list[tuple[str, ...]]:
    """The words of a query, each with its other spelling where it has letters
    people write two ways (Müller: muller or mueller; Søren: soren or soeren).
    The first of each is the primary fold."""
    terms: list[tuple[str, ...]] = []
    for token in _TOKEN.findall(_joined(_normal(query))):
        primary = words(token)
        other = words(token.translate(_OTHER_WAY)) if not token.isascii() else primary
        if len(primary) == 1 and len(other) == 1 and other != primary:
            terms.append((primary[0], other[0]))
        else:
            terms.extend((w,) for w in primary)
    return terms


@cache
def _script_of(ch: str) -> str | None:
    code = ord(ch)
    if ch.isascii():
        return "Latn" if ch.isalpha() else None
    if 0x0400 <= code <= 0x052F or 0x1C80 <= code <= 0x1C8F or 0xA640 <= code <= 0xA69F:
        return "Cyrl"
    if 0x0370 <= code <= 0x03FF or 0x1F00 <= code <= 0x1FFF:
        return "Grek"
    if 0x0530 <= code <= 0x058F or 0xFB13 <= code <= 0xFB17:
        return "Armn"
    if 0x10A0 <= code <= 0x10FF or 0x1C90 <= code <= 0x1CBF or 0x2D00 <= code <= 0x2D2F:
        return "Geor"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF:
        return "Arab"
    if 0x0590 <= code <= 0x05FF or 0xFB1D <= code <= 0xFB4F:
        return "Hebr"
    if unicodedata.name(ch, "").startswith("LATIN"):
        return "Latn"
    return None


def _script(word: str) -> str | None:
    """The script of a word: that of its first letter that has one."""
    for ch in word:
        script = _script_of(ch)
        if script is not None:
            return script
    return None


# --- Arabic and Hebrew: curated tables of usual Latin spellings --------------

_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                                 "ؤ": "و", "ئ": "ي"})  # fmt: skip
_HEBREW_MARKS = re.compile("[\u0591-\u05c7']")
_HEBREW_FINALS = str.maketrans({"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"})
# Sun letters assimilate the article: ar-Rahman, as-Sayed, ad-Din, an-Nur.
_SUN_LETTERS = frozenset("تثدذرزسشصضطظلن")


def arabic_form(word: str) -> str:
    """An Arabic word as the name table spells its entries: no vowel marks or
    tatweel, one alef, ya for alef maqsura, ha for ta marbuta."""
    return _ARABIC_MARKS.sub("", word).translate(_ARABIC_LETTERS)


def hebrew_form(word: str) -> str:
    """A Hebrew word as the name table spells its entries: no points, no final forms."""
    return _HEBREW_MARKS.sub("", word).translate(_HEBREW_FINALS)


@cache
def _table(name: str) -> dict[str, tuple[str, ...]]:
    text = files("meetingdesk.resources").joinpath(f"names/{name}.json").read_text("utf-8")
    data = json.loads(text)
    form = arabic_form if name == "arabic" else hebrew_form
    return {form(k): tuple(v) for k, v in data["names"].items()}


def _article_forms(base: str, spellings: tuple[str, ...]) -> list[str]:
    """al-Hassan, el-Hassan; before a sun letter also ar-Rahman, er-, ur- (as
    in Abdurrahman): the article's usual spellings joined to each spelling."""
    articles = ["al", "el"]
    if base[0] in _SUN_LETTERS:
        first = spellings[0][0]
        articles += [f"a{first}", f"e{first}", f"u{first}"]
    return [a + s for a in articles for s in spellings]


def arabic_spellings(word: str) -> tuple[str, ...]:
    """Usual Latin spellings of one Arabic word (article included), or none."""
    form = arabic_form(word)
    table = _table("arabic")
    if form in table:
        return table[form]
    if form.startswith("ال") and len(form) > 3:
        base = form[2:]
        found = table.get(base, ())
        if found:
            return tuple(dict.fromkeys([*found, *_article_forms(base, found)]))
    return ()


# Name elements of two words: the first word, and how its Latin spellings begin
# when joined to the next (Abdullah, Abdelaziz, Abderrahmane, Abubakr, Binladen).
_HEADS = {
    "عبد": ("abdul", "abdel", "abdal", "abdol", "abdu"),
    "ابو": ("abu", "abou"),
    "بن": ("bin", "ben"),
}
# ... and the second words that join the word before (Nureddin, Nasrallah).
_TAILS = {
    "الدين": ("eddine", "eddin", "uddin", "aldin", "eldin", "addin", "edin", "udin"),
    "الله": ("allah", "ullah", "alla", "ulla"),
}


def _arabic_phrases(native: list[str]) -> set[str]:
    """Spellings of name elements that span two words, written joined:
    عبد الله -> abdullah, abdallah; عبد الرحمن -> abdulrahman, abderrahmane;
    نور الدين -> noureddine; from the table where it lists the pair, else by
    joining each word's spellings."""
    keys: set[str] = set()
    forms = [arabic_form(w) for w in native]
    if len(forms) == 1 and forms[0].startswith("عبد") and len(forms[0]) > 3:
        forms = ["عبد", forms[0][3:]]  # written together: عبدالرحمن
    table = _table("arabic")
    for first, second in itertools.pairwise(forms):
        phrase = f"{first} {second}"
        if phrase in table:
            keys.update(table[phrase])
        elif second in _TAILS:
            keys.update(h + t for h in arabic_spellings(first) for t in _TAILS[second])
        elif first in _HEADS:
            base = second[2:] if second.startswith("ال") else second
            bare = table.get(base, ())
            keys.update(h + s for h in _HEADS[first] for s in bare)
            if bare and base != second:  # Abd al-Rahman, Abd er-Rahmane, Abdurrahman
                keys.update("abd" + s for s in _article_forms(base, bare))
    return {"".join(words(k)) for k in keys}


def _hebrew_spellings(word: str) -> tuple[str, ...]:
    return _table("hebrew").get(hebrew_form(word), ())


# --- Keys of a name ----------------------------------------------------------


def name_keys(text: str | None) -> frozenset[str]:
    """All search keys for one name field: its words, their spellings in the
    systems of their script, and, for a name of several words, the words run
    together (De la Cruz -> delacruz, O'Brien -> obrien)."""
    if not text:
        return frozenset()
    return _name_keys(text)


# Letters that tell one Cyrillic language from another (romanisation.System.foreign).
_TELLING = frozenset("".join(s.foreign for systems in SYSTEMS.values() for s in systems))


@lru_cache(maxsize=65536)
def _name_keys(text: str) -> frozenset[str]:
    normal = _normal(text)
    telling = frozenset(ch for ch in normal if ch in _TELLING)
    keys: set[str] = set()
    primary: list[str] = []
    native_arabic: list[str] = []
    for token in _TOKEN.findall(normal):
        pieces = [token]
        if "عبد" in token and arabic_form(token).startswith("عبدال") and len(token) > 5:
            # عبدالرحمن: two words written as one
            split = token.index("ل") - 1
            pieces = [token[:split], token[split:]]
        for piece in pieces:
            parts, found, script = _token_keys(piece, telling)
            primary.extend(parts)
            keys.update(found)
            if script == "Arab":
                native_arabic.append(_joined(piece).replace("'", ""))
    if native_arabic:
        keys.update(_arabic_phrases(native_arabic))
    if len(primary) > 1:
        keys.add("".join(primary))
    keys.discard("")
    return frozenset(keys)


@lru_cache(maxsize=65536)
def _token_keys(
    token: str, telling: frozenset[str]
) -> tuple[tuple[str, ...], frozenset[str], str | None]:
    """One word's primary folded parts, its keys, and its script. ``telling``:
    the letters of the whole name that rule languages out."""
    script = _script(token)
    keys: set[str] = set()
    if script == "Latn" or script is None:
        parts = words(token)  # O'Brien: o, brien
        keys.update(parts)
        if len(parts) > 1:
            keys.add("".join(parts))
        if script == "Latn" and not token.isascii():
            for spelled in LATIN_LETTERS.spell(token):
                keys.add("".join(words(spelled)))
        return tuple(parts), frozenset(keys), script
    word = _joined(token).replace("'", "")
    parts = words(word)
    keys.update(parts)
    context = "".join(telling)
    for system in SYSTEMS.get(script, ()):
        if system.applies_to(context):
            for spelled in system.spell(word):
                keys.add("".join(words(spelled)))
    if script == "Arab":
        for spelled in arabic_spellings(word):
            keys.update(words(spelled))
            keys.add("".join(words(spelled)))
        if arabic_form(word).startswith("ال"):
            keys.update(("al", "el"))
            # الحسن -> "alhsn": also "hsn", so the skeleton without the article finds it.
            if parts and len(parts[0]) > 2:
                keys.add(parts[0][2:])
    elif script == "Hebr":
        for spelled in _hebrew_spellings(word):
            keys.update(words(spelled))
            keys.add("".join(words(spelled)))
    return tuple(parts), frozenset(keys), script


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
