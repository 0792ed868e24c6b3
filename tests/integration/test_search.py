"""Search from the first letter, whatever the script or accents, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingdesk.domain import names
from meetingdesk.domain.values import Desk
from meetingdesk.services.registry import DelegateFields
from tests.conftest import PEOPLE, Meeting

PROPERTY = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def found(meeting: Meeting, query: str, limit: int | None = 50) -> list[str]:
    handles = {v: k for k, v in meeting.people.items()}
    return [handles[h.delegate_id] for h in meeting.services.search.search(query, limit).hits]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nunez", {"nunez"}),
        ("Núñez", {"nunez"}),
        ("NUÑ", {"nunez"}),
        ("dorde", {"dorde"}),
        ("djordje", {"dorde"}),
        ("Ђорђе", {"dorde"}),
        ("jovanovic", {"jovanovic_cyr", "jovanovic_lat"}),
        ("јован", {"jovanovic_cyr", "jovanovic_lat"}),
        ("Jovanović", {"jovanovic_cyr", "jovanovic_lat"}),
        ("papad", {"papadopoulos", "papa_greek"}),
        ("Παπαδ", {"papadopoulos", "papa_greek"}),
        ("isik", {"isik"}),
        ("IŞIK", {"isik"}),
        ("ipek", {"isik"}),
        ("İpek", {"isik"}),
        ("ismail", {"ismail"}),
        ("ISMAIL", {"ismail"}),
        ("ısmaıl", {"ismail"}),
        ("celik", {"celik"}),
        ("hoxhe", {"hoxhe"}),
        ("masry", {"masry"}),
        ("المصري", {"masry"}),
        ("mueller", {"muller"}),
        ("muller", {"muller"}),
        ("greece nik", {"papadopoulos"}),
        ("serbia mil", {"jovanovic_lat"}),
        ("xyz", set()),
        ("", set()),
        ("  -- ", set()),
    ],
)
def test_finds(meeting: Meeting, query: str, expected: set[str]) -> None:
    assert set(found(meeting, query)) == expected


def test_single_letter_returns_results(meeting: Meeting) -> None:
    hits = found(meeting, "j")
    assert {"jovanovic_cyr", "jovanovic_lat", "muller"} <= set(hits)


def test_badge_code_prefix(meeting: Meeting) -> None:
    code = meeting.code("celik")
    assert "celik" in found(meeting, code[:4])
    assert found(meeting, code.lower()) == ["celik"]


def test_family_name_prefix_ranks_before_given_name_prefix(meeting: Meeting) -> None:
    registry = meeting.services.registry
    spain = registry.delegations()[0].id
    registry.register_walk_in(DelegateFields("Ana", "Milošević", spain, "DEL"), meeting.desk, False)
    hits = [h.display_name for h in meeting.services.search.search("mil").hits]
    assert hits == ["Ana Milošević", "Milica Jovanović"]


def test_exact_given_name_ranks_before_family_name_prefix(meeting: Meeting) -> None:
    assert found(meeting, "jovan") == ["jovanovic_cyr", "jovanovic_lat"]


def test_exact_word_ranks_before_prefix(meeting: Meeting) -> None:
    registry, desk = meeting.services.registry, meeting.desk
    spain = registry.delegations()[0].id
    registry.register_walk_in(DelegateFields("Ana", "Silvano", spain, "DEL"), desk, False)
    hits = meeting.services.search.search("silva").hits
    assert [h.display_name for h in hits][:2] == ["Ana Silva", "Ana Silvano"]


def test_results_are_capped_and_say_there_are_more(meeting: Meeting) -> None:
    result = meeting.services.search.search("s", limit=2)
    assert len(result) == 2
    assert result.more
    assert not meeting.services.search.search("celik", limit=2).more


def test_hits_say_who_is_checked_in_or_cancelled(meeting: Meeting) -> None:
    meeting.services.checkin.check_in(meeting.code("celik"), meeting.desk)
    meeting.services.registry.set_cancelled(meeting.people["hoxhe"], True, meeting.desk)
    (celik,) = meeting.services.search.search("celik").hits
    (hoxhe,) = meeting.services.search.search("hoxhe").hits
    assert celik.checked_in and not celik.cancelled
    assert hoxhe.cancelled and not hoxhe.checked_in


def test_edit_reindexes(meeting: Meeting) -> None:
    registry = meeting.services.registry
    before = registry.delegate(meeting.people["celik"])
    with meeting.services.uow.read() as uow:
        from meetingdesk.domain.model import Delegate

        delegation_id = uow.db.get(Delegate, before.id).delegation_id  # type: ignore[union-attr]
    registry.edit(
        before.id,
        DelegateFields("Mehmet", "Öztürk", delegation_id, "DEL"),
        meeting.desk,
    )
    assert found(meeting, "ozturk") == ["celik"]
    assert found(meeting, "celik") == []


@PROPERTY
@given(data=st.data())
def test_any_prefix_of_any_word_finds_the_delegate(meeting: Meeting, data: st.DataObject) -> None:
    handle = data.draw(st.sampled_from(sorted(PEOPLE)))
    given_name, family, native, delegation, _ = PEOPLE[handle]
    text = data.draw(st.sampled_from([t for t in (given_name, family, native, delegation) if t]))
    word = data.draw(st.sampled_from(text.replace("-", " ").split()))
    prefix = word[: data.draw(st.integers(1, len(word)))]
    if not names.query_words(prefix):
        return
    assert meeting.people[handle] in {
        h.delegate_id for h in meeting.services.search.search(prefix, limit=None).hits
    }


NAME_ALPHABETS = st.sampled_from(
    [
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÑñÉéÇçÜüŞşĞğİıĐđŁłØøÆæ",
        "АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШабвгдђежзијклљмнњопрстћуфхцчџш",
        "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψωάέήίόύώ",
        "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    ]
)


@PROPERTY
@given(data=st.data())
def test_any_prefix_of_any_new_name_finds_it(meeting: Meeting, data: st.DataObject) -> None:
    alphabet = data.draw(NAME_ALPHABETS)
    name_words = data.draw(
        st.lists(st.text(alphabet=alphabet, min_size=1, max_size=12), min_size=1, max_size=3)
    )
    family = " ".join(name_words)
    spain = meeting.services.registry.delegations()[0].id
    summary, _ = meeting.services.registry.register_walk_in(
        DelegateFields("", family, spain, "DEL"), Desk("Desk 1", "t"), check_in=False
    )
    word = data.draw(st.sampled_from(name_words))
    prefix = word[: data.draw(st.integers(1, len(word)))]
    hits = meeting.services.search.search(prefix, limit=None).hits
    assert summary.id in {h.delegate_id for h in hits}, (family, prefix)
