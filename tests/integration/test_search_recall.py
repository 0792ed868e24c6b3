"""Search finds every spelling in real use, ranks by every word, and matches
nothing it cannot explain.

The romanisations are played by implementations other than meetingdesk's
(ICU's CLDR transforms, iuliia, translitua, transliterate, cyrtranslit), on
realistic names from Faker's locales, through the real search on a real
database."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks._oracles import (
    armenian_passport,
    cyrtranslit_latin,
    icu,
    iuliia_schema,
    strip_marks,
    transliterate_reversed,
    translitua_kmu,
)
from meetingdesk.domain import names
from meetingdesk.domain.romanisation import SYSTEMS
from meetingdesk.domain.values import Desk
from meetingdesk.services.app import Services, open_services
from meetingdesk.services.demo import build_demo
from meetingdesk.services.registry import DelegateFields
from tests.conftest import FakeClock, Meeting

PROPERTY = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
DESK = Desk("Desk 1", "t")


# (system, Faker locale, the independent implementation)
ORACLES: list[tuple[str, str, Callable[[str], str]]] = [
    ("ru ICAO 9303", "ru_RU", iuliia_schema("ICAO_DOC_9303")),
    ("ru BGN/PCGN", "ru_RU", icu("Russian-Latin/BGN")),
    ("ru press", "ru_RU", iuliia_schema("WIKIPEDIA")),
    ("ru passports 1997", "ru_RU", iuliia_schema("MVD_310")),
    ("ru passports 2010", "ru_RU", iuliia_schema("MVD_782")),
    ("uk KMU 2010", "uk_UA", translitua_kmu),
    ("bg 2009", "bg_BG", transliterate_reversed("bg")),
    ("bg BGN 1952", "bg_BG", icu("Bulgarian-Latin/BGN")),
    ("mk official", "mk_MK", transliterate_reversed("mk")),
    ("el ELOT 743", "el_GR", lambda t: icu("Greek-Latin/UNGEGN")(t.lower())),
    ("ka 2002", "ka_GE", icu("Georgian-Latin/BGN")),
    ("hy passports", "hy_AM", armenian_passport),
]


@cache
def faker_words(locale: str) -> tuple[str, ...]:
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(7)
    found = {w for _ in range(400) for w in f"{fake.first_name()} {fake.last_name()}".split()}
    return tuple(sorted(found))


@pytest.mark.parametrize(("system", "locale", "oracle"), ORACLES, ids=[o[0] for o in ORACLES])
def test_every_word_of_a_real_name_has_its_official_spelling_as_a_key(
    system: str, locale: str, oracle: Callable[[str], str]
) -> None:
    """Every word of 400 realistic names, spelled by someone else's
    implementation of the system, is one of the word's keys."""
    missing = [
        (word, strip_marks(oracle(word)))
        for word in faker_words(locale)
        if not set(names.query_words(strip_marks(oracle(word)))) <= names.name_keys(word)
    ]
    assert not missing, missing[:10]


def test_serbian_official_latin_and_dj_are_keys() -> None:
    import cyrtranslit

    for word in faker_words("hr_HR"):
        native = cyrtranslit.to_cyrillic(word, "sr")
        latin = set(names.query_words(cyrtranslit_latin("sr")(native)))
        assert latin <= names.name_keys(native), (native, latin)
        if "đ" in cyrtranslit_latin("sr")(native).lower():
            dj = set(names.query_words(cyrtranslit_latin("sr")(native).lower().replace("đ", "dj")))
            assert dj <= names.name_keys(native), (native, dj)


# --- Through the search, on both engines ---------------------------------------


def register(meeting: Meeting, given: str, family: str, delegation: int | None = None) -> int:
    registry = meeting.services.registry
    target = delegation if delegation is not None else registry.delegations()[0].id
    summary, _ = registry.register_walk_in(
        DelegateFields(given, family, target, "DEL"), DESK, check_in=False
    )
    return summary.id


def found(meeting: Meeting, query: str, limit: int | None = None) -> list[int]:
    return [h.delegate_id for h in meeting.services.search.search(query, limit).hits]


