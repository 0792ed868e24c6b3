"""Folding names to search keys: whatever script, accents or spelling, the person's keys."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetingdesk.domain import names
from meetingdesk.domain.romanisation import all_systems


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Núñez", "nunez"),
        ("Đorđe", "dorde"),
        ("Çelik", "celik"),
        ("Hoxhë", "hoxhe"),
        ("Jovanović", "jovanovic"),
        ("Јовановић", "jovanovic"),
        ("Љубица Њежић", "ljubica njezic"),
        ("Παπαδόπουλος", "papadopoulos"),
        ("ΠΑΠΑΔΌΠΟΥΛΟΣ", "papadopoulos"),
        ("Işık", "isik"),
        ("İSTANBUL", "istanbul"),
        ("ıi İI", "ii ii"),
        ("Straße", "strasse"),
        ("Łukasz Søren", "lukasz soren"),
        ("محمد", "mhmd"),
        ("Жуков", "zukov"),
        # й is a letter of its own, not и with a breve (Sergej, not Sergei).
        ("Сергей", "sergej"),
        ("Юрий", "jurij"),
        # Hebrew: no letter folds to nothing (alef and ayin included).
        ("אריה", "aryh"),
        ("עזרא", "azra"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert names.fold(text) == folded


def test_alef_maqsura_and_ya_fold_alike_as_do_ta_marbuta_and_ha() -> None:
    assert names.fold("مصطفى") == names.fold("مصطفي")
    assert names.fold("فاطمة") == names.fold("فاطمه")


@pytest.mark.parametrize("letter", "אבגדהוזחטיכךלמםנןסעפףצץקרשת")
def test_no_hebrew_letter_folds_to_nothing(letter: str) -> None:
    assert names.fold(letter)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Đorđe", {"dorde", "djordje"}),
        ("Müller", {"muller", "mueller"}),
        ("O'Brien", {"o", "brien", "obrien"}),
        ("De la Cruz", {"de", "la", "cruz", "delacruz"}),
        ("Søren Ålborg", {"soren", "soeren", "alborg", "aalborg", "sorenalborg"}),
        ("", set()),
        (None, set()),
    ],
)
def test_name_keys(text: str | None, keys: set[str]) -> None:
    assert names.name_keys(text) == keys


# Every example of issue 14: a name as the delegation writes it, and the
# spellings a passport, a list, the press or a colleague use for it.
SPELLINGS = [
    # Ukrainian, KMU 2010 (passports) and ICAO
    ("Григоренко", ["hryhorenko", "grigorenko"]),
    ("Олександр", ["oleksandr"]),
    ("Вікторія", ["viktoriia", "viktoriya"]),
    ("Юлія", ["yuliia", "iuliia"]),
    ("Згурський", ["zghurskyi"]),
    # Russian: ICAO 9303 (passports since 2013), BGN/PCGN, older passports, j forms
    ("Юлия", ["iuliia", "yuliya", "julija"]),
    ("Наталья", ["natalia", "natalya", "natalja"]),
    ("Елена", ["elena", "yelena"]),
    ("Семёнова", ["semenova", "semyonova"]),
    ("Фёдор", ["fedor", "fyodor"]),
    ("Сергей", ["sergei", "sergey", "sergej"]),
    ("Хрущёв", ["khrushchev", "khrushchyov", "hruscev"]),
    ("Подъячев", ["podieiachev", "podyachev"]),
    # Belarusian: national 2007 and passports
    ("Лукашэнка", ["lukasenka", "lukashenka"]),
    ("Аляксандр", ["aliaksandr", "aljaksandr"]),
    ("Ціханоўская", ["cichanouskaja", "tsikhanouskaya"]),
    ("Сяргей", ["siarhei", "siarhiej"]),
    # Bulgarian, Transliteration Act 2009
    ("Вълчев", ["valchev", "vulchev"]),
    ("Петър", ["petar"]),
    ("Хаджиев", ["hadzhiev"]),
    ("Мария", ["maria", "mariya"]),
    ("Щерев", ["shterev"]),
    # Serbian and Montenegrin: official Latin and dj
    ("Ђорђе", ["dorde", "djordje"]),
    ("Ђоковић", ["djokovic", "dokovic"]),
    ("Сњежана", ["snjezana"]),
    # Macedonian, official
    ("Ѓорѓи", ["gjorgji"]),
    ("Ќосе", ["kjose"]),
    ("Ѕвонко", ["dzvonko"]),
    # Greek: ELOT 743 and the press
    ("Ευάγγελος", ["evangelos"]),
    ("Παύλος", ["pavlos"]),
    ("Μπακογιάννης", ["bakoyannis", "bakogiannis", "mpakogiannis"]),
    ("Κυριάκος", ["kyriakos", "kiriakos"]),
    ("Ευστάθιος", ["efstathios"]),
    ("Κωνσταντίνος", ["konstantinos", "konstandinos"]),
    ("Χρήστος", ["christos", "hristos"]),
    ("Γιώργος", ["giorgos", "yorgos"]),
    # Armenian (passports): u, ye, vo
    ("Երվանդ", ["yervand"]),
    ("Ուլիխանյան", ["ulikhanyan"]),
    ("Ոսկանյան", ["voskanyan", "voskanian"]),
    ("Հովհաննես", ["hovhannes"]),
    ("Փաշինյան", ["pashinyan"]),
    # Georgian, national 2002 (no apostrophes)
    ("ჭავჭავაძე", ["chavchavadze"]),
    ("წერეთელი", ["tsereteli"]),
    ("ყიფიანი", ["qipiani", "kipiani"]),
    # Azerbaijani: ə as a and e
    ("Məmmədov", ["mammadov", "memmedov"]),
    ("Əliyev", ["aliyev", "eliyev"]),
    # Nordic and German letters, both ways
    ("Søren", ["soren", "soeren"]),
    ("Åsa", ["asa", "aasa"]),
    ("Müller", ["muller", "mueller"]),
    ("Straße", ["strasse"]),
    ("Jørgensen", ["jorgensen", "joergensen"]),
    # Arabic: usual spellings, al-/el- joined and apart
    ("علي", ["ali"]),
    ("أحمد", ["ahmed", "ahmad"]),
    ("مصطفى", ["mustafa", "mostafa"]),
    ("مصطفي", ["mustafa"]),
    ("محمد", ["mohammed", "muhammad", "mohamed"]),
    ("الحسن", ["al", "el", "hassan", "alhassan", "elhassan"]),
    ("عبد الله", ["abdullah", "abdallah", "abd", "allah"]),
    ("عبد الرحمن", ["abdulrahman", "abdelrahman", "abderrahmane", "abdurrahman", "rahman"]),
    ("فاطمة", ["fatima", "fatma"]),
    ("صلاح الدين", ["salaheddine", "salahuddin"]),
    # Hebrew: common names table
    ("אריה", ["aryeh", "arie"]),
    ("כהן", ["cohen", "kohen"]),
    ("יצחק", ["yitzhak", "itzhak"]),
]


@pytest.mark.parametrize(("native", "spellings"), SPELLINGS)
def test_each_spelling_is_a_key(native: str, spellings: list[str]) -> None:
    keys = names.name_keys(native)
    assert set(spellings) <= keys, sorted(keys)


@pytest.mark.parametrize(
    "native",
    ["Ցրտատարյան", "Ղազարյան", "Խաչատրյան", "ოქრუაშვილი ჭავჭავაძე", "ყიფიანი წერეთელი"],
)
def test_transliteration_apostrophes_make_no_fragments(native: str) -> None:
    """Armenian and Georgian letters romanised with an apostrophe (ts', ch') used
    to split words: "yan" listed every Armenian before Ян."""
    keys = names.name_keys(native)
    assert not keys & {"yan", "ian", "an", "avch", "avadze", "ch", "ts"}, sorted(keys)


@pytest.mark.parametrize(
    ("code", "text", "applies"),
    [
        ("ru-bgn", "Вікторія", False),  # і: not Russian
        ("ru-bgn", "Наталья", True),
        ("uk-kmu2010", "Наталья Рыбина", False),  # ы: not Ukrainian
        ("uk-kmu2010", "Григоренко", True),
        ("be-2007", "Юлия", False),  # и: not Belarusian
        ("bg-2009", "Петър", True),  # ъ is Bulgarian
        ("bg-2009", "Фёдор", False),
        ("sr-latin", "Сергей", False),  # й: not Serbian
        ("mk-official", "Ђорђе", False),  # ђ: Serbian, not Macedonian
    ],
)
def test_a_system_spells_only_texts_its_language_could_write(
    code: str, text: str, applies: bool
) -> None:
    (system,) = [s for s in all_systems() if s.code == code]
    assert system.applies_to(text.lower()) is applies


def test_query_terms_spell_letters_written_two_ways() -> None:
    assert names.query_terms("Müller") == [("muller", "mueller")]
    assert names.query_terms("Søren Ålborg") == [("soren", "soeren"), ("alborg", "aalborg")]
    assert names.query_terms("Məmmədov") == [("memmedov", "mammadov")]
    assert names.query_terms("Jovanović Ђорђе") == [("jovanovic",), ("dorde",)]


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("  JOVANOVIĆ, Ђорђе ", ["jovanovic", "dorde"]),
        ("Natal'ya", ["natalya"]),
        ("Natalʹya", ["natalya"]),
        ('Pod"yachev', ["podyachev"]),
        ("O'Brien", ["obrien"]),
        ("o'", ["o"]),
        ("'Ivan'", ["ivan"]),
    ],
)
def test_query_words_fold_like_names_and_apostrophes_join(query: str, words: list[str]) -> None:
    assert names.query_words(query) == words


SCRIPTS = st.sampled_from(
    [
        "abcdefghijklmnopqrstuvwxyzñéèêëçüöäßđłøæœşğıİčćšžőű",
        "абвгдђежзијклљмнњопрстћуфхцчџшщъыьэюяєіїґѓќѕўйё",
        "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς",
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ",
        "אבגדהוזחטיכךלמםנןסעפףצץקרשת",
        "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
    ]
)


@given(st.data())
def test_folding_is_prefix_consistent(data: st.DataObject) -> None:
    """What the first letters of a word fold to starts what the word folds to:
    the property that makes search work from the first key stroke."""
    alphabet = data.draw(SCRIPTS)
    word = data.draw(st.text(alphabet=alphabet, min_size=1, max_size=14))
    for case in (word, word.upper(), word.title()):
        for end in range(1, len(case) + 1):
            assert names.fold(case).startswith(names.fold(case[:end]))


@given(st.data())
def test_query_spellings_are_prefix_consistent(data: st.DataObject) -> None:
    """Each spelling of a typed prefix starts a spelling of the whole word."""
    word = data.draw(st.text(alphabet="abcdeøåäöüəđ", min_size=1, max_size=10))
    whole = names.query_terms(word)
    for end in range(1, len(word) + 1):
        for part in names.query_terms(word[:end]):
            assert all(any(w.startswith(p) for w in whole[0]) for p in part), (word, end)


@given(st.data())
def test_every_key_is_a_folded_word_with_no_separator(data: st.DataObject) -> None:
    alphabet = data.draw(SCRIPTS)
    text = " ".join(
        data.draw(st.lists(st.text(alphabet=alphabet, min_size=1, max_size=10), max_size=3))
    )
    for key in names.name_keys(text):
        assert key and key == key.lower()
        assert all(ch.isalnum() and (ch.isascii() or not _is_latin(ch)) for ch in key), key


def _is_latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


def test_every_system_names_its_source() -> None:
    for system in all_systems():
        assert system.code and system.title and system.source
        assert system.script in {"Cyrl", "Grek", "Armn", "Geor", "Latn"}


def test_prefix_upper_bound_orders_after_every_extension() -> None:
    bound = names.prefix_upper_bound("jov")
    assert "jov" < "jovanovic" < "jovzzzz" < bound
    assert not bound > "jow"
