"""Folding names to search keys: whatever script or accents, the same key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetingdesk.domain import names


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
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert names.fold(text) == folded


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Đorđe", {"dorde", "djordje"}),
        ("Müller", {"muller", "mueller"}),
        ("Жуков", {"zukov", "zhukov"}),
        ("O'Brien", {"o", "brien", "obrien"}),
        ("De la Cruz", {"de", "la", "cruz", "delacruz"}),
        ("الحسن", {"alhsn", "hsn"}),
        ("", set()),
        (None, set()),
    ],
)
def test_name_keys(text: str | None, keys: set[str]) -> None:
    assert names.name_keys(text) == keys


def test_query_words_fold_like_names() -> None:
    assert names.query_words("  JOVANOVIĆ, Ђорђе ") == ["jovanovic", "dorde"]


SCRIPTS = st.sampled_from(
    [
        "abcdefghijklmnopqrstuvwxyzñéèêëçüöäßđłøæœşğıİčćšžőű",
        "абвгдђежзијклљмнњопрстћуфхцчџшщъыьэюяєіїґѓќѕ",
        "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς",
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ",
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


def test_prefix_upper_bound_orders_after_every_extension() -> None:
    bound = names.prefix_upper_bound("jov")
    assert "jov" < "jovanovic" < "jovzzzz" < bound
    assert not bound > "jow"