@pytest.mark.parametrize(
    ("given_name", "family", "typed"),
    [
        ("Олександр", "Григоренко", ["Hryhorenko", "Oleksandr Hryhorenko", "Grigorenko"]),
        ("Вікторія", "Шевченко", ["Viktoriia Shevchenko", "Shevchenko Viktoriia"]),
        ("Юлия", "Семёнова", ["Iuliia", "Yuliya Semyonova", "Julija Semenova"]),
        ("Фёдор", "Хрущёв", ["Fyodor Khrushchyov", "Fedor Khrushchev"]),
        ("Сергей", "Лавров", ["Sergej Lavrov", "Sergey", "Sergei"]),
        ("Наталья", "Ильина", ["Natal'ya", "Natalia Ilina", "Natalya"]),
        ("Петър", "Вълчев", ["Petar Valchev", "Valchev"]),
        ("Стоян", "Хаджиев", ["Hadzhiev", "Stoyan Hadzhiev"]),
        ("Ѓорѓи", "Ќосев", ["Gjorgji Kjosev"]),
        ("Ευάγγελος", "Μπακογιάννης", ["Evangelos Bakoyannis", "Mpakogiannis"]),
        ("Κυριάκος", "Παύλος", ["Kiriakos Pavlos", "Kyriakos"]),
        ("Երվանդ", "Ոսկանյան", ["Yervand Voskanyan"]),
        ("Ելենա", "Ուլիխանյան", ["Ulikhanyan"]),
        ("Ilham", "Məmmədov", ["Mammadov", "Ilham Mammadov"]),
        ("Elvin", "Əliyev", ["Aliyev"]),
        ("Søren", "Jørgensen", ["Soeren Joergensen", "Soren Jorgensen"]),
        ("Ali", "مصطفى", ["Mustafa", "Ali Mostafa"]),
        ("أحمد", "الحسن", ["Ahmed al-Hassan", "Ahmad Hassan", "Ahmed Alhassan", "elhassan"]),
        ("Ђорђе", "Ђукић", ["Djordje Djukic", "Dorde Dukic"]),
        ("Аляксандр", "Лукашэнка", ["Aliaksandr Lukashenka", "Lukasenka"]),
    ],
)
def test_each_usual_spelling_finds_the_person(
    meeting: Meeting, given_name: str, family: str, typed: list[str]
) -> None:
    person = register(meeting, given_name, family)
    for query in typed:
        assert person in found(meeting, query), query


def test_letters_written_two_ways_find_both_ways(meeting: Meeting) -> None:
    mueller = register(meeting, "Hans", "Mueller")
    soeren = register(meeting, "Soeren", "Aaberg")
    assert mueller in found(meeting, "Müller")
    assert mueller in found(meeting, "Mül")
    assert soeren in found(meeting, "Søren Åberg")


def test_a_full_name_puts_that_person_before_prefix_matches(meeting: Meeting) -> None:
    """Ivan Kovačević: Ivana first was a wrong check-in at Enter."""
    ivana = register(meeting, "Ivana", "Kovačević")
    ivan = register(meeting, "Ivan", "Kovačević")
    register(meeting, "Ivanka", "Kovač")
    for query in ("Ivan Kovačević", "Kovačević Ivan", "ivan kovacevic", "KOVAČEVIĆ, Ivan"):
        hits = meeting.services.search.search(query).hits
        assert hits[0].delegate_id == ivan, query
        assert hits[0].exact and not hits[1].exact
        assert ivana in [h.delegate_id for h in hits]


def test_exact_words_rank_before_prefixes_whatever_the_field(meeting: Meeting) -> None:
    anabel = register(meeting, "Anabel", "Silvano")  # family prefix, given prefix
    ana = register(meeting, "Ana", "Silva")  # all exact
    hits = found(meeting, "ana silva", limit=50)
    assert hits.index(ana) < hits.index(anabel)


def test_namesakes_are_grouped_and_marked(meeting: Meeting) -> None:
    registry = meeting.services.registry
    spain, other = registry.delegations()[0].id, registry.delegations()[1].id
    first = register(meeting, "Ivan", "Kovačević", spain)
    register(meeting, "Ivana", "Kovačević", spain)
    second = register(meeting, "Ivan", "Kovačević", other)
    hits = meeting.services.search.search("kovac").hits
    ids = [h.delegate_id for h in hits]
    assert abs(ids.index(first) - ids.index(second)) == 1
    marked = {h.delegate_id: h.namesakes for h in hits}
    assert marked[first] == marked[second] == 1
    assert sum(1 for h in hits if h.namesakes == 0) == len(hits) - 2


def test_armenian_and_georgian_names_make_no_fragment_matches(meeting: Meeting) -> None:
    """'yan' listed twenty Armenians before Ян: the apostrophes of a
    transliteration split their names into fragments."""
    yan = register(meeting, "Ян", "Новак")
    armenian = register(meeting, "Հովհաննես", "Ցրտատարյան")
    georgian = register(meeting, "ზურაბ", "ჭავჭავაძე")
    assert found(meeting, "yan") == [yan]
    assert armenian not in found(meeting, "tatar")
    assert georgian not in found(meeting, "avadze")
    assert armenian in found(meeting, "tsrtataryan")
    assert georgian in found(meeting, "chavchavadze")


def test_namesakes_in_latin_are_two_people_when_their_own_script_differs(
    meeting: Meeting,
) -> None:
    registry = meeting.services.registry
    first = register(meeting, "洋", "常")
    assert registry.similar("洋", "常") == [first]
    assert registry.similar("阳", "常") == []  # the same Latin keys, another person


# --- Every hit is explained ------------------------------------------------------


@pytest.fixture(scope="module")
def ten_thousand(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """A 10,000-delegate demo event, built once for the properties below."""
    folder: Path = tmp_path_factory.mktemp("ten-thousand")
    clock = FakeClock(dt.datetime(2026, 12, 3, 8, 0, tzinfo=dt.UTC))
    services = open_services(folder / "demo.sqlite3", clock=clock)
    build_demo(services, 10_000, seed=3)
    try:
        yield services
    finally:
        services.close()


def explanations(text: str | None) -> set[str]:
    """Everything a query word may be a prefix of, worked out word by word from
    one name field: each word's spellings in every system of its script, the
    curated tables, the whole field run together, and for Arabic names the
    article and the two-word elements. Nothing that spans a word boundary
    except the whole field from its first word."""
    if not text:
        return set()
    tokens = re.findall(r"[^\s\-.,;:()/\"]+", unicodedata.normalize("NFKC", text).casefold())
    allowed: set[str] = set()
    primary: list[str] = []
    for token in tokens:
        token = token.replace("’", "'")
        parts = names.words(token)
        primary += parts
        allowed.update(parts)
        allowed.add("".join(parts))
        joined = token.replace("'", "")
        script = names._script(joined)
        for system in SYSTEMS.get(script or "", ()):
            if system.applies_to(unicodedata.normalize("NFKC", text).casefold()):
                allowed.update("".join(names.words(s)) for s in system.spell(joined))
        for spelled in (*names.arabic_spellings(joined), *names._hebrew_spellings(joined)):
            allowed.update(names.words(spelled))
            allowed.add("".join(names.words(spelled)))
        if script == "Arab" and names.arabic_form(joined).startswith("ال"):
            allowed.update({"al", "el", "".join(parts)[2:]})
    allowed.add("".join(primary))
    arabic = [t for t in tokens if names._script(t) == "Arab"]
    if arabic:
        allowed.update(names._arabic_phrases(arabic))
    return allowed


def explained(services: Services, delegate_id: int, query: str) -> bool:
    from meetingdesk.domain.model import Delegate

    with services.uow.read() as uow:
        d = uow.db.get(Delegate, delegate_id)
        assert d is not None
        fields = [
            d.family_name,
            d.given_name,
            d.badge_name,
            d.native_name,
            d.delegation.name,
        ]
        code = d.badge_code.lower()
    allowed = set().union(*(explanations(f) for f in fields)) | {code}
    return all(
        any(key.startswith(spelling) for key in allowed for spelling in term)
        for term in names.query_terms(query)
    )


QUERY_ALPHABET = "abcdefghijklmnoprstuvyzčšžćđαβγδεπσјљдрсфшжяюйאבגدحسمن"


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_every_hit_is_explained_by_a_word_of_the_person(
    ten_thousand: Services, data: st.DataObject
) -> None:
    """Any query (a prefix of a real word of the event, or random letters) on a
    10,000-delegate event: every hit is explained by a spelling of a word of one
    of the person's names, their delegation or their badge code."""
    with ten_thousand.uow.read() as uow:
        from sqlalchemy import func, select

        from meetingdesk.domain.model import Delegate

        count = uow.db.execute(select(func.count(Delegate.id))).scalar_one()
        someone = uow.db.get(Delegate, data.draw(st.integers(1, count)))
        assert someone is not None
        source = data.draw(
            st.sampled_from(
                [t for t in (someone.family_name, someone.given_name, someone.native_name) if t]
            )
        )
    word = data.draw(st.sampled_from(source.split()))
    typed = data.draw(
        st.one_of(
            st.just(word[: data.draw(st.integers(1, len(word)))]),
            st.text(alphabet=QUERY_ALPHABET, min_size=1, max_size=5),
            st.builds(
                lambda a, b: f"{a} {b}",
                st.just(word[:3]),
                st.text(alphabet=QUERY_ALPHABET, min_size=1, max_size=3),
            ),
        )
    )
    for hit in ten_thousand.search.search(typed).hits:
        assert explained(ten_thousand, hit.delegate_id, typed), (typed, hit.display_name)


@PROPERTY
@given(data=st.data())
def test_any_word_of_any_name_spelled_by_any_system_finds_the_person(
    meeting: Meeting, data: st.DataObject
) -> None:
    system, locale, oracle = data.draw(st.sampled_from(ORACLES))
    words = faker_words(locale)
    given_name, family = data.draw(st.sampled_from(words)), data.draw(st.sampled_from(words))
    person = register(meeting, given_name, family)
    for word in (given_name, family):
        spelled = strip_marks(oracle(word))
        if names.query_words(spelled):
            assert person in found(meeting, spelled), (system, word, spelled)
    full = f"{strip_marks(oracle(given_name))} {strip_marks(oracle(family))}"
    if names.query_words(full):
        assert person in found(meeting, full, limit=50), (system, full)


def test_fragments_never_span_words_of_a_joined_key(meeting: Meeting) -> None:
    """De la Cruz is found as delacruz (its words run together from the first)
    but not by a piece that starts inside it."""
    person = register(meeting, "Ana", "De la Cruz")
    assert person in found(meeting, "delacr")
    assert person not in found(meeting, "lacr")
    assert person not in found(meeting, "acruz")


def test_keys_built_by_an_older_version_are_rebuilt_when_the_database_opens(
    meeting: Meeting, clock: FakeClock
) -> None:
    """A database whose keys an older meetingdesk built (no version, or another
    one) is re-indexed once at opening, in one transaction, on both engines."""
    from sqlalchemy import delete, func, select, update

    from meetingdesk.db.engine import writer
    from meetingdesk.domain.model import Event, SearchKeyRow

    who = register(meeting, "Фёдор", "Хрущёв")
    engine = meeting.services.engine
    with writer(engine).begin() as connection:
        before = connection.execute(select(func.count()).select_from(SearchKeyRow)).scalar_one()
        connection.execute(delete(SearchKeyRow))  # as if an older version built others
        connection.execute(update(Event).values(search_keys_version=None))
    assert found(meeting, "Khrushchev") == []

    reopened = open_services(meeting.services.target, clock=clock)
    try:
        assert [h.delegate_id for h in reopened.search.search("Khrushchev").hits] == [who]
        with engine.connect() as connection:
            assert connection.execute(select(Event.search_keys_version)).scalar() == (
                names.KEYS_VERSION
            )
            after = connection.execute(select(func.count()).select_from(SearchKeyRow)).scalar()
        assert after == before
    finally:
        reopened.close()
